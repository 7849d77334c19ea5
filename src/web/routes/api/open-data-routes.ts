// The open data API (/api/v1): published offers (JSON by pages, GeoJSON at once), communes with
// their counts of offers, and the partners' aid schemes (all, or those that apply in a commune). Read-only, open to every origin, rate-limited, answered from memory, and
// without any personal data (see src/domain/map/open-data-offer.ts). Described in
// src/web/openapi/openapi.json (a test keeps both in step).
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
import { z } from 'zod';
import { PROFESSIONS } from '../../../domain/professions';
import type { SchemeInCommune } from '../../../domain/schemes/commune-schemes';
import { toOpenDataScheme } from '../../../domain/schemes/open-data-scheme';
import type { Scheme } from '../../../domain/schemes/scheme';
import { isSchemePubliclyVisible } from '../../../domain/schemes/scheme-lifecycle';
import { openDataCors } from './open-data-cors';
import { type EncodedJson, encodeJson, sendEncodedJson } from './open-data-json';

/** GeoJSON answers kept (one per filter set), each up to a few MB at France scale. */
const MAX_CACHED_GEOJSON = 16;

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

export function openDataRoutes({
  published,
  schemes,
  gazetteer,
  communes,
  siteUrl,
  rateLimit,
}: OpenDataDependencies) {
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

  router.get('/offres', (req, res) => {
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

  router.get('/offres.geojson', (req, res) => {
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

  router.get('/dispositifs', (req, res) => {
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
    const data = found
      .filter(({ scheme, professions }) =>
        profession === undefined
          ? true
          : professions
            ? professions.includes(profession)
            : scheme.eligibility.professions.length === 0 ||
              scheme.eligibility.professions.includes(profession),
      )
      .map(({ scheme, professions }) => ({
        ...toOpenDataScheme(scheme),
        ...(professions ? { professionsIci: professions } : {}),
      }));
    res.set('Cache-Control', 'public, no-cache').json({
      data,
      links: { self: apiUrl('/dispositifs', req.query as Record<string, string>) },
    });
  });

  router.get('/communes/:code', (req, res) => {
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
