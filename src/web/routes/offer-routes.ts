// The public offer pages: search with filters, sort and pagination; one offer.
import { Router } from 'express';
import { isPubliclyVisible } from '../../domain/offers/offer-lifecycle';
import { anyone } from '../access/access';
import { parseOfferSearch } from '../forms/offer-search-form';
import { NotFoundError } from '../http-errors';
import { offerSearchChoices } from '../presenters/offer-filter-choices';
import { pageHrefKeepingQuery, pagination } from '../presenters/pagination';
import { presentFoundOffer, presentOfferPage } from '../presenters/public-offer-presenter';
import type { RouteContext } from './route-context';

const PAGE_SIZE = 20;

export function offerRoutes({ services }: RouteContext): Router {
  const { offers, publishedOffers: published, gazetteer } = services;
  const router = Router();
  const choices = offerSearchChoices(gazetteer);

  router.get('/offres', anyone, (req, res) => {
    const { values, parsed } = parseOfferSearch(req.query as Record<string, unknown>, PAGE_SIZE);
    const page = { title: 'Offres des communes', values, choices };
    if (!parsed.ok) {
      return res
        .status(400)
        .render('offers/search', { ...page, errors: parsed.errors, offers: [], total: 0 });
    }
    const result = published.search(parsed.value, new Date());
    res.render('offers/search', {
      ...page,
      offers: result.offers.map((offer) => presentFoundOffer(offer, gazetteer)),
      total: result.total,
      pagination: pagination(result.page, result.pageCount, pageHrefKeepingQuery(req.originalUrl)),
    });
  });

  router.get('/offres/:id', anyone, (req, res) => {
    const offer = offers.get(String(req.params.id));
    if (!offer || !isPubliclyVisible(offer, new Date())) throw new NotFoundError('Offre introuvable');
    res.render('offers/show', presentOfferPage(offer, gazetteer));
  });

  return router;
}
