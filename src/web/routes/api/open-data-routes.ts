// The open data API (/api/v1): published offers (JSON and GeoJSON by pages, the whole GeoJSON file
// to download), communes with their counts of offers, and the partners' aid schemes (all, or those
// that apply in a commune). Read-only, open to every origin, rate-limited, answered from memory, and
// without any personal data (see src/domain/map/open-data-offer.ts). Each page of offers is encoded
// and compressed once per version of the offers, and revalidated with its ETag. Described in
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
import {
  type BoundingBox,
  DEFAULT_GEOJSON_PER_PAGE,
  DEFAULT_PER_PAGE,
  mapFilterSchemas,
  toPublishedOfferFilters,
} from '../../forms/map-filters';
import { invalidRequestBody, parseInput } from '../../validation';
import { z } from 'zod';
import { PROFESSIONS } from '../../../domain/professions';
import type { SchemeInCommune } from '../../../domain/schemes/commune-schemes';
import { openDataSchemes } from '../../../domain/schemes/open-data-scheme';
import type { Scheme } from '../../../domain/schemes/scheme';
import { isSchemePubliclyVisible } from '../../../domain/schemes/scheme-lifecycle';
import { openDataCors } from './open-data-cors';
import { isInBox, pageLinksOf } from './open-data-paging';
import { type EncodedJson, encodeJson, sendEncodedJson } from './open-data-json';
import type { RouteContext } from '../route-context';

/**
 * Pages kept, encoded and compressed (JSON pages ≤ 100 offers, about 70 kB; GeoJSON pages ≤ 2,000
 * features, about 1.5 MB with their gzip form): the first pages of common filters stay warm, and
 * the worst case stays under 50 MB.
 */
const MAX_CACHED_PAGES = 32;
const COMPLETE_FILE_NAME = 'offres-accueil-sante.geojson';

export interface OpenDataDependencies {
  published: PublishedOffers;
  /** Every partner scheme (any status), and those that apply in a commune now. */
  schemes: { all(): readonly Scheme[]; inCommune(code: string, now: Date): SchemeInCommune[] };
  gazetteer: Gazetteer;
  communes: CommuneDirectory;
  /** The site's origin, for absolute links. */
  siteUrl: string;
  rateLimit: RequestHandler;
}

const schemesQuery = z.strictObject({
  commune: z
    .string()
    .regex(/^(\d{5}|2[AB]\d{3})$/, { error: 'Code INSEE de commune attendu, par exemple 39198.' })
    .optional(),
  profession: z.enum(PROFESSIONS, { error: 'Profession inconnue.' }).optional(),
});

export function openDataRoutes({ services, config, web }: RouteContext): Router {
  const { publishedOffers: published, gazetteer, communes } = services;
  const schemes: OpenDataDependencies['schemes'] = {
    all: () => services.schemes.all(),
    inCommune: services.communeSchemes,
  };
  const siteUrl = config.publicUrl;
  const rateLimit = web.rateLimits.openData;
  const router = Router();
  const schemas = mapFilterSchemas(gazetteer);
  const pages = new ReadModelCache<EncodedJson>(published.version, published.clock, MAX_CACHED_PAGES);
  // The whole file: one entry, made again when the offers change (as data.gouv.fr resources are).
  // One whole file: the current version's (older ones are never asked for again).
  const completeFile = new ReadModelCache<EncodedJson>(published.version, published.clock, 1);
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

  const feature = (offer: OfferView) => toGeoJsonFeature(publicOffer(offer));
  const inBox = (offer: OfferView, box: BoundingBox | undefined) =>
    !box || isInBox(published.placeOf(offer.commune), box);
  const pageLinks = pageLinksOf(apiUrl);

  router.use(openDataCors());
  router.use(rateLimit);

  router.get('/offres', anyone, (req, res) => {
    const parsed = parseInput(schemas.api, req.query);
    if (!parsed.ok) {
      res.status(400).json(invalidRequestBody(parsed.errors));
      return;
    }
    const { page = 1, parPage = DEFAULT_PER_PAGE } = parsed.value;
    const filters = toPublishedOfferFilters(parsed.value);
    const query = req.query as Record<string, string | string[]>;
    const encoded = pages.get(`json|${filterKey(filters)}|${page}|${parPage}`, (now) => {
      // Every match once, most recent first: the page is a slice of it (empty past the end, as an API
      // answers what was asked) and its next expiry says how long the page stays true.
      const matching = published.all(filters, now);
      const total = matching.length;
      return {
        value: encodeJson({
          data: matching.slice((page - 1) * parPage, page * parPage).map(publicOffer),
          pagination: { page, parPage, total, pages: Math.ceil(total / parPage) },
          links: pageLinks('/offres', query, page, parPage, total),
        }),
        validUntil: nextExpiry(matching, now),
      };
    });
    sendEncodedJson(req, res, encoded);
  });

  router.get('/offres.geojson', anyone, (req, res) => {
    const parsed = parseInput(schemas.geojson, req.query);
    if (!parsed.ok) {
      res.status(400).json(invalidRequestBody(parsed.errors));
      return;
    }
    const { page = 1, parPage = DEFAULT_GEOJSON_PER_PAGE, bbox } = parsed.value;
    const filters = toPublishedOfferFilters(parsed.value);
    const query = req.query as Record<string, string | string[]>;
    const key = `geojson|${filterKey(filters)}|${bbox ? Object.values(bbox).join(',') : ''}|${page}|${parPage}`;
    const encoded = pages.get(key, (now) => {
      const offers = published.all(filters, now).filter((offer) => inBox(offer, bbox));
      // Pages in a stable order, so that reading them one after the other gives every offer once.
      offers.sort((a, b) => a.id.localeCompare(b.id));
      return {
        value: encodeJson({
          type: 'FeatureCollection',
          features: offers.slice((page - 1) * parPage, page * parPage).map(feature),
          pagination: { page, parPage, total: offers.length, pages: Math.ceil(offers.length / parPage) },
          links: pageLinks('/offres.geojson', query, page, parPage, offers.length),
        }),
        validUntil: nextExpiry(offers, now),
      };
    });
    sendEncodedJson(req, res, encoded, 'application/geo+json; charset=utf-8');
  });

  router.get('/export/offres.geojson', anyone, (req, res) => {
    const parsed = parseInput(schemas.complete, req.query);
    if (!parsed.ok) {
      res.status(400).json(invalidRequestBody(parsed.errors));
      return;
    }
    const encoded = completeFile.get('complete', (now) => {
      const offers = published.all({ types: [] }, now).sort((a, b) => a.id.localeCompare(b.id));
      return {
        value: encodeJson({ type: 'FeatureCollection', features: offers.map(feature) }),
        validUntil: nextExpiry(offers, now),
      };
    });
    res.attachment(COMPLETE_FILE_NAME);
    sendEncodedJson(req, res, encoded, 'application/geo+json; charset=utf-8');
  });

  router.get('/dispositifs', anyone, (req, res) => {
    const parsed = parseInput(schemesQuery, req.query);
    if (!parsed.ok) {
      res.status(400).json(invalidRequestBody(parsed.errors));
      return;
    }
    const { commune, profession } = parsed.value;
    if (commune && !communes.details(commune)) {
      res.status(404).json({
        error: { status: 404, message: 'Commune inconnue : aucune commune ne porte ce code INSEE.' },
      });
      return;
    }
    const now = new Date();
    const found = commune
      ? schemes.inCommune(commune, now)
      : schemes
          .all()
          .filter((scheme) => isSchemePubliclyVisible(scheme, now))
          .map((scheme) => ({ scheme, professions: null }));
    const data = openDataSchemes(found, profession);
    res.set('Cache-Control', 'public, no-cache').json({
      data,
      links: { self: apiUrl('/dispositifs', req.query as Record<string, string>) },
    });
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
