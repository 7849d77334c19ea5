// The public map of the communes with published offers (/carte): a GET filter form, the map
// (progressive enhancement, public/js/offers-map.js) and the list of the same communes, which is
// complete without JavaScript; and the map's JSON data, cached per filter set with an ETag.
import { anyone } from '../access/access';
import { Router } from 'express';
import { mapFilterSchemas, toPublishedOfferFilters } from '../forms/map-filters';
import { mapDataBody, presentMapList } from '../presenters/map-communes';
import { MAP_LEGEND } from '../presenters/map-legend';
import { offerFilterChoices } from '../presenters/offer-filter-choices';
import { pageHrefKeepingQuery } from '../presenters/pagination';
import { invalidRequestBody, parseInput } from '../validation';
import { encodedOnce, sendEncodedJson } from '../encoded-json';
import type { RouteContext } from './route-context';

const FILTER_FIELDS = ['profession', 'public', 'region', 'departement'] as const;

export function mapRoutes({ services, config }: RouteContext): Router {
  const { offerMap, gazetteer } = services;
  const router = Router();
  const schemas = mapFilterSchemas(gazetteer);
  const choices = offerFilterChoices(gazetteer);
  const encoded = encodedOnce(mapDataBody);

  router.get('/carte', anyone, (req, res) => {
    const query = req.query as Record<string, unknown>;
    const values = {
      type: [query.type ?? []].flat().map(String),
      ...Object.fromEntries(
        FILTER_FIELDS.map((field) => [field, typeof query[field] === 'string' ? query[field] : '']),
      ),
    };
    const common = {
      title: 'Carte des offres',
      useMap: true,
      values,
      choices,
      legend: MAP_LEGEND,
      map: { tileUrl: config.map.tileUrl, tileAttribution: config.map.tileAttribution },
    };
    const parsed = parseInput(schemas.page, query);
    if (!parsed.ok) {
      res.status(400).render('map/index', { ...common, errors: parsed.errors, failed: true });
      return;
    }
    const snapshot = offerMap.snapshot(toPublishedOfferFilters(parsed.value));
    res.render('map/index', {
      ...common,
      ...presentMapList(snapshot, parsed.value.page ?? 1, pageHrefKeepingQuery(req.originalUrl)),
    });
  });

  router.get('/carte/donnees.json', anyone, (req, res) => {
    const parsed = parseInput(schemas.data, req.query);
    if (!parsed.ok) {
      res.status(400).json(invalidRequestBody(parsed.errors));
      return;
    }
    sendEncodedJson(req, res, encoded(offerMap.snapshot(toPublishedOfferFilters(parsed.value))));
  });

  return router;
}
