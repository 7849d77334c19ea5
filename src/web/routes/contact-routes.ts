// "Je suis intéressé(e)": from an offer, a commune's page or a result, the professional writes to the
// commune and chooses what of a project to share; this opens (or continues) their conversation.
// Anonymous visitors log in first and come back (the role guard keeps the address).
import { type Request, type Response, Router } from 'express';
import { isPubliclyVisible } from '../../domain/offers/offer-lifecycle';
import { isRateLimited } from '../../services/limits/rate-limiter';
import { allow } from '../access/access';
import { PROFESSIONAL_MESSAGES, threadPath } from '../conversations/paths';
import { type ContactValues, contactForm, contactQuery, contactValues } from '../forms/contact-form';
import { HttpError, NotFoundError } from '../http-errors';
import { INVALID_REQUEST, refusalError } from '../presenters/refusal';
import { greeting, presentContactPage } from '../presenters/contact-page-presenter';
import { CONVERSATION_REFUSALS, tooManyMessages } from '../presenters/contact-refusals';
import { sharedLines } from '../presenters/conversation-share-presenter';
import { retryAfter } from '../retry-after';
import { type FieldErrors, parseInput } from '../validation';
import type { RouteContext } from './route-context';

export const CONTACT_PATH = '/professionnel/contact';

export function contactRoutes({ services }: RouteContext): Router {
  const { conversations, projects, offers, communes, gazetteer } = services;
  const router = Router();
  const guard = allow({ role: 'professionnel', validated: true });

  const signedIn = (req: Request) => {
    if (!req.user) throw new HttpError(403, 'Connectez-vous pour continuer.');
    return req.user;
  };

  /** The offer the professional comes from: published, and the commune's own; otherwise 404. */
  const offerOf = (offerId: string | undefined, communeCode: string) => {
    if (!offerId) return undefined;
    const offer = offers.get(offerId);
    if (!offer || offer.commune !== communeCode || !isPubliclyVisible(offer, new Date()))
      throw new NotFoundError('Offre introuvable');
    return offer;
  };

  const render = async (
    req: Request,
    res: Response,
    values: ContactValues,
    status = 200,
    errors: FieldErrors = {},
  ) => {
    const user = signedIn(req);
    const commune = communes.details(values.commune);
    if (!commune) throw new NotFoundError('Commune inconnue');
    const page = presentContactPage({
      communeCode: commune.code,
      communes,
      offer: offerOf(values.offre || undefined, commune.code),
      existing: conversations.between(user.id, commune.code),
      refusal: await conversations.refusalToWrite(user.id, commune.code),
      noProfile: !user.professional,
      projects: projects.ofOwner(user.id),
      values,
      errors,
      action: CONTACT_PATH,
    });
    res.status(status).render('messages/contact', page);
  };

  router.get(CONTACT_PATH, guard, async (req, res) => {
    const parsed = parseInput(contactQuery, req.query);
    if (!parsed.ok)
      throw new HttpError(400, 'Ce lien est incomplet : revenez à l’offre ou à la commune et recommencez.');
    const { commune, offre, projet } = parsed.value;
    const owned = projects.ofOwner(signedIn(req).id);
    const project = owned.find((candidate) => candidate.id === projet) ?? owned[0];
    const message = greeting(offerOf(offre, commune));
    await render(req, res, { commune, offre: offre ?? '', projet: project?.id ?? '', partage: [], message });
  });

  router.post(CONTACT_PATH, guard, async (req, res) => {
    const values = contactValues(req.body);
    const parsed = parseInput(contactForm, req.body);
    if (!parsed.ok) {
      if (parsed.errors.commune || parsed.errors.offre) throw refusalError(INVALID_REQUEST);
      return render(req, res, values, 400, parsed.errors);
    }
    const user = signedIn(req);
    if (!user.professional) return render(req, res, values, 400);
    const input = parsed.value;
    const offer = offerOf(input.offre || undefined, input.commune);
    const project = input.projet ? projects.getOwned(user.id, input.projet) : undefined;
    if (input.projet && !project)
      return render(req, res, values, 400, { projet: 'Choisissez un de vos projets, ou aucun.' });

    const { profession, status } = user.professional;
    const result = await conversations.contact(
      { id: user.id, name: user.name, profession, status },
      {
        communeCode: input.commune,
        projectId: project?.id ?? null,
        offerId: offer?.id ?? null,
        shared: sharedLines(project, input.partage, gazetteer, new Date()),
        text: input.message,
      },
    );
    if (isRateLimited(result))
      return render(req, res, values, 429, { message: tooManyMessages(retryAfter(res, result)) });
    if (!result.ok) {
      const { status: refused, message } = CONVERSATION_REFUSALS[result.reason];
      return render(req, res, values, refused, { _: message });
    }
    req.session.flash = {
      type: 'success',
      message: `Message envoyé. La commune voit désormais votre nom, votre profession${result.conversation.shared.length ? ' et ce que vous avez choisi de partager' : ''}.`,
    };
    res.redirect(303, threadPath(PROFESSIONAL_MESSAGES, result.conversation.id));
  });

  return router;
}
