// The generated demo professionals (`professionnel-<n>@…`): enough of them in Bretagne and in
// Bourgogne-Franche-Comté that the partners' figures of those régions pass the small-count rule
// (1 to 4 people read 0 or 5). Professions, statuses and names vary; two in three show their
// projects to communes. Numbers 1–6 live in Bretagne, 7–12 in Bourgogne-Franche-Comté (they hold the
// demo conversations); from 13 on, odd numbers in Bretagne and even ones in Bourgogne-Franche-Comté.
import type { ProjectStatus } from '../../domain/matching/types';
import type { Profession } from '../../domain/professions';

export const DEMO_DOMAIN = 'demo.accueil-sante.example';
export const DEMO_REGIONS = ['53', '27'] as const;
export type DemoRegion = (typeof DEMO_REGIONS)[number];

export interface DemoProfessional {
  email: string;
  name: string;
  profession: Profession;
  status: ProjectStatus;
  shareAnonymised: boolean;
}

export interface GeneratedProfessional extends DemoProfessional {
  /** 1, 2, …: the seed of their projects too. */
  number: number;
  region: DemoRegion;
}

/** How many are generated: 20 per région. */
export const GENERATED_PROFESSIONALS = 40;
/** The first ones of each région write to communes (see demo-conversations). */
export const CONVERSING_PER_REGION = 6;

/** The conversing professionals' professions and statuses, as before projects existed. */
const CONVERSING: [Profession, ProjectStatus][] = [
  ['medecin-generaliste', 'installe'],
  ['infirmier', 'remplacant'],
  ['masseur-kinesitherapeute', 'installe'],
  ['sage-femme', 'interne'],
  ['orthophoniste', 'remplacant'],
  ['chirurgien-dentiste', 'etudiant'],
];
/** The others: general practitioners most often, as in the demand the ARS see. */
const PROFESSIONS: Profession[] = [
  'medecin-generaliste',
  'infirmier',
  'medecin-generaliste',
  'masseur-kinesitherapeute',
  'medecin-specialiste',
  'medecin-generaliste',
  'sage-femme',
  'pharmacien',
  'chirurgien-dentiste',
  'orthophoniste',
];
const STATUSES: ProjectStatus[] = ['installe', 'remplacant', 'interne', 'installe', 'etudiant'];
const FIRST_NAMES = [
  'Léa',
  'Hugo',
  'Inès',
  'Louis',
  'Chloé',
  'Nathan',
  'Jade',
  'Théo',
  'Manon',
  'Paul',
  'Emma',
  'Noé',
  'Sarah',
  'Yanis',
  'Lina',
  'Gabriel',
  'Camille',
  'Adam',
  'Zoé',
  'Malo',
];
const LAST_NAMES = ['Demo', 'Le Goff', 'Moreau', 'Girard', 'Bernard', 'Tanguy', 'Roux', 'Faivre', 'Nicolas'];

export function generatedProfessionals(): GeneratedProfessional[] {
  return Array.from({ length: GENERATED_PROFESSIONALS }, (_, index) => {
    const number = index + 1;
    const conversing = CONVERSING[index % CONVERSING.length];
    const early = number <= 2 * CONVERSING_PER_REGION;
    const [profession, status] =
      early && conversing
        ? conversing
        : [
            PROFESSIONS[index % PROFESSIONS.length] ?? 'medecin-generaliste',
            STATUSES[index % STATUSES.length] ?? 'installe',
          ];
    const region: DemoRegion = early
      ? number <= CONVERSING_PER_REGION
        ? '53'
        : '27'
      : number % 2 === 1
        ? '53'
        : '27';
    const first = FIRST_NAMES[index % FIRST_NAMES.length] ?? 'Alex';
    // The first twelve keep the name they always had.
    const last = early ? 'Demo' : (LAST_NAMES[number % LAST_NAMES.length] ?? 'Demo');
    return {
      number,
      region,
      email: `professionnel-${String(number)}@${DEMO_DOMAIN}`,
      name: `${first} ${last}`,
      profession,
      status,
      shareAnonymised: number % 3 !== 0,
    };
  });
}
