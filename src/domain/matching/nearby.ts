// Offers in neighbouring communes, within a commuting distance. Asked only for the communes
// assessed in full (a few hundred at most, whatever the area's size): one `communesWithin` call per
// such commune, for the longest distance, shared by every offer type.
import { compareCodes } from '../code-order';
import type { OfferType } from '../offers/offer-vocabulary';
import type { NearbyOffers } from './assessment';
import type { EligibleOffers, WithOffers } from './eligibility';
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
  eligible: EligibleOffers,
  commuteKm: ReadonlyMap<OfferType, number>,
): NearbySearch {
  const reach = new Map([...commuteKm].filter(([, km]) => km > 0));
  if (reach.size === 0) return () => [];
  const longest = Math.max(...reach.values()) + TOLERANCE_KM;
  const communeOf = (near: CommuneAtDistance) => near.commune;
  // Each commune's neighbours that have eligible offers at all, for every type of this search.
  const neighbourhoods = new Map<string, readonly WithOffers<CommuneAtDistance>[]>();

  return (commune, type) => {
    const km = reach.get(type);
    if (km === undefined) return [];
    let neighbours = neighbourhoods.get(commune.code);
    if (!neighbours) {
      neighbours = eligible.in(geography.communesWithin(commune, longest), communeOf);
      neighbourhoods.set(commune.code, neighbours);
    }
    const found: NearbyOffers[] = [];
    for (const { entry, offers: eligibleOffers } of neighbours) {
      const { commune: neighbour, distanceKm } = entry;
      if (neighbour.code === commune.code || distanceKm > km + TOLERANCE_KM) continue;
      const offers = eligibleOffers.get(type);
      if (offers) found.push({ commune: neighbour, distanceKm, offers });
    }
    return found.sort((a, b) => a.distanceKm - b.distanceKm || compareCodes(a.commune.code, b.commune.code));
  };
}
