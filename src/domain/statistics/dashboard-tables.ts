// The partner dashboard's tables, computed from offers, projects and contact facts of a territory.
// Pure: the caller resolves the territory (its départements, each commune's) and which projects the
// matching engine links to it. Counts of people are distinct professionals; the small-count rule
// is applied afterwards (small-counts.ts).
import { isPubliclyVisible } from '../offers/offer-lifecycle';
import {
  OFFER_STATUSES,
  OFFER_STATUS_LABELS,
  OFFER_TYPES,
  OFFER_TYPE_LABELS,
  type OfferStatus,
  type OfferType,
} from '../offers/offer-vocabulary';
import { PROJECT_STATUSES, type ProjectStatus } from '../matching/types';
import { PROFESSIONS, PROFESSION_LABELS, type Profession } from '../professions';
import { type ContactFact, LEVERS, LEVER_LABELS } from './contact-fact';
import type { StatColumn, StatTable } from './stat-table';

export interface DashboardOffer {
  type: OfferType;
  status: OfferStatus;
  commune: string;
  publishedAt: Date | null;
  expiresAt: Date | null;
  /** Empty: open to every profession. */
  professions: readonly Profession[];
}

export interface DashboardProject {
  /** The owner: people are counted once. */
  person: string;
  profession: Profession;
  status: ProjectStatus;
  /** The territory's départements the project targets (never empty). */
  departements: readonly string[];
  /** At least one commune of the territory is among the communes the engine proposes. */
  matched: boolean;
}

export interface DashboardInput {
  now: Date;
  /** Length of the period (months, ending with the current one) for time-based figures. */
  months: number;
  profession: Profession | null;
  departements: readonly { code: string; nom: string }[];
  /** The commune's name and département, for any INSEE code (the tables keep the territory's). */
  commune(code: string): { nom: string; departement: string } | undefined;
  offers: readonly DashboardOffer[];
  projects: readonly DashboardProject[];
  contacts: readonly ContactFact[];
}

export const PROJECT_STATUS_LABELS: Record<ProjectStatus, string> = {
  installe: 'Installé(e)',
  remplacant: 'Remplaçant(e)',
  interne: 'Interne',
  etudiant: 'Étudiant(e)',
};

const OFFER_TYPE_CSV: Record<OfferType, string> = Object.fromEntries(
  OFFER_TYPES.map((type) => [type, type.replace(/-/g, '_')]),
) as Record<OfferType, string>;

const count = (key: string, label: string, description: string, people: boolean): StatColumn => ({
  key,
  label,
  description,
  people,
});

/** "2026-03" for the month of a date (UTC). */
const monthKey = (date: Date) => date.toISOString().slice(0, 7);
const monthFormat = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** The first day (UTC) of each month of the period, oldest first. */
function periodMonths(now: Date, months: number): Date[] {
  return Array.from(
    { length: months },
    (_unused, index) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (months - 1 - index), 1)),
  );
}

const distinct = (people: Iterable<string>) => new Set(people).size;

export function dashboardTables(input: DashboardInput): StatTable[] {
  const inScope = new Set(input.departements.map((departement) => departement.code));
  const departementOf = (code: string) => {
    const departement = input.commune(code)?.departement;
    return departement !== undefined && inScope.has(departement) ? departement : undefined;
  };
  const periodStart = periodMonths(input.now, input.months)[0] ?? input.now;
  const inPeriod = (date: Date) =>
    date.getTime() >= periodStart.getTime() && date.getTime() <= input.now.getTime();
  const forProfession = (profession: Profession) =>
    input.profession === null || profession === input.profession;

  const offers = input.offers.filter(
    (offer) =>
      departementOf(offer.commune) !== undefined &&
      (input.profession === null ||
        offer.professions.length === 0 ||
        offer.professions.includes(input.profession)),
  );
  const online = offers.filter((offer) => isPubliclyVisible(offer, input.now));
  const activeCommunes = new Set(online.map((offer) => offer.commune));
  const projects = input.projects.filter((project) => forProfession(project.profession));
  const contacts = input.contacts.filter(
    (fact) =>
      forProfession(fact.profession) &&
      departementOf(fact.communeCode) !== undefined &&
      inPeriod(fact.startedAt),
  );
  const installations = input.contacts.filter(
    (fact) =>
      forProfession(fact.profession) &&
      fact.installation !== null &&
      departementOf(fact.installation.communeCode) !== undefined &&
      inPeriod(fact.installation.confirmedAt),
  );
  const professionsSeen = PROFESSIONS.filter(
    (profession) =>
      projects.some((project) => project.profession === profession) ||
      contacts.some((fact) => fact.profession === profession) ||
      installations.some((fact) => fact.profession === profession),
  );
  const professionRow = {
    key: 'profession',
    label: 'Profession',
    description: 'Profession déclarée par le professionnel.',
  };

  const offersByType: StatTable = {
    id: 'offres-par-type',
    title: 'Offres par type et par état',
    rowHeader: {
      key: 'type_offre',
      label: 'Type d’offre',
      description: 'Type de l’offre publiée par la commune.',
    },
    columns: [
      ...OFFER_STATUSES.map((status) =>
        count(
          status,
          OFFER_STATUS_LABELS[status],
          `Offres du type dans l’état « ${OFFER_STATUS_LABELS[status]} » aujourd’hui.`,
          false,
        ),
      ),
      count('en_ligne', 'En ligne', 'Offres publiées et non expirées, visibles des professionnels.', false),
      count('total', 'Total', 'Toutes les offres du type, quel que soit leur état.', false),
    ],
    rows: OFFER_TYPES.map((type) => {
      const own = offers.filter((offer) => offer.type === type);
      return {
        key: type,
        label: OFFER_TYPE_LABELS[type],
        values: [
          ...OFFER_STATUSES.map((status) => own.filter((offer) => offer.status === status).length),
          own.filter((offer) => isPubliclyVisible(offer, input.now)).length,
          own.length,
        ],
      };
    }),
    total: [
      ...OFFER_STATUSES.map((status) => offers.filter((offer) => offer.status === status).length),
      online.length,
      offers.length,
    ],
    rowTotal: false,
  };

  const months = periodMonths(input.now, input.months);
  const offersByMonth: StatTable = {
    id: 'offres-par-mois',
    title: 'Offres publiées par mois',
    rowHeader: { key: 'mois', label: 'Mois', description: 'Mois de publication (AAAA-MM).' },
    columns: [
      ...OFFER_TYPES.map((type) =>
        count(
          OFFER_TYPE_CSV[type],
          OFFER_TYPE_LABELS[type],
          `Offres de ce type publiées (dernière publication) ce mois-là.`,
          false,
        ),
      ),
      count('total', 'Total', 'Offres publiées ce mois-là, tous types.', false),
    ],
    rows: months.map((month) => {
      const own = offers.filter(
        (offer) => offer.publishedAt !== null && monthKey(offer.publishedAt) === monthKey(month),
      );
      return {
        key: monthKey(month),
        label: monthFormat.format(month),
        values: [...OFFER_TYPES.map((type) => own.filter((offer) => offer.type === type).length), own.length],
      };
    }),
    total: null,
    rowTotal: true,
  };

  const communesTable: StatTable = {
    id: 'communes-actives',
    title: 'Communes actives',
    rowHeader: {
      key: 'commune',
      label: 'Commune',
      description: 'Commune ayant au moins une offre en ligne : nom (code INSEE).',
    },
    columns: [
      count('offres_en_ligne', 'Offres en ligne', 'Offres publiées et non expirées de la commune.', false),
    ],
    rows: [...activeCommunes]
      .map((code) => ({
        key: code,
        label: `${input.commune(code)?.nom ?? code} (${code})`,
        values: [online.filter((offer) => offer.commune === code).length],
      }))
      .sort((a, b) => (b.values[0] ?? 0) - (a.values[0] ?? 0) || a.label.localeCompare(b.label, 'fr')),
    total: null,
    rowTotal: false,
  };

  const projectsTable: StatTable = {
    id: 'projets',
    title: 'Professionnels dont un projet vise le territoire',
    rowHeader: professionRow,
    columns: [
      ...PROJECT_STATUSES.map((status) =>
        count(
          status,
          PROJECT_STATUS_LABELS[status],
          `Professionnels de statut « ${PROJECT_STATUS_LABELS[status]} » dont au moins un projet vise le territoire.`,
          true,
        ),
      ),
      count('total', 'Total', 'Professionnels dont au moins un projet vise le territoire.', true),
    ],
    rows: professionsSeen.map((profession) => {
      const own = projects.filter((project) => project.profession === profession);
      return {
        key: profession,
        label: PROFESSION_LABELS[profession],
        values: [
          ...PROJECT_STATUSES.map((status) =>
            distinct(own.filter((project) => project.status === status).map((project) => project.person)),
          ),
          distinct(own.map((project) => project.person)),
        ],
      };
    }),
    total: [
      ...PROJECT_STATUSES.map((status) =>
        distinct(projects.filter((project) => project.status === status).map((project) => project.person)),
      ),
      distinct(projects.map((project) => project.person)),
    ],
    rowTotal: true,
  };

  const peopleOf = (list: readonly { person: string }[]) => distinct(list.map((item) => item.person));
  const contactsTable: StatTable = {
    id: 'mises-en-relation',
    title: 'Mises en relation, contacts et installations',
    rowHeader: professionRow,
    columns: [
      count(
        'projets',
        'Projets visant le territoire',
        'Professionnels dont au moins un projet vise le territoire.',
        true,
      ),
      count(
        'communes_proposees',
        'Communes du territoire proposées',
        'Professionnels à qui le classement propose au moins une commune du territoire (parmi ses 50 premières).',
        true,
      ),
      count(
        'contacts',
        'Ont écrit à une commune',
        'Professionnels ayant écrit à une commune du territoire pendant la période.',
        true,
      ),
      count(
        'installations',
        'Installations confirmées',
        'Professionnels ayant confirmé leur installation dans une commune du territoire pendant la période.',
        true,
      ),
    ],
    rows: professionsSeen.map((profession) => {
      const own = <T extends { profession: Profession }>(list: readonly T[]) =>
        list.filter((item) => item.profession === profession);
      return {
        key: profession,
        label: PROFESSION_LABELS[profession],
        values: [
          peopleOf(own(projects)),
          peopleOf(own(projects).filter((project) => project.matched)),
          peopleOf(own(contacts)),
          peopleOf(own(installations)),
        ],
      };
    }),
    total: [
      peopleOf(projects),
      peopleOf(projects.filter((project) => project.matched)),
      peopleOf(contacts),
      peopleOf(installations),
    ],
    rowTotal: false,
  };

  const leversTable: StatTable = {
    id: 'leviers',
    title: 'Leviers des installations confirmées',
    rowHeader: {
      key: 'levier',
      label: 'Levier',
      description: 'Offre de la commune qui a compté dans l’installation, selon la commune.',
    },
    columns: [
      count(
        'installations',
        'Installations',
        'Professionnels installés pendant la période dont l’installation doit à ce levier (une installation peut citer plusieurs leviers).',
        true,
      ),
    ],
    rows: LEVERS.map((lever) => ({
      key: lever,
      label: LEVER_LABELS[lever],
      values: [peopleOf(installations.filter((fact) => fact.installation?.levers.includes(lever)))],
    })),
    total: [peopleOf(installations)],
    rowTotal: false,
  };

  const departementsTable: StatTable = {
    id: 'departements',
    title: 'Par département',
    rowHeader: {
      key: 'departement',
      label: 'Département',
      description: 'Département du territoire (code et nom).',
    },
    columns: [
      count(
        'offres_en_ligne',
        'Offres en ligne',
        'Offres publiées et non expirées des communes du département.',
        false,
      ),
      count(
        'communes_actives',
        'Communes actives',
        'Communes du département ayant au moins une offre en ligne.',
        false,
      ),
      count('projets', 'Projets', 'Professionnels dont au moins un projet vise le département.', true),
      count(
        'contacts',
        'Contacts',
        'Professionnels ayant écrit à une commune du département pendant la période.',
        true,
      ),
      count(
        'installations',
        'Installations',
        'Professionnels ayant confirmé leur installation dans le département pendant la période.',
        true,
      ),
    ],
    rows: input.departements.map(({ code, nom }) => ({
      key: code,
      label: `${code} ${nom}`,
      values: [
        online.filter((offer) => departementOf(offer.commune) === code).length,
        [...activeCommunes].filter((commune) => departementOf(commune) === code).length,
        peopleOf(projects.filter((project) => project.departements.includes(code))),
        peopleOf(contacts.filter((fact) => departementOf(fact.communeCode) === code)),
        peopleOf(
          installations.filter(
            (fact) => fact.installation && departementOf(fact.installation.communeCode) === code,
          ),
        ),
      ],
    })),
    total: [
      online.length,
      activeCommunes.size,
      peopleOf(projects),
      peopleOf(contacts),
      peopleOf(installations),
    ],
    rowTotal: false,
  };

  return [
    offersByType,
    offersByMonth,
    communesTable,
    projectsTable,
    contactsTable,
    leversTable,
    departementsTable,
  ];
}

/** The tables' definitions (titles, columns and their documentation), without any data. */
export const dashboardTableDefinitions = (now: Date): StatTable[] =>
  dashboardTables({
    now,
    months: 12,
    profession: null,
    departements: [],
    commune: () => undefined,
    offers: [],
    projects: [],
    contacts: [],
  });
