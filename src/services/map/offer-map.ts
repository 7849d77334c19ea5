// The public map's data: the communes with published offers matching the filters, counted by type,
// and the frame of the chosen area. Computed once per filter set and kept until an offer changes.
import type { Gazetteer } from '../../domain/geo/gazetteer';
import {
  type Bounds,
  type CommuneOfferCounts,
  boundsOf,
  countOffersByCommune,
  nextExpiry,
} from '../../domain/map/commune-offer-counts';
import { type PublishedOfferFilters, type PublishedOffers, filterKey } from './published-offers';
import { ReadModelCache } from './read-model-cache';

/** Filter sets kept (each a few hundred kB at France scale with 20,000 offers). */
const MAX_CACHED = 64;

export type MapFilters = Omit<PublishedOfferFilters, 'commune'>;

/** Immutable: callers may keep derived encodings of it (see the map routes). */
export interface OfferMapSnapshot {
  key: string;
  version: number;
  communes: readonly CommuneOfferCounts[];
  offerCount: number;
  /** The chosen département or région as a whole (not only its communes with offers); null for France. */
  bounds: Bounds | null;
}

export function createOfferMap(published: PublishedOffers, gazetteer: Gazetteer) {
  const cache = new ReadModelCache<OfferMapSnapshot>(published.version, published.clock, MAX_CACHED);
  const areaBounds = (filters: MapFilters): Bounds | null => {
    if (filters.departement) return boundsOf(gazetteer.communesInDepartement(filters.departement));
    if (filters.region) return boundsOf(gazetteer.communesInRegion(filters.region));
    return null;
  };
  return {
    snapshot(filters: MapFilters): OfferMapSnapshot {
      const key = filterKey(filters);
      return cache.get(key, (now) => {
        const offers = published.all(filters, now);
        return {
          value: Object.freeze({
            key,
            version: published.version(),
            communes: countOffersByCommune(offers, published.placeOf),
            offerCount: offers.length,
            bounds: areaBounds(filters),
          }),
          validUntil: nextExpiry(offers, now),
        };
      });
    },
  };
}

export type OfferMap = ReturnType<typeof createOfferMap>;
