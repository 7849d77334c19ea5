// Runs the matching engine on the application's read models: the gazetteer, the offers, the
// communes' stated needs and the ARS zoning. Everything is in memory: a search makes no database query.
import type { Gazetteer } from '../../domain/geo/gazetteer';
import type { Commune } from '../../domain/geo/types';
import type { Profession } from '../../domain/professions';
import type { ZoningIndex } from '../../domain/zoning/zoning-index';
import { matchProject } from '../../domain/matching/match-project';
import type {
  MatchingCommune,
  MatchingGeography,
  MatchingOptions,
  MatchingProject,
} from '../../domain/matching/types';
import type { AccountUser } from '../accounts/account-user';
import type { CommuneNeeds } from '../offers/commune-profiles';
import type { OfferReadModel } from '../offers/offer-read-model';
import type { ProjectView } from '../projects/project-view';

export function createMatchingService(
  gazetteer: Gazetteer,
  offers: OfferReadModel,
  needs: CommuneNeeds,
  zoning?: Pick<ZoningIndex, 'zoneOf'>,
) {
  // One object per commune, made once: a search over France touches 35,000 of them. The stated
  // need and the zoning are read live, so that a new profile or an imported zoning counts at once.
  const matchingCommunes = new Map<string, MatchingCommune>();
  const toMatching = (commune: Commune): MatchingCommune => {
    let matching = matchingCommunes.get(commune.code);
    if (!matching) {
      matching = {
        code: commune.code,
        nom: commune.nom,
        departement: commune.departement,
        region: commune.region,
        population: commune.population,
        latitude: commune.latitude,
        longitude: commune.longitude,
        get healthNeed() {
          return needs.of(commune.code);
        },
        ...(zoning && {
          zoneOf: (profession: Profession, at: Date) => zoning.zoneOf(commune.code, profession, at),
        }),
      };
      matchingCommunes.set(commune.code, matching);
    }
    return matching;
  };

  const geography: MatchingGeography = {
    commune: (code) => {
      const commune = gazetteer.commune(code);
      return commune && toMatching(commune);
    },
    communesInDepartement: (code) => gazetteer.communesInDepartement(code).map(toMatching),
    communesInRegion: (code) => gazetteer.communesInRegion(code).map(toMatching),
    communesWithin: (centre, radiusKm) =>
      gazetteer
        .communesWithin(centre, radiusKm, { sorted: false })
        .map(({ commune, distanceKm }) => ({ commune: toMatching(commune), distanceKm })),
    offersOf: (code) => offers.ofCommune(code),
  };

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
      return matchProject(project, geography, options);
    },
  };
}

export type MatchingService = ReturnType<typeof createMatchingService>;
