// "Mes offres" of commune staff: the list with its filters and actions, the offer form of each type
// (creation, and edition with compare-and-set on the revision: nothing is overwritten silently).
// Another commune's offer is "not found" (the service says so).
import { type Request, type Response, Router } from 'express';
import type { OfferType } from '../../domain/offers/offer-vocabulary';
import type { CommuneStaff } from '../../services/offers/offer-service';
import type { OfferView } from '../../services/offers/offer-view';
import { parseOfferListFilters } from '../forms/commune-offer-filters';
import { csrfOnlyForm } from '../forms/fields';
import { COMMUNE_HOME, offerTypeParam, statusForm } from '../forms/offer-action-forms';
import { offerFormSchema } from '../forms/offer-form';
import { submittedValues, toFormValues, toOfferInput } from '../forms/offer-form-values';
import { todayInParis } from '../forms/paris-days';
import { HttpError, NotFoundError } from '../http-errors';
import { allow } from '../access/access';
import { presentCommuneHeading } from '../presenters/commune-heading';
import { OFFER_ACTION_MESSAGES } from '../presenters/commune-offer-presenter';
import { OFFER_TYPE_CHOICES, type OfferFormPage, presentOfferForm } from '../presenters/offer-form-presenter';
import { OFFER_SAVED_MESSAGES, presentOfferList } from '../presenters/offer-list-presenter';
import { offerRefusal } from '../presenters/offer-refusals';
import { presentCommuneSchemes } from '../presenters/scheme-presenter';
import { staffOf } from '../session/commune-staff';
import { parseInput } from '../validation';
import type { RouteContext } from './route-context';

const INCOMPLETE_FORM = 'Le formulaire est incomplet : rechargez la page et recommencez.';

/** The offer type of a "new offer" URL; any other word is a page that does not exist. */
function offerTypeOf(req: Request): OfferType {
  const type = offerTypeParam(String(req.params.type));
  if (!type) throw new NotFoundError();
  return type;
}

export function communeOfferRoutes({ services }: RouteContext): Router {
  const { offers, communes } = services;
  const schemes = { of: services.communeSchemes, names: services.gazetteer };
  const router = Router();
  // A pending account prepares its own drafts; the service lists and opens only those for it.
  const guard = allow({ role: 'commune', validated: false });
  /** What every page of this space shows atop: the commune, and whether the account is pending. */
  const space = (staff: CommuneStaff) => ({
    commune: presentCommuneHeading(staff.communeCode, communes),
    pending: !staff.active,
  });

  // ---- "Mes offres" ----------------------------------------------------------------------------

  router.get(COMMUNE_HOME, guard, (req, res) => {
    const staff = staffOf(req);
    const { values, parsed } = parseOfferListFilters(req.query as Record<string, unknown>);
    const filter = parsed.ok ? { type: parsed.value.type, status: parsed.value.statut } : undefined;
    res.status(parsed.ok ? 200 : 400).render('commune/offers', {
      ...space(staff),
      ...presentOfferList({
        offers: filter ? offers.handledBy(staff, filter) : [],
        hasOffers: offers.handledBy(staff).length > 0,
        filter,
        values,
        errors: parsed.ok ? undefined : parsed.errors,
        back: parsed.ok ? req.originalUrl : COMMUNE_HOME,
      }),
      // What partners add for professionals settling here, by profession.
      schemes: presentCommuneSchemes(schemes.of(staff.communeCode, new Date()), schemes.names),
    });
  });

  // ---- Offer form ------------------------------------------------------------------------------

  const renderForm = (req: Request, res: Response, status: number, page: OfferFormPage) => {
    res.status(status).render('commune/offer-form', { ...presentOfferForm(page), ...space(staffOf(req)) });
  };

  const ownedOffer = (req: Request): OfferView => {
    const offer = offers.getOwned(staffOf(req), String(req.params.id));
    if (!offer) throw new NotFoundError();
    return offer;
  };
  // One offer: of this commune, and, for a pending account, a draft it wrote.
  const ownerGuard = allow({
    role: 'commune',
    validated: false,
    owner: (req) => offers.getOwned(staffOf(req), String(req.params.id)) !== undefined,
  });

  router.get('/commune/offres/nouvelle', guard, (_req, res) => {
    res.render('commune/offer-type-choice', {
      title: 'Publier une nouvelle offre',
      types: OFFER_TYPE_CHOICES,
    });
  });

  router.get('/commune/offres/nouvelle/:type', guard, (req, res) => {
    renderForm(req, res, 200, {
      type: offerTypeOf(req),
      values: { contactName: req.user?.name ?? '', availableFrom: todayInParis() },
    });
  });

  router.post('/commune/offres/nouvelle/:type', guard, async (req, res) => {
    const type = offerTypeOf(req);
    const submitted = submittedValues(req.body);
    const parsed = parseInput(offerFormSchema(type), submitted);
    if (!parsed.ok) return renderForm(req, res, 400, { type, values: submitted, errors: parsed.errors });
    const offer = await offers.create(staffOf(req), type, toOfferInput(type, parsed.value));
    req.session.flash = { type: 'success', message: OFFER_SAVED_MESSAGES.created(offer.title) };
    res.redirect(303, COMMUNE_HOME);
  });

  router.get('/commune/offres/:id/modifier', ownerGuard, (req, res) => {
    const offer = ownedOffer(req);
    renderForm(req, res, 200, { type: offer.type, values: toFormValues(offer), offer });
  });

  router.post('/commune/offres/:id', ownerGuard, async (req, res) => {
    const offer = ownedOffer(req);
    const submitted = submittedValues(req.body);
    const parsed = parseInput(offerFormSchema(offer.type), submitted);
    if (!parsed.ok) {
      if (parsed.errors.revision) throw new HttpError(400, INCOMPLETE_FORM);
      return renderForm(req, res, 400, { type: offer.type, values: submitted, errors: parsed.errors, offer });
    }
    if (parsed.value.revision === undefined) throw new HttpError(400, INCOMPLETE_FORM);
    const input = toOfferInput(offer.type, parsed.value);
    const result = await offers.update(staffOf(req), offer.id, parsed.value.revision, input);
    if (result.ok) {
      req.session.flash = { type: 'success', message: OFFER_SAVED_MESSAGES.updated(result.offer.title) };
      return res.redirect(303, COMMUNE_HOME);
    }
    if (result.reason !== 'conflict') {
      const { status, message } = offerRefusal(result, offer);
      throw new HttpError(status, message);
    }
    // Someone saved in between: keep what this person typed, show the current version, and take its
    // revision so that submitting again deliberately replaces it.
    renderForm(req, res, 409, {
      type: offer.type,
      values: { ...submitted, revision: String(result.current.revision) },
      offer: result.current,
      conflict: true,
    });
  });

  // ---- Actions on an offer ---------------------------------------------------------------------

  router.post('/commune/offres/:id/dupliquer', ownerGuard, async (req, res) => {
    const offer = ownedOffer(req);
    if (!parseInput(csrfOnlyForm, req.body).ok) throw new HttpError(400, 'Requête invalide.');
    const result = await offers.duplicate(staffOf(req), offer.id);
    if (!result.ok) throw new NotFoundError();
    req.session.flash = { type: 'success', message: OFFER_SAVED_MESSAGES.duplicated };
    res.redirect(303, `/commune/offres/${result.offer.id}/modifier`);
  });

  router.post('/commune/offres/:id/statut', ownerGuard, async (req, res) => {
    const offer = ownedOffer(req);
    const parsed = parseInput(statusForm, req.body);
    if (!parsed.ok)
      throw new HttpError(400, 'Cette action n’a pas pu être lue : rechargez la page et recommencez.');
    const { action, revision, retour } = parsed.value;
    const result = await offers.transition(staffOf(req), offer.id, action, revision);
    if (result.ok) {
      req.session.flash = { type: 'success', message: OFFER_ACTION_MESSAGES[action] };
    } else {
      const { status, message } = offerRefusal(result, offer);
      if (status === 404) throw new NotFoundError();
      // A conflict reloads the page the action came from, with the offer as it now is.
      req.session.flash = { type: result.reason === 'conflict' ? 'warning' : 'error', message };
    }
    res.redirect(303, retour);
  });

  return router;
}
