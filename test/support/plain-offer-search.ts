// The plain way to search offers: read every one, normalise its words, filter, sort, page. The
// index (src/domain/offers/offer-index.ts) must answer exactly the same; tests compare them.
import { toSearchKey } from '../../src/domain/geo/search-text';
import type { OfferFilters } from '../../src/domain/offers/offer-filters';
import { isPubliclyVisible } from '../../src/domain/offers/offer-lifecycle';
import type { Audience, OfferType } from '../../src/domain/offers/offer-vocabulary';
import type { Profession } from '../../src/domain/professions';
import {
  OFFER_COMPARATORS,
  type OfferPlace,
  type OfferSearchQuery,
  type OfferSearchResult,
  type SearchableOffer,
} from '../../src/domain/offers/offer-search';

function matchesOfferFilters(
  offer: { type: OfferType; audiences: readonly Audience[]; professions: readonly Profession[] },
  place: { departement: string; region: string },
  filters: OfferFilters,
): boolean {
  return (
    (filters.types.length === 0 || filters.types.includes(offer.type)) &&
    (!filters.departement || place.departement === filters.departement) &&
    (!filters.region || place.region === filters.region) &&
    // An offer naming no profession is open to every one.
    (!filters.profession ||
      offer.professions.length === 0 ||
      offer.professions.includes(filters.profession)) &&
    (!filters.audience || offer.audiences.includes(filters.audience))
  );
}

export function plainSearchOffers<T extends SearchableOffer>(
  offers: Iterable<T>,
  placeOf: (communeCode: string) => OfferPlace | undefined,
  query: OfferSearchQuery,
  now: Date,
): OfferSearchResult<T> {
  const words = query.text ? toSearchKey(query.text).split(' ').filter(Boolean) : [];
  const filters = { ...query, types: query.types ?? [] };
  const matching: { offer: T; place: OfferPlace }[] = [];
  for (const offer of offers) {
    if (!isPubliclyVisible(offer, now)) continue;
    const place = placeOf(offer.commune);
    if (!place) continue;
    if (!matchesOfferFilters(offer, place, filters)) continue;
    if (query.availableBefore && offer.availableFrom.getTime() > query.availableBefore.getTime()) continue;
    if (words.length) {
      const haystack = ` ${toSearchKey(`${offer.title} ${place.nom}`)}`;
      if (!words.every((word) => haystack.includes(` ${word}`))) continue;
    }
    matching.push({ offer, place });
  }
  matching.sort(OFFER_COMPARATORS[query.sort]);
  return pageOf(matching, query);
}

/** The requested page of sorted entries (the last one when asked beyond it). */
function pageOf<T>(
  matching: readonly { offer: T }[],
  query: { page: number; pageSize: number },
): OfferSearchResult<T> {
  const pageCount = Math.max(1, Math.ceil(matching.length / query.pageSize));
  const page = Math.min(Math.max(1, query.page), pageCount);
  return {
    offers: matching.slice((page - 1) * query.pageSize, page * query.pageSize).map((entry) => entry.offer),
    total: matching.length,
    page,
    pageCount,
  };
}
