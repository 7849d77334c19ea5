// The public map of the communes with published offers (/carte): a GET filter form, the map
// (progressive enhancement, public/js/offers-map.js) and the list of the same communes, which is
// complete without JavaScript; and the map's JSON data, cached per filter set with an ETag.
import { anyone } from '../access/access';
import { Router } from 'express';
import { AUDIENCE_LABELS, OFFER_TYPE_LABELS } from '../../domain/offers/offer-vocabulary';
import { PROFESSION_LABELS } from '../../domain/professions';
import { mapFilterSchemas, toPublishedOfferFilters } from '../forms/map-filters';
import { mapDataBody, presentMapCommune } from '../presenters/map-communes';
import { MAP_LEGEND } from '../presenters/map-legend';
import { pageHrefKeepingQuery, pagination } from '../presenters/pagination';
import { invalidRequestBody, parseInput } from '../validation';
import { encodedOnce, sendEncodedJson } from './api/open-data-json';
import type { RouteContext } from './route-context';
import { optionsOf, regionChoices, departementChoices } from '../presenters/choices';

/** Communes per page of the list (the map shows them all). */
export const MAP_LIST_PAGE_SIZE = 50;

const FILTER_FIELDS = ['profession', 'public', 'region', 'departement'] as const;

export function mapRoutes({ services, config }: RouteContext): Router {
  const { offerMap, gazetteer } = services;
  const router = Router();
  const schemas = mapFilterSchemas(gazetteer);
  const choices = {
    types: optionsOf(OFFER_TYPE_LABELS),
    regions: regionChoices(gazetteer),
    departements: departementChoices(gazetteer),
    professions: optionsOf(PROFESSION_LABELS),
    audiences: optionsOf(AUDIENCE_LABELS),
  };
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
    const pageCount = Math.max(1, Math.ceil(snapshot.communes.length / MAP_LIST_PAGE_SIZE));
    const page = Math.min(parsed.value.page ?? 1, pageCount);
    res.render('map/index', {
      ...common,
      offerCount: snapshot.offerCount,
      communeCount: snapshot.communes.length,
      communes: snapshot.communes
        .slice((page - 1) * MAP_LIST_PAGE_SIZE, page * MAP_LIST_PAGE_SIZE)
        .map(presentMapCommune),
      firstShown: (page - 1) * MAP_LIST_PAGE_SIZE + 1,
      lastShown: Math.min(page * MAP_LIST_PAGE_SIZE, snapshot.communes.length),
      pagination: pagination(page, pageCount, pageHrefKeepingQuery(req.originalUrl)),
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
