// The published offers as the public map and the open data API read them: published and not
// expired (the predicate of the public /offres page), the same filters, plus a commune filter.
import type { Gazetteer } from '../../domain/geo/gazetteer';
import type { MapPlace } from '../../domain/map/commune-offer-counts';
import { type OfferFilters, matchesOfferFilters } from '../../domain/offers/offer-filters';
import { isPubliclyVisible } from '../../domain/offers/offer-lifecycle';
import { type OfferSearchResult, searchOffers } from '../../domain/offers/offer-search';
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

  const candidates = (filters: PublishedOfferFilters) =>
    filters.commune ? readModel.ofCommune(filters.commune.toUpperCase()) : readModel.all();

  const search = (
    filters: PublishedOfferFilters,
    page: number,
    pageSize: number,
    now: Date,
  ): OfferSearchResult<OfferView> =>
    searchOffers(
      candidates(filters),
      placeOf,
      {
        types: filters.types,
        profession: filters.profession,
        audience: filters.audience,
        region: filters.region,
        departement: filters.departement?.toUpperCase(),
        sort: 'recentes',
        page,
        pageSize,
      },
      now,
    );

  return {
    clock,
    placeOf,
    /** Moves whenever an offer changes: cached results compare it. */
    version: (): number => readModel.version,
    /** One page, most recently published first. */
    page: (filters: PublishedOfferFilters, page: number, pageSize: number, now = clock()) =>
      search(filters, page, pageSize, now),
    /** Every matching offer, in no particular order (sorting 20,000 offers would cost more than finding them). */
    all(filters: PublishedOfferFilters, now = clock()): OfferView[] {
      const found: OfferView[] = [];
      const normalised = { ...filters, departement: filters.departement?.toUpperCase() };
      for (const offer of candidates(filters)) {
        if (!isPubliclyVisible(offer, now)) continue;
        const place = placeOf(offer.commune);
        if (place && matchesOfferFilters(offer, place, normalised)) found.push(offer);
      }
      return found;
    },
  };
}

export type PublishedOffers = ReturnType<typeof createPublishedOffers>;
