// Runs the matching engine on the application's read models: the gazetteer, the offers, the
// communes' stated needs, the ARS zoning and the partners' aid schemes. Everything is in memory: a
// search makes no database query.
import { setNewest } from '../../domain/recent-entries';
import type { Gazetteer } from '../../domain/geo/gazetteer';
import type { Commune, LatLon } from '../../domain/geo/types';
import type { ZoningIndex } from '../../domain/zoning/zoning-index';
import { EligibleOffersCache } from '../../domain/matching/eligibility';
import { assessCommune, matchProject } from '../../domain/matching/match-project';
import type {
  CommuneAtDistance,
  MatchingCommune,
  MatchingGeography,
  MatchingOptions,
  MatchingProject,
} from '../../domain/matching/types';
import type { AccountUser } from '../accounts/account-user';
import type { CommuneNeeds } from '../offers/commune-profiles';
import type { OfferReadModel } from '../offers/offer-read-model';
import type { SchemeReadModel } from '../schemes/scheme-read-model';
import type { ProjectView } from '../projects/project-view';
import { MatchResults } from './match-results';

/** Radius searches remembered (a few hundred neighbours each: about 10 MB at most). */
const NEIGHBOURHOODS_KEPT = 1_000;

/**
 * A commune as the engine sees it. The stated need and the zoning are read live, so that a new
 * profile or an imported zoning counts at once. A class, so that every commune has the same fast
 * shape (the engine reads these fields millions of times a minute).
 */
class CommuneOfReadModels implements MatchingCommune {
  readonly code: string;
  readonly nom: string;
  readonly departement: string;
  readonly region: string;
  readonly population: number;
  readonly latitude: number;
  readonly longitude: number;
  readonly zoneOf?: MatchingCommune['zoneOf'];
  // Not an own enumerable field: the commune may be serialised or compared as plain data.
  readonly #needs: CommuneNeeds;

  constructor(commune: Commune, needs: CommuneNeeds, zoning: Pick<ZoningIndex, 'zoneOf'> | undefined) {
    this.#needs = needs;
    this.code = commune.code;
    this.nom = commune.nom;
    this.departement = commune.departement;
    this.region = commune.region;
    this.population = commune.population;
    this.latitude = commune.latitude;
    this.longitude = commune.longitude;
    if (zoning) this.zoneOf = (profession, at) => zoning.zoneOf(commune.code, profession, at);
  }

  get healthNeed(): string {
    return this.#needs.of(this.code);
  }
}

export function createMatchingService(
  gazetteer: Gazetteer,
  offers: OfferReadModel,
  needs: CommuneNeeds,
  zoning?: Pick<ZoningIndex, 'zoneOf' | 'version'>,
  schemes?: Pick<SchemeReadModel, 'inIdOrder' | 'version'>,
) {
  // One object per commune, made once: a search over France touches 35,000 of them.
  const matchingCommunes = new Map<string, MatchingCommune>();
  const toMatching = (commune: Commune): MatchingCommune => {
    let matching = matchingCommunes.get(commune.code);
    if (!matching) {
      matching = new CommuneOfReadModels(commune, needs, zoning);
      matchingCommunes.set(commune.code, matching);
    }
    return matching;
  };

  // Commune positions never change: radius searches are remembered, the oldest forgotten first
  // (the same neighbourhoods come back from search to search: the communes assessed in full).
  const neighbourhoods = new Map<string, readonly CommuneAtDistance[]>();
  const neighbourhoodOf = (centre: LatLon, radiusKm: number): readonly CommuneAtDistance[] => {
    const key = `${centre.latitude},${centre.longitude},${radiusKm}`;
    let found = neighbourhoods.get(key);
    if (!found) {
      found = gazetteer
        .communesWithin(centre, radiusKm, { sorted: false })
        .map(({ commune, distanceKm }) => ({ commune: toMatching(commune), distanceKm }));
      setNewest(neighbourhoods, key, found, NEIGHBOURHOODS_KEPT);
    }
    return found;
  };

  // The communes of a département or a région never change: each list is made once (unknown
  // codes are not remembered).
  const lists = new Map<string, readonly MatchingCommune[]>();
  const listOf = (key: string, communes: () => readonly Commune[]) => {
    const known = lists.get(key);
    if (known) return known;
    const list = communes().map(toMatching);
    if (list.length > 0) lists.set(key, list);
    return list;
  };

  const geography: MatchingGeography = {
    commune: (code) => {
      const commune = gazetteer.commune(code);
      return commune && toMatching(commune);
    },
    communesInDepartement: (code) =>
      listOf(`departement:${code}`, () => gazetteer.communesInDepartement(code)),
    communesInRegion: (code) => listOf(`region:${code}`, () => gazetteer.communesInRegion(code)),
    communesWithin: neighbourhoodOf,
    offersOf: (code) => offers.ofCommune(code),
    // Read at each search: a scheme published a moment ago counts at once.
    schemes: () => schemes?.inIdOrder() ?? [],
  };

  // Each commune's eligible offers, remembered from search to search until an offer changes.
  const eligibleOffers = new EligibleOffersCache(geography);
  let eligibleOffersVersion = offers.version;
  const withEligibleOffers = (options: MatchingOptions): MatchingOptions => {
    if (offers.version !== eligibleOffersVersion) {
      eligibleOffers.clear();
      eligibleOffersVersion = offers.version;
    }
    return { ...options, eligibleOffers };
  };
  const results = new MatchResults({ offers, needs, zoning, schemes });

  return {
    geography,

    /** The project as the engine takes it: the owner's profession and status complete it. */
    toMatchingProject(
      project: ProjectView,
      professional: NonNullable<AccountUser['professional']>,
    ): MatchingProject {
      return { ...project, profession: professional.profession, status: professional.status };
    },

    match(project: MatchingProject, options: MatchingOptions) {
      return matchProject(project, geography, withEligibleOffers(options));
    },

    /**
     * As `match`, for the results page, which people reload, page through and filter: kept while
     * it holds (see MatchResults), and shared from request to request — never change it.
     */
    matchForPage(project: MatchingProject, options: MatchingOptions) {
      return results.get(project, options, () =>
        matchProject(project, geography, withEligibleOffers(options)),
      );
    },

    /** One commune as `match` would list it (ranked or "presque"), or null. */
    assess(project: MatchingProject, communeCode: string, options: MatchingOptions) {
      return assessCommune(project, geography, withEligibleOffers(options), communeCode);
    },
  };
}

export type MatchingService = ReturnType<typeof createMatchingService>;
