// The open data API (/api/v1): published offers (JSON by pages, GeoJSON at once) and communes with
// their counts of offers. Read-only, open to every origin, rate-limited, answered from memory, and
// without any personal data (see src/domain/map/open-data-offer.ts). Described in
// src/web/openapi/openapi.json (a test keeps both in step).
import { anyone } from '../../access/access';
import { type RequestHandler, Router } from 'express';
import type { Gazetteer } from '../../../domain/geo/gazetteer';
import { countOffersByCommune, nextExpiry, noOffers } from '../../../domain/map/commune-offer-counts';
import { toGeoJsonFeature, toOpenDataOffer } from '../../../domain/map/open-data-offer';
import type { CommuneDirectory } from '../../../services/geography/commune-directory';
import { ReadModelCache } from '../../../services/map/read-model-cache';
import { type PublishedOffers, filterKey } from '../../../services/map/published-offers';
import type { OfferView } from '../../../services/offers/offer-view';
import { DEFAULT_PER_PAGE, mapFilterSchemas, toPublishedOfferFilters } from '../../forms/map-filters';
import { invalidRequestBody, parseInput } from '../../validation';
import { openDataCors } from './open-data-cors';
import { type EncodedJson, encodeJson, sendEncodedJson } from './open-data-json';

/** GeoJSON answers kept (one per filter set), each up to a few MB at France scale. */
const MAX_CACHED_GEOJSON = 16;

export interface OpenDataDependencies {
  published: PublishedOffers;
  gazetteer: Gazetteer;
  communes: CommuneDirectory;
  /** The site's origin, for absolute links. */
  siteUrl: string;
  rateLimit: RequestHandler;
}

export function openDataRoutes({ published, gazetteer, communes, siteUrl, rateLimit }: OpenDataDependencies) {
  const router = Router();
  const schemas = mapFilterSchemas(gazetteer);
  const geojsonCache = new ReadModelCache<EncodedJson>(
    published.version,
    published.clock,
    MAX_CACHED_GEOJSON,
  );
  const publicOffer = (offer: OfferView) => {
    const place = published.placeOf(offer.commune);
    // Searches only return offers of known communes.
    if (!place) throw new Error(`Offer ${offer.id} of an unknown commune`);
    return toOpenDataOffer(offer, place, siteUrl);
  };
  const apiUrl = (path: string, query: Record<string, string | string[]>) => {
    const url = new URL(`/api/v1${path}`, siteUrl);
    for (const [key, value] of Object.entries(query))
      for (const item of [value].flat()) url.searchParams.append(key, item);
    return url.href;
  };

  router.use(openDataCors());
  router.use(rateLimit);

  router.get('/offres', anyone, (req, res) => {
    const parsed = parseInput(schemas.api, req.query);
    if (!parsed.ok) {
      res.status(400).json(invalidRequestBody(parsed.errors));
      return;
    }
    const { page = 1, parPage = DEFAULT_PER_PAGE } = parsed.value;
    const result = published.page(toPublishedOfferFilters(parsed.value), page, parPage);
    const pages = Math.ceil(result.total / parPage);
    // The search shows its last page for a page past the end; an API answers what was asked: nothing.
    const data = result.page === page ? result.offers.map(publicOffer) : [];
    const query = req.query as Record<string, string | string[]>;
    const linkTo = (to: number) =>
      apiUrl('/offres', { ...query, page: String(to), parPage: String(parPage) });
    res.set('Cache-Control', 'public, no-cache').json({
      data,
      pagination: { page, parPage, total: result.total, pages },
      links: {
        self: linkTo(page),
        first: linkTo(1),
        last: linkTo(Math.max(1, pages)),
        prev: page > 1 ? linkTo(Math.min(page - 1, Math.max(1, pages))) : null,
        next: page < pages ? linkTo(page + 1) : null,
      },
    });
  });

  router.get('/offres.geojson', anyone, (req, res) => {
    const parsed = parseInput(schemas.geojson, req.query);
    if (!parsed.ok) {
      res.status(400).json(invalidRequestBody(parsed.errors));
      return;
    }
    const filters = toPublishedOfferFilters(parsed.value);
    const encoded = geojsonCache.get(filterKey(filters), (now) => {
      const offers = published.all(filters, now);
      return {
        value: encodeJson({
          type: 'FeatureCollection',
          features: offers.map((offer) => toGeoJsonFeature(publicOffer(offer))),
        }),
        validUntil: nextExpiry(offers, now),
      };
    });
    sendEncodedJson(req, res, encoded, 'application/geo+json; charset=utf-8');
  });

  router.get('/communes/:code', anyone, (req, res) => {
    const commune = communes.details(String(req.params.code));
    if (!commune) {
      res.status(404).json({
        error: { status: 404, message: 'Commune inconnue : aucune commune ne porte ce code INSEE.' },
      });
      return;
    }
    const offers = published.all({ types: [], commune: commune.code });
    const counts = countOffersByCommune(offers, published.placeOf)[0]?.counts ?? noOffers();
    res.set('Cache-Control', 'public, no-cache').json({
      data: {
        code: commune.code,
        nom: commune.nom,
        departement: commune.departement,
        region: commune.region,
        epci: commune.epci,
        population: commune.population,
        codesPostaux: commune.codesPostaux,
        latitude: commune.latitude,
        longitude: commune.longitude,
        precisionPosition: commune.positionPrecision,
        offres: { total: offers.length, parType: counts },
      },
      links: {
        self: apiUrl(`/communes/${commune.code}`, {}),
        offres: apiUrl('/offres', { commune: commune.code }),
        page: new URL(`/communes/${commune.code}`, siteUrl).href,
      },
    });
  });

  return router;
}
