// The published offers as the public map and the open data API read them: the same search as the
// public /offres page (published, not expired, same filters), plus a commune filter.
import type { Gazetteer } from '../../domain/geo/gazetteer';
import type { MapPlace } from '../../domain/map/commune-offer-counts';
import { type OfferSearchResult, searchOffers } from '../../domain/offers/offer-search';
import type { Audience, OfferType } from '../../domain/offers/offer-vocabulary';
import type { Profession } from '../../domain/professions';
import type { OfferReadModel } from '../offers/offer-read-model';
import type { OfferView } from '../offers/offer-view';

export interface PublishedOfferFilters {
  types: readonly OfferType[];
  profession?: Profession;
  audience?: Audience;
  region?: string;
  departement?: string;
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

  const search = (
    filters: PublishedOfferFilters,
    page: number,
    pageSize: number,
    now: Date,
  ): OfferSearchResult<OfferView> =>
    searchOffers(
      filters.commune ? readModel.ofCommune(filters.commune.toUpperCase()) : readModel.all(),
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
    /** Every matching offer, most recently published first. */
    all: (filters: PublishedOfferFilters, now = clock()): OfferView[] =>
      search(filters, 1, Number.MAX_SAFE_INTEGER, now).offers,
  };
}

export type PublishedOffers = ReturnType<typeof createPublishedOffers>;
