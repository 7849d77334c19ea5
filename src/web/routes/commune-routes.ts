import { Router } from 'express';
import { anyone } from '../access/access';
import { isInseeCode, searchPageQuery } from '../forms/commune-search-form';
import { NotFoundError } from '../http-errors';
import { presentCommunePage } from '../presenters/commune-page-presenter';
import { presentCommuneSchemes } from '../presenters/scheme-presenter';
import { parseInput } from '../validation';
import type { RouteContext } from './route-context';

const RESULTS_PER_PAGE = 50;

export function communeRoutes({ services, config }: RouteContext): Router {
  const { communes, offers, communeProfiles: profiles } = services;
  const schemes = { of: services.communeSchemes, names: services.gazetteer };
  const router = Router();

  router.get('/communes', anyone, (req, res) => {
    const parsed = parseInput(searchPageQuery, { q: req.query.q });
    if (!parsed.ok) {
      res.status(400).render('communes/search', {
        title: 'Rechercher une commune',
        q: typeof req.query.q === 'string' ? req.query.q : '',
        error: parsed.errors.q,
        results: [],
        total: 0,
      });
      return;
    }
    const q = parsed.value.q ?? '';
    const { results, total } = q ? communes.search(q, RESULTS_PER_PAGE) : { results: [], total: 0 };
    res.render('communes/search', {
      title: q ? `Communes correspondant à « ${q} »` : 'Rechercher une commune',
      q,
      results,
      total,
    });
  });

  router.get('/communes/:code', anyone, async (req, res) => {
    const code = String(req.params.code);
    const commune = isInseeCode(code) ? communes.details(code) : undefined;
    if (!commune) throw new NotFoundError('Commune inconnue');
    const now = new Date();
    const profile = await profiles.get(commune.code);
    res.render('communes/show', {
      ...presentCommunePage(commune, offers.ofCommune(commune.code), profile, now),
      useMap: true,
      schemes: presentCommuneSchemes(schemes.of(commune.code, now), schemes.names),
      map: { tileUrl: config.map.tileUrl, tileAttribution: config.map.tileAttribution, zoom: 12 },
    });
  });

  return router;
}
