// The partner dashboard's figures for a territory: offers from the offer read model, projects from
// the project read model (with their owners' profession and status), matches from the matching
// engine, contacts and installations from the contact facts. Aggregates only: every count of people
// is published perturbed (cell-key perturbation, src/domain/statistics/README.md).
import type { Gazetteer } from '../../domain/geo/gazetteer';
import type { Profession } from '../../domain/professions';
import type { ContactFact } from '../../domain/statistics/contact-fact';
import { type DashboardProject, dashboardTables } from '../../domain/statistics/dashboard-tables';
import { publishTable } from '../../domain/statistics/publish-table';
import type { PublishedTable } from '../../domain/statistics/stat-table';
import { targetedDepartements } from '../../domain/statistics/territory';
import { UserModel } from '../../models/user';
import { toProfessionalProfile } from '../accounts/account-user';
import type { MatchingService } from '../matching/matching-service';
import type { OfferReadModel } from '../offers/offer-read-model';
import type { ProfessionalProfileInput } from '../projects/professional-profiles';
import type { ProjectReadModel } from '../projects/project-service';
import type { ProjectView } from '../projects/project-view';
import type { RecordKeys } from './record-keys';

/** The territory seen: a région, a département, or all of France (both null). */
export interface DashboardScope {
  region: string | null;
  departement: string | null;
}

export interface DashboardFilters {
  months: number;
  profession: Profession | null;
  /** A département inside the scope, or null for the whole scope. */
  departement: string | null;
}

export interface DashboardDeps {
  gazetteer: Gazetteer;
  offers: OfferReadModel;
  projects: ProjectReadModel;
  matching: Pick<MatchingService, 'match' | 'toMatchingProject'>;
  /** Moves when what the engine ranks from changes (offers, communes' needs, zoning). */
  rankingInputsVersion?: () => number;
  recordKeys: RecordKeys;
  contactFacts: () => Promise<readonly ContactFact[]>;
  profiles?: () => Promise<Map<string, ProfessionalProfileInput>>;
}

/** Communes the results page shows a professional; a match is a territory commune among them. */
const SHOWN_RESULTS = 50;
/**
 * Rankings remembered between dashboard requests (one engine run per project otherwise): four times
 * the 5,000 projects of France scale, each a key and a few département codes (a few MB at most).
 */
const RANKINGS_KEPT = 20_000;

/** Profiles of every active professional, by account id (one scan of the accounts). */
async function activeProfessionalProfiles(): Promise<Map<string, ProfessionalProfileInput>> {
  const users = await UserModel.find({ role: 'professionnel', status: 'actif' }, { professional: 1 }).lean();
  const profiles = new Map<string, ProfessionalProfileInput>();
  for (const user of users) {
    const profile = toProfessionalProfile(user.professional);
    if (profile) profiles.set(String(user._id), profile);
  }
  return profiles;
}

export function createDashboardService(deps: DashboardDeps) {
  const { gazetteer } = deps;
  const loadProfiles = deps.profiles ?? activeProfessionalProfiles;
  const centres = new Map<string, { latitude: number; longitude: number }>();
  // The départements of each project's ranked communes, while neither the engine's inputs (offers,
  // communes' needs, zoning: their read models' versions), the project, its owner's profile nor the
  // day change.
  const inputsVersion = deps.rankingInputsVersion ?? (() => deps.offers.version);
  const rankings = new Map<string, ReadonlySet<string>>();
  const rankedDepartements = (
    project: ProjectView,
    profile: ProfessionalProfileInput,
    now: Date,
  ): ReadonlySet<string> => {
    const key = [
      project.id,
      project.revision,
      profile.profession,
      profile.status,
      inputsVersion(),
      now.toISOString().slice(0, 10),
    ].join('|');
    let departements = rankings.get(key);
    if (!departements) {
      const { ranked } = deps.matching.match(deps.matching.toMatchingProject(project, profile), {
        now,
        maxResults: SHOWN_RESULTS,
      });
      departements = new Set(ranked.map((match) => match.commune.departement));
      if (rankings.size >= RANKINGS_KEPT) rankings.clear();
      rankings.set(key, departements);
    }
    return departements;
  };

  /** The mean position of the département's communes (where its circle goes on the map). */
  const centreOf = (code: string) => {
    let centre = centres.get(code);
    if (!centre) {
      const communes = gazetteer.communesInDepartement(code);
      const mean = (pick: (commune: (typeof communes)[number]) => number) =>
        communes.reduce((sum, commune) => sum + pick(commune), 0) / Math.max(1, communes.length);
      centre = {
        latitude: mean((commune) => commune.latitude),
        longitude: mean((commune) => commune.longitude),
      };
      centres.set(code, centre);
    }
    return centre;
  };

  /** The scope's départements, by code. */
  const departementsOf = (scope: DashboardScope) =>
    scope.departement
      ? [gazetteer.departement(scope.departement)].flatMap((found) => (found ? [found] : []))
      : gazetteer.departements(scope.region ?? undefined);

  async function projectsOf(inScope: ReadonlySet<string>, now: Date): Promise<DashboardProject[]> {
    const profiles = await loadProfiles();
    const lookups = {
      departementOfCommune: (code: string) => gazetteer.commune(code)?.departement,
      departementsOfRegion: (code: string) =>
        gazetteer.departements(code).map((departement) => departement.code),
    };
    const projects: DashboardProject[] = [];
    for (const project of deps.projects.all()) {
      const profile = profiles.get(project.ownerId);
      const departements = profile ? targetedDepartements(project.area, inScope, lookups) : [];
      if (!profile || departements.length === 0) continue;
      const ranked = rankedDepartements(project, profile, now);
      projects.push({
        ...deps.recordKeys.of(project.ownerId),
        profession: profile.profession,
        status: profile.status,
        departements,
        matched: [...ranked].some((departement) => inScope.has(departement)),
      });
    }
    return projects;
  }

  return {
    departementsOf,
    centreOf,

    async tables(scope: DashboardScope, filters: DashboardFilters, now: Date): Promise<PublishedTable[]> {
      const departements = departementsOf(scope).filter(
        (departement) => filters.departement === null || departement.code === filters.departement,
      );
      const inScope = new Set(departements.map((departement) => departement.code));
      const tables = dashboardTables({
        now,
        months: filters.months,
        profession: filters.profession,
        departements,
        commune: (code) => gazetteer.commune(code),
        offers: [...deps.offers.all()],
        projects: await projectsOf(inScope, now),
        contacts: await deps.contactFacts(),
      });
      return tables.map(publishTable);
    },
  };
}

export type DashboardService = ReturnType<typeof createDashboardService>;
