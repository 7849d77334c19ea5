// What a commune can offer, and the words the interface uses for it.

export const OFFER_TYPES = [
  'logement',
  'garde-enfants',
  'emploi-conjoint',
  'local-professionnel',
  'aide-financiere',
  'accueil',
] as const;
export type OfferType = (typeof OFFER_TYPES)[number];
export const OFFER_TYPE_LABELS: Record<OfferType, string> = {
  logement: 'Logement',
  'garde-enfants': 'Garde d’enfants',
  'emploi-conjoint': 'Emploi du conjoint',
  'local-professionnel': 'Local professionnel',
  'aide-financiere': 'Aide financière',
  accueil: 'Accueil et autres',
};

export const OFFER_STATUSES = ['brouillon', 'publiee', 'pourvue', 'archivee'] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];
export const OFFER_STATUS_LABELS: Record<OfferStatus, string> = {
  brouillon: 'Brouillon',
  publiee: 'Publiée',
  pourvue: 'Pourvue',
  archivee: 'Archivée',
};

export const AUDIENCES = ['installation', 'remplacement', 'interne-etudiant'] as const;
export type Audience = (typeof AUDIENCES)[number];
export const AUDIENCE_LABELS: Record<Audience, string> = {
  installation: 'Installation',
  remplacement: 'Remplacement',
  'interne-etudiant': 'Interne ou étudiant(e)',
};

export const HOUSING_KINDS = ['appartement', 'maison', 'studio', 'chambre'] as const;
export const HOUSING_KIND_LABELS: Record<(typeof HOUSING_KINDS)[number], string> = {
  appartement: 'Appartement',
  maison: 'Maison',
  studio: 'Studio',
  chambre: 'Chambre',
};

export const HOUSING_TENURES = ['location', 'vente', 'mise-a-disposition'] as const;
export const HOUSING_TENURE_LABELS: Record<(typeof HOUSING_TENURES)[number], string> = {
  location: 'Location',
  vente: 'Vente',
  'mise-a-disposition': 'Mise à disposition gratuite',
};

export const CHILDCARE_STRUCTURES = ['creche', 'micro-creche', 'assistant-maternel', 'periscolaire'] as const;
export const CHILDCARE_STRUCTURE_LABELS: Record<(typeof CHILDCARE_STRUCTURES)[number], string> = {
  creche: 'Crèche',
  'micro-creche': 'Micro-crèche',
  'assistant-maternel': 'Assistant(e) maternel(le)',
  periscolaire: 'Accueil périscolaire',
};

/** The 21 sections of the French activity nomenclature (NAF rév. 2), in plain French. */
export const JOB_SECTORS = {
  A: 'Agriculture, sylviculture et pêche',
  B: 'Industries extractives',
  C: 'Industrie manufacturière',
  D: 'Énergie (électricité, gaz, vapeur)',
  E: 'Eau, assainissement, déchets',
  F: 'Construction',
  G: 'Commerce, réparation automobile',
  H: 'Transports et entreposage',
  I: 'Hébergement et restauration',
  J: 'Information et communication',
  K: 'Finance et assurance',
  L: 'Immobilier',
  M: 'Activités spécialisées, scientifiques et techniques',
  N: 'Services administratifs et de soutien',
  O: 'Administration publique',
  P: 'Enseignement',
  Q: 'Santé humaine et action sociale',
  R: 'Arts, spectacles et loisirs',
  S: 'Autres activités de services',
  T: 'Activités des ménages employeurs',
  U: 'Activités extra-territoriales',
} as const;
export type JobSector = keyof typeof JOB_SECTORS;
export const JOB_SECTOR_CODES = Object.keys(JOB_SECTORS) as [JobSector, ...JobSector[]];

export const CONTRACTS = ['cdi', 'cdd', 'interim', 'fonction-publique', 'independant'] as const;
export const CONTRACT_LABELS: Record<(typeof CONTRACTS)[number], string> = {
  cdi: 'CDI',
  cdd: 'CDD',
  interim: 'Intérim',
  'fonction-publique': 'Fonction publique',
  independant: 'Indépendant',
};

export const WORKING_TIMES = ['temps-plein', 'temps-partiel'] as const;
export const WORKING_TIME_LABELS: Record<(typeof WORKING_TIMES)[number], string> = {
  'temps-plein': 'Temps plein',
  'temps-partiel': 'Temps partiel',
};

export const PREMISES_KINDS = ['cabinet', 'place-msp', 'centre-sante', 'local-a-amenager'] as const;
export const PREMISES_KIND_LABELS: Record<(typeof PREMISES_KINDS)[number], string> = {
  cabinet: 'Cabinet individuel',
  'place-msp': 'Place en maison de santé (MSP)',
  'centre-sante': 'Centre de santé',
  'local-a-amenager': 'Local à aménager',
};
