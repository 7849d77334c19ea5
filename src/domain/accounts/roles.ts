// Who can use the service and in which state an account is. Labels are the interface's words.

export const ROLES = ['professionnel', 'commune', 'partenaire', 'moderateur'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  professionnel: 'Professionnel(le) de santé',
  commune: 'Commune',
  partenaire: 'Partenaire',
  moderateur: 'Modérateur(trice)',
};

/**
 * email-a-verifier → (professionnel) actif, or (commune, partenaire) en-attente → actif | rejete.
 * A moderator can suspend an active or pending account and reactivate it.
 */
export const ACCOUNT_STATUSES = ['email-a-verifier', 'en-attente', 'actif', 'rejete', 'suspendu'] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];

export const STATUS_LABELS: Record<AccountStatus, string> = {
  'email-a-verifier': 'Adresse e-mail à vérifier',
  'en-attente': 'En attente de validation',
  actif: 'Actif',
  rejete: 'Refusé',
  suspendu: 'Suspendu',
};

export const COMMUNE_FUNCTIONS = ['maire', 'adjoint', 'conseiller', 'agent'] as const;
export type CommuneFunction = (typeof COMMUNE_FUNCTIONS)[number];
export const COMMUNE_FUNCTION_LABELS: Record<CommuneFunction, string> = {
  maire: 'Maire',
  adjoint: 'Adjoint(e) au maire',
  conseiller: 'Conseiller(ère) municipal(e)',
  agent: 'Agent(e) de la commune',
};

export const PARTNER_TYPES = [
  'ars',
  'assurance-maladie',
  'conseil-regional',
  'conseil-departemental',
  'urps',
  'france-travail',
  'formation',
  'autre',
] as const;
export type PartnerType = (typeof PARTNER_TYPES)[number];
export const PARTNER_TYPE_LABELS: Record<PartnerType, string> = {
  ars: 'Agence régionale de santé (ARS)',
  'assurance-maladie': 'Assurance Maladie (CPAM)',
  'conseil-regional': 'Conseil régional',
  'conseil-departemental': 'Conseil départemental',
  urps: 'URPS',
  'france-travail': 'France Travail',
  formation: 'Faculté ou institut de formation',
  autre: 'Autre organisation',
};

/**
 * What a partner organisation covers: the whole country (Assurance Maladie's national fund, a
 * ministry: its code is NATIONAL_TERRITORY_CODE), a région or a département.
 */
export const TERRITORY_LEVELS = ['national', 'region', 'departement'] as const;
export type TerritoryLevel = (typeof TERRITORY_LEVELS)[number];
export const NATIONAL_TERRITORY_CODE = 'FR';

/** Roles whose accounts a moderator must validate before they act for an organisation. */
export const needsModeration = (role: Role): boolean => role === 'commune' || role === 'partenaire';

/** Each role lands on its own home page after logging in. */
export const HOME_PATHS: Record<Role, string> = {
  professionnel: '/professionnel',
  commune: '/commune',
  partenaire: '/partenaire',
  moderateur: '/moderation',
};
