// Offers in neighbouring communes, within a commuting distance. Asked only for the communes
// assessed in full (a few hundred at most, whatever the area's size): one `communesWithin` call per
// such commune, for the longest distance, shared by every offer type.
import type { OfferType } from '../offers/offer-vocabulary';
import type { NearbyOffers, OffersByType } from './assessment';
import type { CommuneAtDistance, MatchingCommune, MatchingGeography } from './types';

/** A millimetre: "within 5 km" must hold at exactly 5 km despite floating-point noise. */
const TOLERANCE_KM = 1e-6;

export type NearbySearch = (commune: MatchingCommune, type: OfferType) => readonly NearbyOffers[];

/**
 * The nearby search for one project. `commuteKm` gives each offer type's commuting distance;
 * types at 0 km (or absent) never look beyond the commune itself.
 */
export function nearbySearch(
  geography: MatchingGeography,
  offersOf: (communeCode: string) => OffersByType,
  commuteKm: ReadonlyMap<OfferType, number>,
): NearbySearch {
  const reach = new Map([...commuteKm].filter(([, km]) => km > 0));
  if (reach.size === 0) return () => [];
  const longest = Math.max(...reach.values()) + TOLERANCE_KM;
  // Each commune's neighbours that have eligible offers at all: the types then look at these only.
  const neighbourhoods = new Map<string, readonly CommuneAtDistance[]>();

  return (commune, type) => {
    const km = reach.get(type);
    if (km === undefined) return [];
    let neighbours = neighbourhoods.get(commune.code);
    if (!neighbours) {
      const around = geography.communesWithOffersWithin ?? geography.communesWithin;
      neighbours = around
        .call(geography, commune, longest)
        .filter(({ commune: other }) => other.code !== commune.code && offersOf(other.code).size > 0);
      neighbourhoods.set(commune.code, neighbours);
    }
    const found: NearbyOffers[] = [];
    for (const { commune: neighbour, distanceKm } of neighbours) {
      if (distanceKm > km + TOLERANCE_KM) continue;
      const offers = offersOf(neighbour.code).get(type);
      if (offers) found.push({ commune: neighbour, distanceKm, offers });
    }
    return found.sort((a, b) => a.distanceKm - b.distanceKm || compareCodes(a.commune.code, b.commune.code));
  };
}

export const compareCodes = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
