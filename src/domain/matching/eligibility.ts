// The offers a project may use: publicly visible now, open to its profession and to its status's
// audience. Only these are ever considered, in the commune itself or nearby. Each commune's offers
// are filtered once per search, or once for many searches when the caller keeps the cache.
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

export type EligibleOffersLookup = (communeCode: string) => OffersByType;

/** A commune's eligible offers at `now`, and the times between which the same ones are eligible. */
interface Eligible {
  offers: OffersByType;
  /** The latest expiry at or before `now`: before it, an expired offer would be back. */
  from: number;
  /** The earliest expiry after `now`: from then on, an offer listed here is not eligible. */
  until: number;
}

function eligibleAt(
  offers: readonly MatchingOffer[],
  profession: Profession,
  audience: Audience,
  now: Date,
): Eligible {
  let byType: Map<OfferType, MatchingOffer[]> | undefined;
  let from = -Infinity;
  let until = Infinity;
  for (const offer of offers) {
    const expiry = offer.expiresAt?.getTime();
    if (expiry !== undefined && offer.status === 'publiee') {
      if (expiry > now.getTime()) until = Math.min(until, expiry);
      else from = Math.max(from, expiry);
    }
    if (!isEligible(offer, profession, audience, now)) continue;
    byType ??= new Map();
    const list = byType.get(offer.type);
    if (list) list.push(offer);
    else byType.set(offer.type, [offer]);
  }
  return { offers: byType ?? NONE, from, until };
}

/**
 * Eligible offers remembered across searches, per profession and audience: the first search of a
 * kind of project filters each commune's offers, the next ones reuse them while no offer of the
 * commune expires between the two `now`s. The owner must `clear` it whenever an offer changes.
 * Passed to the engine in MatchingOptions; without one, each search makes its own.
 */
export class EligibleOffersCache {
  private readonly byKind = new Map<string, Map<string, Eligible>>();

  constructor(private readonly geography: Pick<MatchingGeography, 'offersOf'>) {}

  lookup(profession: Profession, audience: Audience, now: Date): EligibleOffersLookup {
    const kind = `${profession}|${audience}`;
    let communes = this.byKind.get(kind);
    if (!communes) this.byKind.set(kind, (communes = new Map()));
    const known = communes;
    const time = now.getTime();
    return (communeCode) => {
      const cached = known.get(communeCode);
      if (cached && cached.from <= time && time < cached.until) return cached.offers;
      // Communes without any offer are remembered too: nearby searches ask for them again and again.
      const eligible = eligibleAt(this.geography.offersOf(communeCode), profession, audience, now);
      known.set(communeCode, eligible);
      return eligible.offers;
    };
  }

  clear(): void {
    this.byKind.clear();
  }
}
