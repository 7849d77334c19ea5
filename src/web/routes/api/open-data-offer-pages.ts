// The open data API's offers as encoded answers, each made once per version of the offers and kept
// (see ReadModelCache): a page of JSON, a page of GeoJSON (within a bounding box), the whole
// GeoJSON file. Without any personal data (see src/domain/map/open-data-offer.ts).
import { compareCodes } from '../../../domain/code-order';
import { nextExpiry } from '../../../domain/map/commune-offer-counts';
import { toGeoJsonFeature, toOpenDataOffer } from '../../../domain/map/open-data-offer';
import {
  type PublishedOfferFilters,
  type PublishedOffers,
  filterKey,
} from '../../../services/map/published-offers';
import { ReadModelCache } from '../../../services/map/read-model-cache';
import type { OfferView } from '../../../services/offers/offer-view';
import type { BoundingBox } from '../../forms/map-filters';
import { type EncodedJson, encodeJson } from '../../encoded-json';
import { type ApiUrl, isInBox, pageLinksOf } from './open-data-paging';

/**
 * Pages kept, encoded and compressed (JSON pages ≤ 100 offers, about 70 kB; GeoJSON pages ≤ 2,000
 * features, about 1.5 MB with their gzip form): the first pages of common filters stay warm; 16 MB
 * in all (bodies and gzip forms) keeps the service's memory bounded whatever pages are asked for.
 */
const MAX_CACHED_PAGES = 64;
const MAX_CACHED_PAGE_BYTES = 16 * 1024 * 1024;
const bytesOf = (encoded: EncodedJson) => encoded.body.length + encoded.gzip.length;

type Filters = PublishedOfferFilters;

export interface OfferPageRequest {
  filters: Filters;
  page: number;
  parPage: number;
  /** The request's query, kept in the page links. */
  query: Record<string, string | string[]>;
}

export function openDataOfferPages(published: PublishedOffers, siteUrl: string, apiUrl: ApiUrl) {
  const pages = new ReadModelCache<EncodedJson>(published.version, published.clock, MAX_CACHED_PAGES, {
    maxBytes: MAX_CACHED_PAGE_BYTES,
    bytesOf,
  });
  // The whole file: one entry, made again when the offers change (as data.gouv.fr resources are).
  // One whole file: the current version's (older ones are never asked for again).
  const completeFile = new ReadModelCache<EncodedJson>(published.version, published.clock, 1);
  const pageLinks = pageLinksOf(apiUrl);
  const publicOffer = (offer: OfferView) => {
    const place = published.placeOf(offer.commune);
    // Searches only return offers of known communes.
    if (!place) throw new Error(`Offer ${offer.id} of an unknown commune`);
    return toOpenDataOffer(offer, place, siteUrl);
  };
  const feature = (offer: OfferView) => toGeoJsonFeature(publicOffer(offer));
  const pagination = (page: number, parPage: number, total: number) => ({
    page,
    parPage,
    total,
    pages: Math.ceil(total / parPage),
  });

  return {
    json({ filters, page, parPage, query }: OfferPageRequest): EncodedJson {
      return pages.get(`json|${filterKey(filters)}|${page}|${parPage}`, (now) => {
        // Every match once, most recent first: the page is a slice of it (empty past the end, as an
        // API answers what was asked) and its next expiry says how long the page stays true.
        const matching = published.all(filters, now);
        return {
          value: encodeJson({
            data: matching.slice((page - 1) * parPage, page * parPage).map(publicOffer),
            pagination: pagination(page, parPage, matching.length),
            links: pageLinks('/offres', query, page, parPage, matching.length),
          }),
          validUntil: nextExpiry(matching, now),
        };
      });
    },

    geojson({ filters, page, parPage, query, bbox }: OfferPageRequest & { bbox?: BoundingBox }): EncodedJson {
      const box = bbox ? Object.values(bbox).join(',') : '';
      return pages.get(`geojson|${filterKey(filters)}|${box}|${page}|${parPage}`, (now) => {
        const offers = published
          .all(filters, now)
          .filter((offer) => !bbox || isInBox(published.placeOf(offer.commune), bbox));
        // Pages in a stable order, so that reading them one after the other gives every offer once.
        offers.sort((a, b) => compareCodes(a.id, b.id));
        return {
          value: encodeJson({
            type: 'FeatureCollection',
            features: offers.slice((page - 1) * parPage, page * parPage).map(feature),
            pagination: pagination(page, parPage, offers.length),
            links: pageLinks('/offres.geojson', query, page, parPage, offers.length),
          }),
          validUntil: nextExpiry(offers, now),
        };
      });
    },

    complete(): EncodedJson {
      return completeFile.get('complete', (now) => {
        const offers = published.all({ types: [] }, now).sort((a, b) => compareCodes(a.id, b.id));
        return {
          value: encodeJson({ type: 'FeatureCollection', features: offers.map(feature) }),
          validUntil: nextExpiry(offers, now),
        };
      });
    },
  };
}
