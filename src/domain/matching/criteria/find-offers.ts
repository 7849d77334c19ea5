// The search every offer-based criterion shares: the commune's own fitting offers, else the
// nearest fitting ones within commuting distance; plus the commune's offers that do not fit.
import type { OfferType } from '../../offers/offer-vocabulary';
import { type Assessment, type CriterionContext, type Finding, type FoundOffer, metOf } from '../assessment';
import type { MatchingOffer } from '../types';

/** How many nearby offers are named when the commune has none of its own. */
export const MAX_NEARBY_OFFERS = 3;
/** How many unfitting offers of the commune are named to explain a miss. */
export const MAX_NEAR_MISSES = 2;

export type OfferOrder = (a: MatchingOffer, b: MatchingOffer) => number;

const byId: OfferOrder = (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export interface OfferSearch {
  /** Best first; the commune's own offers, or else nearby ones. */
  found: FoundOffer[];
  nearMisses: FoundOffer[];
}

export function findOffers(
  context: CriterionContext,
  type: OfferType,
  fits: (offer: MatchingOffer) => boolean,
  order: OfferOrder = byId,
): OfferSearch {
  const sort = (offers: MatchingOffer[]) => offers.sort((a, b) => order(a, b) || byId(a, b));
  const own = context.local.get(type) ?? [];
  const fitting: MatchingOffer[] = [];
  const unfitting: MatchingOffer[] = [];
  for (const offer of own) (fits(offer) ? fitting : unfitting).push(offer);
  const here = (offer: MatchingOffer): FoundOffer => ({
    offer,
    commune: context.commune,
    distanceKm: 0,
    nearby: false,
  });
  const nearMisses = sort(unfitting).slice(0, MAX_NEAR_MISSES).map(here);
  if (fitting.length > 0) return { found: sort(fitting).map(here), nearMisses };

  const found: FoundOffer[] = [];
  for (const neighbour of context.nearby(type)) {
    for (const offer of sort(neighbour.offers.filter(fits))) {
      found.push({ offer, commune: neighbour.commune, distanceKm: neighbour.distanceKm, nearby: true });
      if (found.length >= MAX_NEARBY_OFFERS) return { found, nearMisses };
    }
  }
  return { found, nearMisses };
}

/** 1 for an offer of the commune itself, the penalty for a nearby one, 0 for none. */
export const qualityOf = (best: FoundOffer | undefined, penalty: number): number =>
  best === undefined ? 0 : best.nearby ? penalty : 1;

type WishFinding = Extract<Finding, { criterion: 'housing' | 'spouseJob' | 'premises' }>;

/**
 * The assessment of a criterion met by one fitting offer (housing, spouse job, premises): not
 * relevant without a wish; otherwise the best fitting offer, own commune first, nearby at a penalty.
 */
export function assessWish(
  context: CriterionContext,
  criterion: WishFinding['criterion'],
  wish: WishFinding['wish'],
  type: OfferType,
  fits: (offer: MatchingOffer) => boolean,
  order?: OfferOrder,
): Assessment {
  if (wish === null) {
    const finding = { criterion, wish, found: [], nearMisses: [] } as WishFinding;
    return { relevant: false, quality: 0, met: 'non', offers: [], finding };
  }
  const { found, nearMisses } = findOffers(context, type, fits, order);
  const quality = qualityOf(found[0], context.penalty);
  const finding = { criterion, wish, found, nearMisses } as WishFinding;
  return { relevant: true, quality, met: metOf(quality, true), offers: found, finding };
}
