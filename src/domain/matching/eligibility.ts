// The offers a project may use: publicly visible now, open to its profession and to its status's
// audience. Only these are ever considered, in the commune itself or nearby. Each commune's offers
// are filtered once per search, or once for many searches when the caller keeps the cache.
import { isPubliclyVisible } from '../offers/offer-lifecycle';
import type { Audience, OfferType } from '../offers/offer-vocabulary';
import type { Profession } from '../professions';
import type { OffersByType } from './assessment';
import type { MatchingCommune, MatchingGeography, MatchingOffer } from './types';

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

/** An entry of a list (a commune, a commune at a distance) whose commune has eligible offers. */
export interface WithOffers<E> {
  entry: E;
  offers: OffersByType;
}

/** The eligible offers of one kind of project (profession and audience) at one `now`. */
export interface EligibleOffers {
  /** The commune's eligible offers, by type (empty: none). */
  of(communeCode: string): OffersByType;
  /**
   * The entries of the list whose commune has eligible offers, in the list's order. A list is
   * remembered by the array itself: a geography gives the same array for the same département,
   * région or radius search (see MatchingGeography), read with the same `communeOf`.
   */
  in<E>(list: readonly E[], communeOf: (entry: E) => MatchingCommune): readonly WithOffers<E>[];
}

/** The times between which the same offers are eligible. */
interface Validity {
  /** The latest expiry at or before `now`: before it, an expired offer would be back. */
  from: number;
  /** The earliest expiry after `now`: from then on, an offer listed here is not eligible. */
  until: number;
}

interface Eligible extends Validity {
  offers: OffersByType;
}

interface EligibleList<E> extends Validity {
  entries: WithOffers<E>[];
}

interface Kind {
  communes: Map<string, Eligible>;
  /** By the list itself: a région's 3,700 communes come down to those with offers once. */
  lists: WeakMap<readonly unknown[], EligibleList<unknown>>;
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
 * kind of project filters each commune's offers (and each list's entries), the next ones reuse
 * them while no offer of the commune (of the list) expires between the two `now`s. The owner must
 * `clear` it whenever an offer changes. Passed to the engine in MatchingOptions; without one, each
 * search makes its own.
 */
export class EligibleOffersCache {
  // Bounded by the vocabularies (professions × audiences) and the communes with offers; cleared at every offer change.
  private readonly byKind = new Map<string, Kind>();

  constructor(private readonly geography: Pick<MatchingGeography, 'offersOf'>) {}

  lookup(profession: Profession, audience: Audience, now: Date): EligibleOffers {
    const key = `${profession}|${audience}`;
    let kind = this.byKind.get(key);
    if (!kind) this.byKind.set(key, (kind = { communes: new Map(), lists: new WeakMap() }));
    const { communes, lists } = kind;
    const time = now.getTime();
    const isValid = (known: Validity) => known.from <= time && time < known.until;

    const eligibleIn = (communeCode: string): Eligible => {
      const known = communes.get(communeCode);
      if (known && isValid(known)) return known;
      // Communes without any offer are remembered too: nearby searches ask for them again and again.
      const eligible = eligibleAt(this.geography.offersOf(communeCode), profession, audience, now);
      communes.set(communeCode, eligible);
      return eligible;
    };

    return {
      of: (communeCode) => eligibleIn(communeCode).offers,
      in: <E>(entries: readonly E[], communeOf: (entry: E) => MatchingCommune) => {
        const known = lists.get(entries) as EligibleList<E> | undefined;
        if (known && isValid(known)) return known.entries;
        const list: EligibleList<E> = { entries: [], from: -Infinity, until: Infinity };
        for (const entry of entries) {
          const eligible = eligibleIn(communeOf(entry).code);
          list.from = Math.max(list.from, eligible.from);
          list.until = Math.min(list.until, eligible.until);
          if (eligible.offers.size > 0) list.entries.push({ entry, offers: eligible.offers });
        }
        lists.set(entries, list);
        return list.entries;
      },
    };
  }

  clear(): void {
    this.byKind.clear();
  }
}
