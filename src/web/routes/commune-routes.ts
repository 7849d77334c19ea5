import { anyone } from '../access/access';
import { Router } from 'express';
import { z } from 'zod';
import { isPubliclyVisible } from '../../domain/offers/offer-lifecycle';
import { NotFoundError } from '../http-errors';
import { presentOffer } from '../presenters/offer-presenter';
import { presentCommuneSchemes } from '../presenters/scheme-presenter';
import { parseInput } from '../validation';
import type { RouteContext } from './route-context';

const RESULTS_PER_PAGE = 50;
/** INSEE codes: five digits, or 2A/2B and three digits for Corsica. */
const INSEE_CODE = /^(\d{5}|2[AB]\d{3})$/i;

export const communeQuery = z
  .string({ error: 'Saisissez un nom de commune, un code postal ou un code INSEE.' })
  .trim()
  .max(100, { error: 'Saisissez au plus 100 caractères.' });

const searchPageQuery = z.object({ q: communeQuery.optional() });

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
    const commune = INSEE_CODE.test(code) ? communes.details(code) : undefined;
    if (!commune) throw new NotFoundError('Commune inconnue');
    const now = new Date();
    const place = { nom: commune.nom, departement: commune.departement.code };
    const published = offers
      .ofCommune(commune.code)
      .filter((offer) => isPubliclyVisible(offer, now))
      .map((offer) => ({ ...presentOffer(offer), place }));
    const profile = await profiles.get(commune.code);
    res.render('communes/show', {
      title: `${commune.nom} (${commune.departement.code})`,
      useMap: true,
      commune,
      profile: profile.revision > 0 ? profile : undefined,
      offers: published,
      schemes: presentCommuneSchemes(schemes.of(commune.code, now), schemes.names),
      map: { tileUrl: config.map.tileUrl, tileAttribution: config.map.tileAttribution, zoom: 12 },
    });
  });

  return router;
}
