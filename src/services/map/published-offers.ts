// The published offers as the public search, the map and the open data API read them: published
// and not expired, the same filters, plus a commune filter and words — answered from an index
// (src/domain/offers/offer-index.ts) kept in step with the offer read model.
import type { Gazetteer } from '../../domain/geo/gazetteer';
import type { MapPlace } from '../../domain/map/commune-offer-counts';
import type { OfferFilters } from '../../domain/offers/offer-filters';
import { OfferIndex } from '../../domain/offers/offer-index';
import type { OfferSearchQuery, OfferSearchResult } from '../../domain/offers/offer-search';
import type { OfferReadModel } from '../offers/offer-read-model';
import type { OfferView } from '../offers/offer-view';

export interface PublishedOfferFilters extends OfferFilters {
  commune?: string;
}

/** A stable text for equal filters (types in a fixed order), to key caches. */
export function filterKey(filters: PublishedOfferFilters): string {
  return JSON.stringify([
    [...new Set(filters.types)].sort(),
    filters.profession ?? '',
    filters.audience ?? '',
    filters.region ?? '',
    filters.departement?.toUpperCase() ?? '',
    filters.commune?.toUpperCase() ?? '',
  ]);
}

export function createPublishedOffers(
  readModel: OfferReadModel,
  gazetteer: Gazetteer,
  clock: () => Date = () => new Date(),
) {
  const placeOf = (code: string): MapPlace | undefined => {
    const commune = gazetteer.commune(code);
    return (
      commune && {
        code: commune.code,
        nom: commune.nom,
        departement: commune.departement,
        region: commune.region,
        latitude: commune.latitude,
        longitude: commune.longitude,
      }
    );
  };
  // The search index follows the read model (this instance's writes and the others', see onChange).
  const index = new OfferIndex<OfferView>(placeOf);
  index.putAll(readModel.all());
  readModel.onChange((id, offer) => (offer ? index.put(offer) : index.remove(id)));

  /** Place codes as the index keeps them (upper case: 2A, 2B). */
  const normalised = <F extends { departement?: string; commune?: string }>(filters: F): F => ({
    ...filters,
    departement: filters.departement?.toUpperCase(),
    commune: filters.commune?.toUpperCase(),
  });

  return {
    clock,
    placeOf,
    /** Moves whenever an offer changes: cached results compare it. */
    version: (): number => readModel.version,
    /** The public search (/offres): filters, words, sort and page, from the index. */
    search: (query: OfferSearchQuery, now = clock()): OfferSearchResult<OfferView> =>
      index.search(normalised(query), now),
    /** Every matching offer, most recently published first. */
    all: (filters: PublishedOfferFilters, now = clock()): OfferView[] =>
      index.matching(normalised(filters), now),
  };
}

export type PublishedOffers = ReturnType<typeof createPublishedOffers>;
