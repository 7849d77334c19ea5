// Real aid schemes for the demonstration, looked up in public sources and written in our own words.
// Every figure below was read in at least one of the sources listed with its scheme (stored copies
// consulted on 2 December 2026; "mise à jour" is the date the page itself shows). Where no source
// gave a figure, the field says so (amount null) rather than guess:
// - ARS Bourgogne-Franche-Comté, contrat d'allocation d'études (CAE): professions, final year,
//   18-month service in the région's establishments — PAPS BFC page (mise à jour 09/08/2024) and
//   the ARS's press release of 7/11/2024 (reprinted by info-beaune.com, 12/11/2024). Amount: not
//   found (other ARS fund 5,000 € per contract, BFC's own figure was not found).
// - ARS Bourgogne-Franche-Comté, allocation d'attractivité territoriale for medical interns: named
//   in the same press release (housing and travel during placements far from the CHU). Amount,
//   duration and official page: not found; the link is the ARS's professionals' portal.
// - CESP: 1,200 € gross a month until the end of studies, service in an under-served place for as
//   long as it was paid and two years at least — ASP (mise à jour 28/10/2025), Ordre des médecins
//   Hauts-de-France, ARS Grand Est PAPS; opened to maïeutique and pharmacie by the law of
//   27/12/2023 (Onisep, 10/01/2024).
// - Assurance Maladie, primo-installation aid for physicians (convention médicale 2024, from
//   1/1/2026): 10,000 € in a ZIP, 5,000 € in a ZAC — ARS Normandie PAPS (mise à jour 06/01/2026),
//   ARS Occitanie PAPS (26/01/2026), ARS Hauts-de-France PAPS. No length of practice is asked in
//   return in these sources. The former CAIM (up to 50,000 €) ended on 31/12/2025 and is left out.
// - Assurance Maladie, nurses' CAPII (37,500 €) and CAII (27,500 €) over 5 years in a "très
//   sous-dotée" zone, with their instalments — ARS Bretagne PAPS (mise à jour 15/01/2021), URPS
//   infirmiers Centre-Val de Loire, Urssaf (20/03/2024, CAPII amount).
// - Assurance Maladie, physiotherapists' CACCMK (49,000 €) and CAIMK (34,000 €) over 5 years in a
//   "très sous-dotée" zone, with their instalments — ARS Normandie PAPS (29/01/2025), ARS Bretagne
//   PAPS (05/02/2025), ARS Centre-Val de Loire PAPS (19/02/2025, avenant 7).
import type { Profession } from '../professions';
import type { Instalment, Scheme, SchemeAmount } from './scheme';

export interface SchemeSource {
  url: string;
  /** Who published the page. */
  publisher: string;
  /** The page's own "dernière mise à jour" or publication date, when it shows one (ISO). */
  pageDate: string | null;
}

export type ReferenceScheme = Scheme & { sources: readonly SchemeSource[] };

/** A page read, with the date it shows for itself when it shows one. */
const source = (url: string, publisher: string, pageDate: string | null = null): SchemeSource => ({
  url,
  publisher,
  pageDate,
});

/** The région Bourgogne-Franche-Comté (INSEE code). */
const BOURGOGNE_FRANCHE_COMTE = '27';
const AMELI_INSTALLATION_CONDITIONS =
  'Ne pas avoir perçu d’aide à l’installation de même nature dans les dix dernières années (décret n° 2025-231 du 12 mars 2025).';

const national = { level: 'national' } as const;
const everywhere = { territory: national, departements: [], communes: [], zones: [] } as const;

const base = {
  status: 'publie',
  validFrom: null,
  validUntil: null,
  exclusiveGroup: null,
} as const;

const ASSURANCE_MALADIE = { name: 'Assurance Maladie (CPAM)', kind: 'assurance-maladie' } as const;

/**
 * The Assurance Maladie's installation contracts in a "très sous-dotée" zone (nurses,
 * physiotherapists): an amount "up to", paid in instalments, against five years in the zone.
 */
function veryUnderServedContract(
  contract: Pick<
    ReferenceScheme,
    'id' | 'title' | 'summary' | 'officialUrl' | 'sources' | 'exclusiveGroup'
  > & {
    profession: Profession;
    amount: SchemeAmount;
    conditions: string;
  },
): ReferenceScheme {
  const { profession, conditions, ...rest } = contract;
  return {
    ...base,
    ...rest,
    grantor: ASSURANCE_MALADIE,
    commitment: { months: 60, atLeast: false, place: 'zone', zones: ['tres-sous-dotee'] },
    eligibility: { professions: [profession], statuses: ['installe'], conditions },
    area: { ...everywhere, zones: ['tres-sous-dotee'] },
  };
}

/** Nurses: the same sum at the signature and a year later, then 3,000 € a year for three years. */
const nursesInstalments = (each: number): Instalment[] => [
  { atMonth: 0, eur: each },
  { atMonth: 12, eur: each },
  ...[24, 36, 48].map((atMonth) => ({ atMonth, eur: 3000 })),
];

/** Physiotherapists: a sum at the signature, then 9,000, 5,000 and 5,000 € from the third year. */
const physiotherapistsInstalments = (first: number): Instalment[] => [
  { atMonth: 0, eur: first },
  { atMonth: 24, eur: 9000 },
  { atMonth: 36, eur: 5000 },
  { atMonth: 48, eur: 5000 },
];

/** The Assurance Maladie's aids to physicians from 2026, in the ARS portals that list them. */
const OCCITANIE_PHYSICIANS = source(
  'https://www.occitanie.paps.sante.fr/index.php/linstallation-45',
  'ARS Occitanie (PAPS)',
  '2026-01-26',
);
const PHYSICIANS_SOURCES = [
  OCCITANIE_PHYSICIANS,
  source(
    'https://www.hauts-de-france.paps.sante.fr/les-aides-linstallation-80',
    'ARS Hauts-de-France (PAPS)',
  ),
];

const NURSES_CONDITIONS =
  'Installé depuis moins d’un an en zone très sous-dotée ; exercer en groupe, en équipe de soins primaires ou au sein d’une CPTS ; réaliser au moins la moitié de son activité auprès de patients de la zone';
const BRETAGNE_NURSES = source(
  'https://www.bretagne.paps.sante.fr/une-aide-linstallation-34?parent=8662',
  'ARS Bretagne (PAPS)',
  '2021-01-15',
);
const NURSES_SOURCES = [
  BRETAGNE_NURSES,
  source('https://urps-infirmiers-centre.fr/?p=4052', 'URPS infirmiers Centre-Val de Loire'),
];

const PHYSIOTHERAPISTS_PAYMENT =
  'versée en quatre fois sur cinq ans. Le montant complet suppose une activité de 3 000 actes par an ; il est réduit en dessous.';
const PHYSIOTHERAPISTS_ACTIVITY =
  'au moins 1 500 actes par an, le montant étant calculé au prorata jusqu’à 3 000 actes.';
const NORMANDIE_PHYSIOTHERAPISTS = source(
  'https://normandie.paps.sante.fr/index.php/linstallation-52',
  'ARS Normandie (PAPS)',
  '2025-01-29',
);
const PHYSIOTHERAPISTS_SOURCES = [
  NORMANDIE_PHYSIOTHERAPISTS,
  source('https://bretagne.paps.sante.fr/les-aides-linstallation-15', 'ARS Bretagne (PAPS)', '2025-02-05'),
];

export const REFERENCE_SCHEMES: readonly ReferenceScheme[] = [
  {
    ...base,
    id: 'ars-bfc-contrat-allocation-etudes',
    title: 'Contrat d’allocation d’études (CAE)',
    summary:
      'Une allocation versée pendant la dernière année d’études par un établissement sanitaire ou médico-social de la région, soutenu financièrement par l’ARS. En échange, le jeune diplômé travaille 18 mois dans un établissement de la région.',
    grantor: { name: 'ARS Bourgogne-Franche-Comté', kind: 'ars' },
    amount: null,
    commitment: { months: 18, atLeast: false, place: 'etablissement-region', zones: [] },
    eligibility: {
      professions: [
        'infirmier',
        'masseur-kinesitherapeute',
        'orthophoniste',
        'ergotherapeute',
        'psychomotricien',
      ],
      statuses: ['etudiant'],
      conditions:
        'Être inscrit en dernière année dans un institut de formation situé en Bourgogne-Franche-Comté et signer le contrat avec un établissement de la région qui le propose. Le montant dépend de l’établissement.',
    },
    area: { ...everywhere, territory: { level: 'region', code: BOURGOGNE_FRANCHE_COMTE } },
    officialUrl:
      'https://bourgogne-franche-comte.paps.sante.fr/dispositif-de-soutien-au-contrat-dallocation-detudes-par-lars-bfc-0',
    sources: [
      source(
        'https://bourgogne-franche-comte.paps.sante.fr/dispositif-de-soutien-au-contrat-dallocation-detudes-par-lars-bfc-0',
        'ARS Bourgogne-Franche-Comté (PAPS)',
        '2024-08-09',
      ),
      source(
        'https://www.info-beaune.com/articles/2024/11/12/8912/journee-des-metiers-de-la-sante-une-mobilisation-regionale-pour-attirer-et-fideliser-les-professionnels-en-bourgogne-franche-comte',
        'Communiqué de l’ARS Bourgogne-Franche-Comté repris par info-beaune.com',
        '2024-11-12',
      ),
    ],
  },
  {
    ...base,
    id: 'ars-bfc-allocation-attractivite-internes',
    title: 'Allocation d’attractivité territoriale des internes',
    summary:
      'Une allocation de l’ARS pour les internes en médecine qui font un stage loin du CHU : elle prend en charge une partie des frais de logement et de déplacement pendant le stage.',
    grantor: { name: 'ARS Bourgogne-Franche-Comté', kind: 'ars' },
    amount: null,
    commitment: null,
    eligibility: {
      professions: ['medecin-generaliste', 'medecin-specialiste'],
      statuses: ['interne'],
      conditions:
        'Effectuer un stage d’internat dans un lieu éloigné du CHU de rattachement. Montant et modalités : se renseigner auprès de l’ARS.',
    },
    area: { ...everywhere, territory: { level: 'region', code: BOURGOGNE_FRANCHE_COMTE } },
    officialUrl: 'https://bourgogne-franche-comte.paps.sante.fr/',
    sources: [
      source(
        'https://www.info-beaune.com/articles/2024/11/12/8912/journee-des-metiers-de-la-sante-une-mobilisation-regionale-pour-attirer-et-fideliser-les-professionnels-en-bourgogne-franche-comte',
        'Communiqué de l’ARS Bourgogne-Franche-Comté repris par info-beaune.com',
        '2024-11-12',
      ),
    ],
  },
  {
    ...base,
    id: 'cesp',
    title: 'Contrat d’engagement de service public (CESP)',
    summary:
      'Une allocation mensuelle versée jusqu’à la fin des études. En échange, le professionnel exerce ensuite dans un lieu où l’offre de soins manque, choisi sur une liste nationale, aussi longtemps qu’il a reçu l’allocation et au moins deux ans ; en libéral, il applique les tarifs du secteur 1 pendant l’engagement.',
    grantor: { name: 'Centre national de gestion (État)', kind: 'etat' },
    amount: { kind: 'mensuel', eurPerMonth: 1200, months: null },
    commitment: {
      months: 24,
      atLeast: true,
      place: 'zone',
      zones: ['zip', 'zac', 'tres-sous-dotee', 'sous-dotee'],
    },
    eligibility: {
      professions: [
        'medecin-generaliste',
        'medecin-specialiste',
        'chirurgien-dentiste',
        'sage-femme',
        'pharmacien',
      ],
      statuses: ['etudiant', 'interne'],
      conditions:
        'Être retenu par la commission de sélection de son université. Montant brut et imposable. L’ouverture aux études de maïeutique et de pharmacie et dès la 2e année date de la loi du 27 décembre 2023 : se renseigner auprès de son établissement de formation.',
    },
    area: { ...everywhere, zones: ['zip', 'zac', 'tres-sous-dotee', 'sous-dotee'] },
    officialUrl: 'https://www.asp.gouv.fr/aides/contrat-dengagement-de-service-public-cesp',
    sources: [
      source(
        'https://www.asp.gouv.fr/aides/contrat-dengagement-de-service-public-cesp',
        'Agence de services et de paiement',
        '2025-10-28',
      ),
      source('https://hauts-de-france.ordre.medecin.fr/node/55996', 'Ordre des médecins Hauts-de-France'),
      source(
        'https://grand-est.paps.sante.fr/une-bourse-pour-vos-etudes-grace-au-cesp-2?parent=7707',
        'ARS Grand Est (PAPS)',
      ),
      source('https://documentation.onisep.fr/doc_num.php?explnum_id=64564', 'Onisep', '2024-01-10'),
    ],
  },
  {
    ...base,
    id: 'am-primo-installation-medecin-zip',
    title: 'Aide à la première installation en zone d’intervention prioritaire',
    summary:
      'Une aide unique de l’Assurance Maladie au médecin qui s’installe pour la première fois en libéral dans une ZIP, versée dans les trois mois qui suivent l’installation.',
    grantor: ASSURANCE_MALADIE,
    amount: { kind: 'fixe', eur: 10000 },
    commitment: null,
    eligibility: {
      professions: ['medecin-generaliste', 'medecin-specialiste'],
      statuses: ['installe'],
      conditions: `Première installation en libéral conventionné (cabinet principal), en secteur 1 ou en secteur 2 avec OPTAM ou OPTAM-CO. Ouverte aussi dans les quartiers prioritaires de la politique de la ville. ${AMELI_INSTALLATION_CONDITIONS}`,
    },
    area: { ...everywhere, zones: ['zip'] },
    validFrom: new Date('2026-01-01T00:00:00Z'),
    exclusiveGroup: 'am-primo-installation-medecin',
    officialUrl: 'https://www.normandie.paps.sante.fr/les-aides-linstallation-77?parent=10780&rubrique=10778',
    sources: [
      source(
        'https://www.normandie.paps.sante.fr/les-aides-linstallation-77?parent=10780&rubrique=10778',
        'ARS Normandie (PAPS)',
        '2026-01-06',
      ),
      ...PHYSICIANS_SOURCES,
    ],
  },
  {
    ...base,
    id: 'am-primo-installation-medecin-zac',
    title: 'Aide à la première installation en zone d’action complémentaire',
    summary:
      'Une aide unique de l’Assurance Maladie au médecin qui s’installe pour la première fois en libéral dans une ZAC.',
    grantor: ASSURANCE_MALADIE,
    amount: { kind: 'fixe', eur: 5000 },
    commitment: null,
    eligibility: {
      professions: ['medecin-generaliste', 'medecin-specialiste'],
      statuses: ['installe'],
      conditions: `Première installation en libéral conventionné. ${AMELI_INSTALLATION_CONDITIONS}`,
    },
    area: { ...everywhere, zones: ['zac'] },
    validFrom: new Date('2026-01-01T00:00:00Z'),
    exclusiveGroup: 'am-primo-installation-medecin',
    officialUrl: OCCITANIE_PHYSICIANS.url,
    sources: PHYSICIANS_SOURCES,
  },
  veryUnderServedContract({
    id: 'am-capii-infirmier',
    title: 'Contrat d’aide à la première installation des infirmiers (CAPII)',
    summary:
      'Une aide de l’Assurance Maladie à l’infirmier qui demande pour la première fois son conventionnement et s’installe dans une zone très sous-dotée, versée en cinq fois. Un complément est prévu pour l’accueil d’un étudiant en stage.',
    profession: 'infirmier',
    amount: { kind: 'plafond', eur: 37500, instalments: nursesInstalments(14250) },
    conditions: `${NURSES_CONDITIONS}, avec un minimum d’honoraires chaque année.`,
    exclusiveGroup: 'am-installation-infirmier',
    officialUrl: BRETAGNE_NURSES.url,
    sources: [
      ...NURSES_SOURCES,
      source(
        'https://www.urssaf.fr/accueil/independant/praticien-auxiliaire-medical/aides-installation/infirmier.html',
        'Urssaf',
        '2024-03-20',
      ),
    ],
  }),
  veryUnderServedContract({
    id: 'am-caii-infirmier',
    title: 'Contrat d’aide à l’installation des infirmiers (CAII)',
    summary:
      'Une aide de l’Assurance Maladie à l’infirmier déjà conventionné qui s’installe dans une zone très sous-dotée, versée en cinq fois.',
    profession: 'infirmier',
    amount: { kind: 'plafond', eur: 27500, instalments: nursesInstalments(9250) },
    conditions: `${NURSES_CONDITIONS}.`,
    exclusiveGroup: 'am-installation-infirmier',
    officialUrl: BRETAGNE_NURSES.url,
    sources: NURSES_SOURCES,
  }),
  veryUnderServedContract({
    id: 'am-caccmk-kine',
    title: 'Contrat d’aide à la création de cabinet des masseurs-kinésithérapeutes (CACCMK)',
    summary: `Une aide de l’Assurance Maladie au masseur-kinésithérapeute qui crée ou reprend un cabinet dans une zone très sous-dotée, ${PHYSIOTHERAPISTS_PAYMENT}`,
    profession: 'masseur-kinesitherapeute',
    amount: { kind: 'plafond', eur: 49000, instalments: physiotherapistsInstalments(30000) },
    conditions: `Créer ou reprendre un cabinet principal en zone très sous-dotée (ou y être installé depuis moins d’un an) ; ${PHYSIOTHERAPISTS_ACTIVITY}`,
    exclusiveGroup: 'am-installation-kine',
    officialUrl: NORMANDIE_PHYSIOTHERAPISTS.url,
    sources: [
      ...PHYSIOTHERAPISTS_SOURCES,
      source(
        'https://centre-val-de-loire.paps.sante.fr/les-aides-la-creation-et-linstallation',
        'ARS Centre-Val de Loire (PAPS)',
        '2025-02-19',
      ),
    ],
  }),
  veryUnderServedContract({
    id: 'am-caimk-kine',
    title: 'Contrat d’aide à l’installation des masseurs-kinésithérapeutes (CAIMK)',
    summary: `Une aide de l’Assurance Maladie au masseur-kinésithérapeute qui rejoint un cabinet existant dans une zone très sous-dotée, ${PHYSIOTHERAPISTS_PAYMENT}`,
    profession: 'masseur-kinesitherapeute',
    amount: { kind: 'plafond', eur: 34000, instalments: physiotherapistsInstalments(15000) },
    conditions: `S’installer dans un cabinet existant en zone très sous-dotée (ou y être installé depuis moins d’un an) ; ${PHYSIOTHERAPISTS_ACTIVITY}`,
    exclusiveGroup: 'am-installation-kine',
    officialUrl: NORMANDIE_PHYSIOTHERAPISTS.url,
    sources: PHYSIOTHERAPISTS_SOURCES,
  }),
];
