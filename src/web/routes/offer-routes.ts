// The public offer pages: search with filters, sort and pagination; one offer.
import { anyone } from '../access/access';
import { Router } from 'express';
import { z } from 'zod';
import { OFFER_SORTS } from '../../domain/offers/offer-search';
import { isPubliclyVisible } from '../../domain/offers/offer-lifecycle';
import {
  AUDIENCE_LABELS,
  AUDIENCES,
  OFFER_TYPE_LABELS,
  OFFER_TYPES,
} from '../../domain/offers/offer-vocabulary';
import { PROFESSION_LABELS, PROFESSIONS } from '../../domain/professions';
import { NotFoundError } from '../http-errors';
import { presentOffer } from '../presenters/offer-presenter';
import { pageHrefKeepingQuery, pagination } from '../presenters/pagination';
import { parseInput } from '../validation';
import type { RouteContext } from './route-context';
import { optionsOf, regionChoices, departementChoices } from '../presenters/choices';

const PAGE_SIZE = 20;

/** GET forms send "" for "any": treat it as absent. */
const withoutEmpty = (query: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(query).filter(([, value]) => value !== '' && value !== undefined));

// Unknown parameters (e.g. a newsletter's utm_*) are ignored: a shared link should always open.
const searchQuery = z.object({
  type: z
    .union([z.enum(OFFER_TYPES), z.array(z.enum(OFFER_TYPES)).max(OFFER_TYPES.length)], {
      error: 'Type d’offre inconnu.',
    })
    .optional()
    .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value])),
  region: z
    .string()
    .regex(/^\d{2}$/, { error: 'Région inconnue.' })
    .optional(),
  departement: z
    .string()
    .regex(/^(\d{2,3}|2[AB])$/, { error: 'Département inconnu.' })
    .optional(),
  profession: z.enum(PROFESSIONS, { error: 'Profession inconnue.' }).optional(),
  public: z.enum(AUDIENCES, { error: 'Public inconnu.' }).optional(),
  disponibleAvant: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Indiquez une date au format jj/mm/aaaa.' })
    .transform((value) => new Date(`${value}T23:59:59Z`))
    .refine((value) => !Number.isNaN(value.getTime()), { error: 'Cette date n’existe pas.' })
    .optional(),
  q: z.string().trim().max(100, { error: 'Saisissez au plus 100 caractères.' }).optional(),
  tri: z.enum(OFFER_SORTS, { error: 'Tri inconnu.' }).default('recentes'),
  page: z.coerce.number({ error: 'Page inconnue.' }).int().min(1).max(10_000).default(1),
});

export function offerRoutes({ services }: RouteContext): Router {
  const { offers, publishedOffers: published, gazetteer } = services;
  const router = Router();
  const placeOf = (code: string) => {
    const commune = gazetteer.commune(code);
    return commune && { nom: commune.nom, departement: commune.departement, region: commune.region };
  };
  const filterChoices = {
    types: optionsOf(OFFER_TYPE_LABELS),
    regions: regionChoices(gazetteer),
    departements: departementChoices(gazetteer),
    professions: optionsOf(PROFESSION_LABELS),
    audiences: optionsOf(AUDIENCE_LABELS),
    sorts: [
      { value: 'recentes', label: 'Les plus récentes' },
      { value: 'disponibilite', label: 'Disponibles le plus tôt' },
      { value: 'commune', label: 'Par commune' },
    ],
  };

  router.get('/offres', anyone, (req, res) => {
    const raw = withoutEmpty(req.query as Record<string, unknown>);
    const parsed = parseInput(searchQuery, raw);
    const values = { ...raw, type: [raw.type ?? []].flat() };
    if (!parsed.ok) {
      return res.status(400).render('offers/search', {
        title: 'Offres des communes',
        values,
        errors: parsed.errors,
        choices: filterChoices,
        offers: [],
        total: 0,
      });
    }
    const query = parsed.value;
    const result = published.search(
      {
        types: query.type,
        region: query.region,
        departement: query.departement,
        profession: query.profession,
        audience: query.public,
        availableBefore: query.disponibleAvant,
        text: query.q,
        sort: query.tri,
        page: query.page,
        pageSize: PAGE_SIZE,
      },
      new Date(),
    );
    res.render('offers/search', {
      title: 'Offres des communes',
      values,
      choices: filterChoices,
      offers: result.offers.map((offer) => ({ ...presentOffer(offer), place: placeOf(offer.commune) })),
      total: result.total,
      pagination: pagination(result.page, result.pageCount, pageHrefKeepingQuery(req.originalUrl)),
    });
  });

  router.get('/offres/:id', anyone, (req, res) => {
    const offer = offers.get(String(req.params.id));
    if (!offer || !isPubliclyVisible(offer, new Date())) throw new NotFoundError('Offre introuvable');
    const commune = gazetteer.commune(offer.commune);
    res.render('offers/show', {
      title: offer.title,
      offer: presentOffer(offer),
      commune: commune && {
        code: commune.code,
        nom: commune.nom,
        departement: gazetteer.departement(commune.departement),
      },
    });
  });

  return router;
}
