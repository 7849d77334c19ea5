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
import type { Scheme } from './scheme';

export interface SchemeSource {
  url: string;
  /** Who published the page. */
  publisher: string;
  /** The page's own "dernière mise à jour" or publication date, when it shows one (ISO). */
  pageDate: string | null;
}

export type ReferenceScheme = Scheme & { sources: readonly SchemeSource[] };

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
      {
        url: 'https://bourgogne-franche-comte.paps.sante.fr/dispositif-de-soutien-au-contrat-dallocation-detudes-par-lars-bfc-0',
        publisher: 'ARS Bourgogne-Franche-Comté (PAPS)',
        pageDate: '2024-08-09',
      },
      {
        url: 'https://www.info-beaune.com/articles/2024/11/12/8912/journee-des-metiers-de-la-sante-une-mobilisation-regionale-pour-attirer-et-fideliser-les-professionnels-en-bourgogne-franche-comte',
        publisher: 'Communiqué de l’ARS Bourgogne-Franche-Comté repris par info-beaune.com',
        pageDate: '2024-11-12',
      },
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
      {
        url: 'https://www.info-beaune.com/articles/2024/11/12/8912/journee-des-metiers-de-la-sante-une-mobilisation-regionale-pour-attirer-et-fideliser-les-professionnels-en-bourgogne-franche-comte',
        publisher: 'Communiqué de l’ARS Bourgogne-Franche-Comté repris par info-beaune.com',
        pageDate: '2024-11-12',
      },
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
      {
        url: 'https://www.asp.gouv.fr/aides/contrat-dengagement-de-service-public-cesp',
        publisher: 'Agence de services et de paiement',
        pageDate: '2025-10-28',
      },
      {
        url: 'https://hauts-de-france.ordre.medecin.fr/node/55996',
        publisher: 'Ordre des médecins Hauts-de-France',
        pageDate: null,
      },
      {
        url: 'https://grand-est.paps.sante.fr/une-bourse-pour-vos-etudes-grace-au-cesp-2?parent=7707',
        publisher: 'ARS Grand Est (PAPS)',
        pageDate: null,
      },
      {
        url: 'https://documentation.onisep.fr/doc_num.php?explnum_id=64564',
        publisher: 'Onisep',
        pageDate: '2024-01-10',
      },
    ],
  },
  {
    ...base,
    id: 'am-primo-installation-medecin-zip',
    title: 'Aide à la première installation en zone d’intervention prioritaire',
    summary:
      'Une aide unique de l’Assurance Maladie au médecin qui s’installe pour la première fois en libéral dans une ZIP, versée dans les trois mois qui suivent l’installation.',
    grantor: { name: 'Assurance Maladie (CPAM)', kind: 'assurance-maladie' },
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
      {
        url: 'https://www.normandie.paps.sante.fr/les-aides-linstallation-77?parent=10780&rubrique=10778',
        publisher: 'ARS Normandie (PAPS)',
        pageDate: '2026-01-06',
      },
      {
        url: 'https://www.occitanie.paps.sante.fr/index.php/linstallation-45',
        publisher: 'ARS Occitanie (PAPS)',
        pageDate: '2026-01-26',
      },
      {
        url: 'https://www.hauts-de-france.paps.sante.fr/les-aides-linstallation-80',
        publisher: 'ARS Hauts-de-France (PAPS)',
        pageDate: null,
      },
    ],
  },
  {
    ...base,
    id: 'am-primo-installation-medecin-zac',
    title: 'Aide à la première installation en zone d’action complémentaire',
    summary:
      'Une aide unique de l’Assurance Maladie au médecin qui s’installe pour la première fois en libéral dans une ZAC.',
    grantor: { name: 'Assurance Maladie (CPAM)', kind: 'assurance-maladie' },
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
    officialUrl: 'https://www.occitanie.paps.sante.fr/index.php/linstallation-45',
    sources: [
      {
        url: 'https://www.occitanie.paps.sante.fr/index.php/linstallation-45',
        publisher: 'ARS Occitanie (PAPS)',
        pageDate: '2026-01-26',
      },
      {
        url: 'https://www.hauts-de-france.paps.sante.fr/les-aides-linstallation-80',
        publisher: 'ARS Hauts-de-France (PAPS)',
        pageDate: null,
      },
    ],
  },
  {
    ...base,
    id: 'am-capii-infirmier',
    title: 'Contrat d’aide à la première installation des infirmiers (CAPII)',
    summary:
      'Une aide de l’Assurance Maladie à l’infirmier qui demande pour la première fois son conventionnement et s’installe dans une zone très sous-dotée, versée en cinq fois. Un complément est prévu pour l’accueil d’un étudiant en stage.',
    grantor: { name: 'Assurance Maladie (CPAM)', kind: 'assurance-maladie' },
    amount: {
      kind: 'plafond',
      eur: 37500,
      instalments: [
        { atMonth: 0, eur: 14250 },
        { atMonth: 12, eur: 14250 },
        { atMonth: 24, eur: 3000 },
        { atMonth: 36, eur: 3000 },
        { atMonth: 48, eur: 3000 },
      ],
    },
    commitment: { months: 60, atLeast: false, place: 'zone', zones: ['tres-sous-dotee'] },
    eligibility: {
      professions: ['infirmier'],
      statuses: ['installe'],
      conditions:
        'Installé depuis moins d’un an en zone très sous-dotée ; exercer en groupe, en équipe de soins primaires ou au sein d’une CPTS ; réaliser au moins la moitié de son activité auprès de patients de la zone, avec un minimum d’honoraires chaque année.',
    },
    area: { ...everywhere, zones: ['tres-sous-dotee'] },
    exclusiveGroup: 'am-installation-infirmier',
    officialUrl: 'https://www.bretagne.paps.sante.fr/une-aide-linstallation-34?parent=8662',
    sources: [
      {
        url: 'https://www.bretagne.paps.sante.fr/une-aide-linstallation-34?parent=8662',
        publisher: 'ARS Bretagne (PAPS)',
        pageDate: '2021-01-15',
      },
      {
        url: 'https://urps-infirmiers-centre.fr/?p=4052',
        publisher: 'URPS infirmiers Centre-Val de Loire',
        pageDate: null,
      },
      {
        url: 'https://www.urssaf.fr/accueil/independant/praticien-auxiliaire-medical/aides-installation/infirmier.html',
        publisher: 'Urssaf',
        pageDate: '2024-03-20',
      },
    ],
  },
  {
    ...base,
    id: 'am-caii-infirmier',
    title: 'Contrat d’aide à l’installation des infirmiers (CAII)',
    summary:
      'Une aide de l’Assurance Maladie à l’infirmier déjà conventionné qui s’installe dans une zone très sous-dotée, versée en cinq fois.',
    grantor: { name: 'Assurance Maladie (CPAM)', kind: 'assurance-maladie' },
    amount: {
      kind: 'plafond',
      eur: 27500,
      instalments: [
        { atMonth: 0, eur: 9250 },
        { atMonth: 12, eur: 9250 },
        { atMonth: 24, eur: 3000 },
        { atMonth: 36, eur: 3000 },
        { atMonth: 48, eur: 3000 },
      ],
    },
    commitment: { months: 60, atLeast: false, place: 'zone', zones: ['tres-sous-dotee'] },
    eligibility: {
      professions: ['infirmier'],
      statuses: ['installe'],
      conditions:
        'Installé depuis moins d’un an en zone très sous-dotée ; exercer en groupe, en équipe de soins primaires ou au sein d’une CPTS ; réaliser au moins la moitié de son activité auprès de patients de la zone.',
    },
    area: { ...everywhere, zones: ['tres-sous-dotee'] },
    exclusiveGroup: 'am-installation-infirmier',
    officialUrl: 'https://www.bretagne.paps.sante.fr/une-aide-linstallation-34?parent=8662',
    sources: [
      {
        url: 'https://www.bretagne.paps.sante.fr/une-aide-linstallation-34?parent=8662',
        publisher: 'ARS Bretagne (PAPS)',
        pageDate: '2021-01-15',
      },
      {
        url: 'https://urps-infirmiers-centre.fr/?p=4052',
        publisher: 'URPS infirmiers Centre-Val de Loire',
        pageDate: null,
      },
    ],
  },
  {
    ...base,
    id: 'am-caccmk-kine',
    title: 'Contrat d’aide à la création de cabinet des masseurs-kinésithérapeutes (CACCMK)',
    summary:
      'Une aide de l’Assurance Maladie au masseur-kinésithérapeute qui crée ou reprend un cabinet dans une zone très sous-dotée, versée en quatre fois sur cinq ans. Le montant complet suppose une activité de 3 000 actes par an ; il est réduit en dessous.',
    grantor: { name: 'Assurance Maladie (CPAM)', kind: 'assurance-maladie' },
    amount: {
      kind: 'plafond',
      eur: 49000,
      instalments: [
        { atMonth: 0, eur: 30000 },
        { atMonth: 24, eur: 9000 },
        { atMonth: 36, eur: 5000 },
        { atMonth: 48, eur: 5000 },
      ],
    },
    commitment: { months: 60, atLeast: false, place: 'zone', zones: ['tres-sous-dotee'] },
    eligibility: {
      professions: ['masseur-kinesitherapeute'],
      statuses: ['installe'],
      conditions:
        'Créer ou reprendre un cabinet principal en zone très sous-dotée (ou y être installé depuis moins d’un an) ; au moins 1 500 actes par an, le montant étant calculé au prorata jusqu’à 3 000 actes.',
    },
    area: { ...everywhere, zones: ['tres-sous-dotee'] },
    exclusiveGroup: 'am-installation-kine',
    officialUrl: 'https://normandie.paps.sante.fr/index.php/linstallation-52',
    sources: [
      {
        url: 'https://normandie.paps.sante.fr/index.php/linstallation-52',
        publisher: 'ARS Normandie (PAPS)',
        pageDate: '2025-01-29',
      },
      {
        url: 'https://bretagne.paps.sante.fr/les-aides-linstallation-15',
        publisher: 'ARS Bretagne (PAPS)',
        pageDate: '2025-02-05',
      },
      {
        url: 'https://centre-val-de-loire.paps.sante.fr/les-aides-la-creation-et-linstallation',
        publisher: 'ARS Centre-Val de Loire (PAPS)',
        pageDate: '2025-02-19',
      },
    ],
  },
  {
    ...base,
    id: 'am-caimk-kine',
    title: 'Contrat d’aide à l’installation des masseurs-kinésithérapeutes (CAIMK)',
    summary:
      'Une aide de l’Assurance Maladie au masseur-kinésithérapeute qui rejoint un cabinet existant dans une zone très sous-dotée, versée en quatre fois sur cinq ans. Le montant complet suppose une activité de 3 000 actes par an ; il est réduit en dessous.',
    grantor: { name: 'Assurance Maladie (CPAM)', kind: 'assurance-maladie' },
    amount: {
      kind: 'plafond',
      eur: 34000,
      instalments: [
        { atMonth: 0, eur: 15000 },
        { atMonth: 24, eur: 9000 },
        { atMonth: 36, eur: 5000 },
        { atMonth: 48, eur: 5000 },
      ],
    },
    commitment: { months: 60, atLeast: false, place: 'zone', zones: ['tres-sous-dotee'] },
    eligibility: {
      professions: ['masseur-kinesitherapeute'],
      statuses: ['installe'],
      conditions:
        'S’installer dans un cabinet existant en zone très sous-dotée (ou y être installé depuis moins d’un an) ; au moins 1 500 actes par an, le montant étant calculé au prorata jusqu’à 3 000 actes.',
    },
    area: { ...everywhere, zones: ['tres-sous-dotee'] },
    exclusiveGroup: 'am-installation-kine',
    officialUrl: 'https://normandie.paps.sante.fr/index.php/linstallation-52',
    sources: [
      {
        url: 'https://normandie.paps.sante.fr/index.php/linstallation-52',
        publisher: 'ARS Normandie (PAPS)',
        pageDate: '2025-01-29',
      },
      {
        url: 'https://bretagne.paps.sante.fr/les-aides-linstallation-15',
        publisher: 'ARS Bretagne (PAPS)',
        pageDate: '2025-02-05',
      },
    ],
  },
];
