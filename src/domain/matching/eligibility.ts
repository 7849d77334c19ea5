// The offers a project may use: publicly visible now, open to its profession and to its status's
// audience. Only these are ever considered, in the commune itself or nearby. Each commune's offers
// are filtered once per call.
import { isPubliclyVisible } from '../offers/offer-lifecycle';
import type { Audience, OfferType } from '../offers/offer-vocabulary';
import type { Profession } from '../professions';
import type { OffersByType } from './assessment';
import type { MatchingGeography, MatchingOffer } from './types';

const NONE: OffersByType = new Map();

export function isEligible(
  offer: MatchingOffer,
  profession: Profession,
  audience: Audience,
  now: Date,
): boolean {
  return (
    isPubliclyVisible(offer, now) &&
    (offer.professions.length === 0 || offer.professions.includes(profession)) &&
    offer.audiences.includes(audience)
  );
}

/** A memoised lookup: a commune's eligible offers by type (an empty map when it has none). */
export function eligibleOffersLookup(
  geography: MatchingGeography,
  profession: Profession,
  audience: Audience,
  now: Date,
): (communeCode: string) => OffersByType {
  const cache = new Map<string, OffersByType>();
  return (communeCode) => {
    const cached = cache.get(communeCode);
    if (cached) return cached;
    const offers = geography.offersOf(communeCode);
    // Most communes have no offer at all: nothing to filter, nothing worth remembering.
    if (offers.length === 0) return NONE;
    let byType: Map<OfferType, MatchingOffer[]> | undefined;
    for (const offer of offers) {
      if (!isEligible(offer, profession, audience, now)) continue;
      byType ??= new Map();
      const list = byType.get(offer.type);
      if (list) list.push(offer);
      else byType.set(offer.type, [offer]);
    }
    const result = byType ?? NONE;
    cache.set(communeCode, result);
    return result;
  };
}
