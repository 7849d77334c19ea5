// What the dashboard's tables are computed from, and that input narrowed once to the territory, the
// period and the profession chosen: every table family reads the same narrowed data.
import type { ProjectStatus } from '../../matching/types';
import { isPubliclyVisible } from '../../offers/offer-lifecycle';
import type { OfferStatus, OfferType } from '../../offers/offer-vocabulary';
import type { Profession } from '../../professions';
import type { ContactFact } from '../contact-fact';
import type { PersonRecord } from '../people';

export interface DashboardOffer {
  type: OfferType;
  status: OfferStatus;
  commune: string;
  publishedAt: Date | null;
  expiresAt: Date | null;
  /** Empty: open to every profession. */
  professions: readonly Profession[];
}

/** A project, counted as its owner (`person`, `recordKey`): people are counted once. */
export interface DashboardProject extends PersonRecord {
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

/** The input narrowed to the territory, the profession and (for contacts) the period. */
export interface DashboardData {
  input: DashboardInput;
  /** The territory's département of a commune, or undefined outside the territory. */
  departementOf(commune: string): string | undefined;
  /** The territory's offers open to the profession, in any state. */
  offers: DashboardOffer[];
  /** Of those, the ones professionals see today. */
  online: DashboardOffer[];
  /** Communes with at least one offer online. */
  activeCommunes: ReadonlySet<string>;
  projects: DashboardProject[];
  /** Conversations started with a territory commune during the period. */
  contacts: ContactFact[];
  /** Installations in the territory confirmed during the period. */
  installations: ContactFact[];
  /** Installations in the territory confirmed at any time (their check-ins come months later). */
  settled: ContactFact[];
}

/** The first day (UTC) of each month of the period, oldest first. */
export function periodMonths(now: Date, months: number): Date[] {
  return Array.from(
    { length: months },
    (_unused, index) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (months - 1 - index), 1)),
  );
}

export function narrowInput(input: DashboardInput): DashboardData {
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
  const settled = input.contacts.filter(
    (fact) =>
      forProfession(fact.profession) &&
      fact.installation !== null &&
      departementOf(fact.installation.communeCode) !== undefined,
  );
  return {
    input,
    departementOf,
    offers,
    online,
    activeCommunes: new Set(online.map((offer) => offer.commune)),
    projects: input.projects.filter((project) => forProfession(project.profession)),
    contacts: input.contacts.filter(
      (fact) =>
        forProfession(fact.profession) &&
        departementOf(fact.communeCode) !== undefined &&
        inPeriod(fact.startedAt),
    ),
    installations: settled.filter((fact) => fact.installation && inPeriod(fact.installation.confirmedAt)),
    settled,
  };
}
