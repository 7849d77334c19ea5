// Accounts as the moderators see them: who, in which state, and what they declared.
import {
  ACCOUNT_STATUSES,
  type AccountStatus,
  COMMUNE_FUNCTION_LABELS,
  NATIONAL_TERRITORY_CODE,
  PARTNER_TYPE_LABELS,
  ROLE_LABELS,
  ROLES,
  STATUS_LABELS,
} from '../../domain/accounts/roles';
import type { Gazetteer } from '../../domain/geo/gazetteer';
import type { AccountUser } from '../../services/accounts/account-user';
import type { CommuneDirectory } from '../../services/geography/commune-directory';

/** DSFR badge variant of each status. */
const STATUS_BADGES: Record<AccountStatus, 'info' | 'new' | 'success' | 'error' | 'warning'> = {
  'email-a-verifier': 'info',
  'en-attente': 'new',
  actif: 'success',
  rejete: 'error',
  suspendu: 'warning',
};

/** The choices of the accounts list's filters. */
export const ACCOUNT_FILTER_CHOICES = {
  statuses: ACCOUNT_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] })),
  roles: ROLES.map((value) => ({ value, label: ROLE_LABELS[value] })),
};

/** Where the declared commune and partner territory are looked up. */
export interface AccountPlaces {
  communes: Pick<CommuneDirectory, 'details'>;
  gazetteer: Pick<Gazetteer, 'region' | 'departement'>;
}

export function presentAccount(user: AccountUser, { communes, gazetteer }: AccountPlaces) {
  const commune = user.commune ? communes.details(user.commune.code) : undefined;
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    roleLabel: ROLE_LABELS[user.role],
    status: user.status,
    statusLabel: STATUS_LABELS[user.status],
    statusBadge: STATUS_BADGES[user.status],
    createdAt: user.createdAt,
    commune: user.commune && {
      code: user.commune.code,
      nom: commune?.nom ?? 'Commune inconnue',
      departement: commune ? `${commune.departement.nom} (${commune.departement.code})` : '',
      known: commune !== undefined,
      fonctionLabel: COMMUNE_FUNCTION_LABELS[user.commune.fonction],
    },
    partner: user.partner && {
      typeLabel: PARTNER_TYPE_LABELS[user.partner.type],
      organisation: user.partner.nom,
      territoryLabel: partnerTerritoryLabel(gazetteer, user.partner.territoire),
      national: user.partner.territoire.niveau === 'national',
    },
  };
}

type PartnerTerritory = NonNullable<AccountUser['partner']>['territoire'];

const NATIONAL_LABEL = 'France entière (organisation nationale)';

/** "France entière…", "Région Bretagne", "Département 39 – Jura", as the sign-up's territory list names them. */
export function partnerTerritoryLabel(
  gazetteer: Pick<Gazetteer, 'region' | 'departement'>,
  { niveau, code }: PartnerTerritory,
): string {
  if (niveau === 'national') return NATIONAL_LABEL;
  if (niveau === 'region') return `Région ${gazetteer.region(code)?.nom ?? code}`;
  const nom = gazetteer.departement(code)?.nom;
  return nom ? `Département ${code} – ${nom}` : `Département ${code}`;
}

/** The sign-up's territory list: the whole country, then every région and every département. */
export function partnerTerritoryChoices(gazetteer: Pick<Gazetteer, 'regions' | 'departements'>) {
  return [
    { value: `national-${NATIONAL_TERRITORY_CODE}`, label: NATIONAL_LABEL },
    ...gazetteer.regions().map((r) => ({ value: `region-${r.code}`, label: `Région ${r.nom}` })),
    ...gazetteer
      .departements()
      .map((d) => ({ value: `departement-${d.code}`, label: `Département ${d.code} – ${d.nom}` })),
  ];
}
