// The demo professionals' installation projects: one to three each, with areas, start dates,
// households, housing and priorities that differ from one person to the next. Drawn from a
// generator seeded by the person's number, so that the same person always gets the same projects.
import type { Contract, Criterion, Importance, PremisesKind } from '../../domain/matching/types';
import type { JobSector } from '../../domain/offers/offer-vocabulary';
import type { ProjectInput } from '../projects/project-view';

/** The demo communes of one région, as the seed found them in the geography. */
export interface DemoTerritory {
  region: string;
  regionNom: string;
  /** The région's demo communes (INSEE code, name), with their département. */
  communes: readonly { code: string; nom: string; departement: string; departementNom: string }[];
}

/** Mulberry32: a small deterministic generator, enough to vary demo data. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const pick = <T>(random: () => number, items: readonly T[]): T => {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
};

/** Sectors a spouse's job is most often sought in, and the contracts wished. */
const PARTNER_SECTORS: JobSector[][] = [['O'], ['P', 'O'], ['M'], ['Q'], ['C', 'M'], ['K', 'G'], []];
const PARTNER_CONTRACTS: Contract[][] = [['cdi'], ['cdi', 'fonction-publique'], [], ['cdd', 'cdi']];
const PREMISES: PremisesKind[][] = [['place-msp'], ['cabinet'], ['centre-sante', 'place-msp'], []];
/** Importance profiles: rarely indispensable, so that most projects have ranked communes. */
const PRIORITIES: Record<Criterion, Importance>[] = [
  {
    housing: 'important',
    childcare: 'important',
    spouseJob: 'souhaitable',
    premises: 'important',
    aid: 'souhaitable',
    need: 'important',
    distance: 'souhaitable',
  },
  {
    housing: 'indispensable',
    childcare: 'sans-objet',
    spouseJob: 'sans-objet',
    premises: 'souhaitable',
    aid: 'important',
    need: 'souhaitable',
    distance: 'important',
  },
  {
    housing: 'souhaitable',
    childcare: 'indispensable',
    spouseJob: 'important',
    premises: 'important',
    aid: 'sans-objet',
    need: 'important',
    distance: 'souhaitable',
  },
  {
    housing: 'important',
    childcare: 'souhaitable',
    spouseJob: 'important',
    premises: 'sans-objet',
    aid: 'important',
    need: 'indispensable',
    distance: 'sans-objet',
  },
];
const PROJECT_NAMES = ['Installation', 'Projet familial', 'Remplacements', 'Autre piste'];

/** The month `months` after today's (1–12, with its year). */
function monthsAfter(today: Date, months: number) {
  const index = today.getUTCFullYear() * 12 + today.getUTCMonth() + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/**
 * The area of one project (a département, the région, around a commune, or a few communes) and
 * how its name says it. `kind` forces one (0–3).
 */
function areaOf(
  random: () => number,
  territory: DemoTerritory,
  kind = Math.floor(random() * 4),
): { area: ProjectInput['area']; where: string } {
  const anchor = pick(random, territory.communes);
  const empty = { communes: [], departements: [], regions: [], around: null };
  switch (kind) {
    case 0:
      return {
        area: { ...empty, departements: [anchor.departement] },
        where: `${anchor.departementNom} (${anchor.departement})`,
      };
    case 1:
      return { area: { ...empty, regions: [territory.region] }, where: territory.regionNom };
    case 2: {
      const radiusKm = pick(random, [20, 30, 50, 80]);
      return {
        area: { ...empty, around: { commune: anchor.code, radiusKm } },
        where: `${String(radiusKm)} km autour de ${anchor.nom}`,
      };
    }
    default: {
      const chosen = new Map([anchor, pick(random, territory.communes)].map((one) => [one.code, one.nom]));
      return {
        area: { ...empty, communes: [...chosen.keys()] },
        where: [...chosen.values()].join(', '),
      };
    }
  }
}

function householdOf(random: () => number, today: Date): ProjectInput['household'] {
  const partner =
    random() < 0.55
      ? { sectors: pick(random, PARTNER_SECTORS), contracts: pick(random, PARTNER_CONTRACTS) }
      : null;
  const childCount = pick(random, [0, 0, 1, 1, 2, 2, 3]);
  const children = Array.from({ length: childCount }, () => {
    // From a baby of a few months to a teenager.
    const born = monthsAfter(today, -(2 + Math.floor(random() * 150)));
    return { birthYear: born.year, birthMonth: born.month };
  });
  return { partner, children };
}

function housingOf(random: () => number, rooms: number): ProjectInput['housing'] {
  const tenure = pick(random, ['location', 'location', 'achat', 'indifferent', null] as const);
  if (!tenure) return null;
  const budgetMax =
    tenure === 'achat' ? 120_000 + Math.floor(random() * 12) * 20_000 : 550 + Math.floor(random() * 10) * 75;
  return {
    tenure,
    roomsMin: rooms,
    budgetMax: tenure === 'indifferent' ? null : budgetMax,
    furnished: tenure === 'location' ? pick(random, [null, null, true, false]) : null,
  };
}

/**
 * One to three projects for demo professional number `seed` (a positive integer), in the given
 * territories (the third one, if any, in the second territory). Start dates fall 2 to 20 months
 * after `today`. `wholeRegionFirst`: the first project covers the whole first territory (its
 * conversations with communes of that région belong to it).
 */
export function demoProjectsFor(
  seed: number,
  territories: readonly DemoTerritory[],
  today: Date,
  wholeRegionFirst = false,
): ProjectInput[] {
  const random = generator(seed * 7919);
  const count = pick(random, [1, 1, 2, 2, 3]);
  const household = householdOf(random, today);
  const rooms = Math.min(6, 2 + household.children.length + (household.partner ? 1 : 0));
  return Array.from({ length: count }, (_, index) => {
    const territory = (index === 2 && territories[1]) || territories[0];
    if (!territory || territory.communes.length === 0) throw new Error('a demo territory without communes');
    const { area, where } = areaOf(random, territory, wholeRegionFirst && index === 0 ? 1 : undefined);
    return {
      name: `${PROJECT_NAMES[(seed + index) % PROJECT_NAMES.length] ?? 'Projet'} — ${where}`,
      area,
      start: monthsAfter(today, 2 + Math.floor(random() * 19)),
      household,
      housing: housingOf(random, rooms),
      premises: random() < 0.6 ? { kinds: pick(random, PREMISES) } : null,
      importance: pick(random, PRIORITIES),
    };
  });
}

const EMPTY_AREA = { communes: [], departements: [], regions: [], around: null };

/**
 * The main demo professional's projects (a general practitioner who replaces colleagues): settling
 * in the Jura with a family, and replacements around Saint-Brieuc; both shown to communes.
 */
export function mainDemoProjects(today: Date): ProjectInput[] {
  const born = (monthsAgo: number) => {
    const month = monthsAfter(today, -monthsAgo);
    return { birthYear: month.year, birthMonth: month.month };
  };
  return [
    {
      name: 'Installation dans le Jura',
      area: { ...EMPTY_AREA, departements: ['39'] },
      start: monthsAfter(today, 4),
      household: {
        partner: { sectors: ['O', 'P'], contracts: ['cdi', 'fonction-publique'] },
        children: [born(18), born(62)],
      },
      housing: { tenure: 'location', roomsMin: 4, budgetMax: 1100, furnished: null },
      premises: { kinds: ['place-msp', 'cabinet'] },
      importance: {
        housing: 'important',
        childcare: 'important',
        spouseJob: 'important',
        premises: 'important',
        aid: 'souhaitable',
        need: 'important',
        distance: 'sans-objet',
      },
    },
    {
      name: 'Remplacements autour de Saint-Brieuc',
      area: { ...EMPTY_AREA, around: { commune: '22278', radiusKm: 40 } },
      start: monthsAfter(today, 2),
      household: { partner: null, children: [] },
      housing: { tenure: 'location', roomsMin: 2, budgetMax: 700, furnished: true },
      premises: null,
      importance: {
        housing: 'important',
        childcare: 'sans-objet',
        spouseJob: 'sans-objet',
        premises: 'sans-objet',
        aid: 'souhaitable',
        need: 'important',
        distance: 'important',
      },
    },
  ];
}

/**
 * The main demo professional's first installation, about which they wrote to `commune` and settled
 * there six and a half months ago (demo-retention.ts): a project that started then.
 */
export function mainSettledProject(today: Date, commune: { code: string; nom: string }): ProjectInput {
  return {
    name: `Installation à ${commune.nom}`,
    area: { ...EMPTY_AREA, communes: [commune.code] },
    start: monthsAfter(today, -7),
    household: { partner: null, children: [] },
    housing: { tenure: 'location', roomsMin: 2, budgetMax: 750, furnished: null },
    premises: { kinds: ['cabinet'] },
    importance: {
      housing: 'important',
      childcare: 'sans-objet',
      spouseJob: 'sans-objet',
      premises: 'important',
      aid: 'souhaitable',
      need: 'important',
      distance: 'sans-objet',
    },
  };
}
