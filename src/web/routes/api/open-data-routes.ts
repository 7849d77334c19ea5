// The open data API (/api/v1): published offers (JSON and GeoJSON by pages, the whole GeoJSON file
// to download), communes with their counts of offers, and the partners' aid schemes (all, or those
// that apply in a commune). Read-only, open to every origin, rate-limited, answered from memory, and
// without any personal data (see src/domain/map/open-data-offer.ts). Each page of offers is encoded
// and compressed once per version of the offers (open-data-offer-pages.ts), and revalidated with its
// ETag. Described in src/web/openapi/openapi.json (a test keeps both in step).
import { Router } from 'express';
import { openDataSchemes } from '../../../domain/schemes/open-data-scheme';
import { isSchemePubliclyVisible } from '../../../domain/schemes/scheme-lifecycle';
import { anyone } from '../../access/access';
import {
  DEFAULT_GEOJSON_PER_PAGE,
  DEFAULT_PER_PAGE,
  mapFilterSchemas,
  toPublishedOfferFilters,
} from '../../forms/map-filters';
import { openDataSchemesQuery } from '../../forms/open-data-queries';
import { invalidRequestBody, parseInput } from '../../validation';
import type { RouteContext } from '../route-context';
import { openDataCors } from './open-data-cors';
import { sendEncodedJson } from '../../encoded-json';
import { openDataOfferPages } from './open-data-offer-pages';
import { apiUrlOf } from './open-data-paging';
import { openDataCommune, sendUnknownCommune } from './open-data-resources';

const COMPLETE_FILE_NAME = 'offres-accueil-sante.geojson';
const GEOJSON = 'application/geo+json; charset=utf-8';

export function openDataRoutes({ services, config, web }: RouteContext): Router {
  const { publishedOffers: published, gazetteer, communes, schemes, communeSchemes } = services;
  const siteUrl = config.publicUrl;
  const apiUrl = apiUrlOf(siteUrl);
  const offerPages = openDataOfferPages(published, siteUrl, apiUrl);
  const schemas = mapFilterSchemas(gazetteer);
  const router = Router();

  router.use(openDataCors());
  router.use(web.rateLimits.openData);

  router.get('/offres', anyone, (req, res) => {
    const parsed = parseInput(schemas.api, req.query);
    if (!parsed.ok) return res.status(400).json(invalidRequestBody(parsed.errors));
    const { page = 1, parPage = DEFAULT_PER_PAGE } = parsed.value;
    const filters = toPublishedOfferFilters(parsed.value);
    const query = req.query as Record<string, string | string[]>;
    sendEncodedJson(req, res, offerPages.json({ filters, page, parPage, query }));
  });

  router.get('/offres.geojson', anyone, (req, res) => {
    const parsed = parseInput(schemas.geojson, req.query);
    if (!parsed.ok) return res.status(400).json(invalidRequestBody(parsed.errors));
    const { page = 1, parPage = DEFAULT_GEOJSON_PER_PAGE, bbox } = parsed.value;
    const filters = toPublishedOfferFilters(parsed.value);
    const query = req.query as Record<string, string | string[]>;
    sendEncodedJson(req, res, offerPages.geojson({ filters, page, parPage, query, bbox }), GEOJSON);
  });

  router.get('/export/offres.geojson', anyone, (req, res) => {
    const parsed = parseInput(schemas.complete, req.query);
    if (!parsed.ok) return res.status(400).json(invalidRequestBody(parsed.errors));
    res.attachment(COMPLETE_FILE_NAME);
    sendEncodedJson(req, res, offerPages.complete(), GEOJSON);
  });

  router.get('/dispositifs', anyone, (req, res) => {
    const parsed = parseInput(openDataSchemesQuery, req.query);
    if (!parsed.ok) return res.status(400).json(invalidRequestBody(parsed.errors));
    const { commune, profession } = parsed.value;
    if (commune && !communes.details(commune)) return sendUnknownCommune(res);
    const now = new Date();
    const found = commune
      ? communeSchemes(commune, now)
      : schemes
          .all()
          .filter((scheme) => isSchemePubliclyVisible(scheme, now))
          .map((scheme) => ({ scheme, professions: null }));
    res.set('Cache-Control', 'public, no-cache').json({
      data: openDataSchemes(found, profession),
      links: { self: apiUrl('/dispositifs', req.query as Record<string, string>) },
    });
  });

  router.get('/communes/:code', anyone, (req, res) => {
    const commune = communes.details(String(req.params.code));
    if (!commune) return sendUnknownCommune(res);
    res
      .set('Cache-Control', 'public, no-cache')
      .json(openDataCommune(commune, published, { apiUrl, siteUrl }));
  });

  return router;
}
