// "Je suis intéressé(e)": from an offer, a commune's page or a result, the professional writes to the
// commune and chooses what of a project to share; this opens (or continues) their conversation.
// Anonymous visitors log in first and come back (the role guard keeps the address).
import { type Request, type Response, Router } from 'express';
import { contactRefusal } from '../../domain/contacts/conversation-rules';
import { SHARE_CHOICE_LABELS, SHARE_CHOICES } from '../../domain/contacts/share-choices';
import type { Gazetteer } from '../../domain/geo/gazetteer';
import { isPubliclyVisible } from '../../domain/offers/offer-lifecycle';
import { conversationId } from '../../models/conversation';
import type { ConversationService } from '../../services/contacts/conversation-service';
import { stateOf } from '../../services/contacts/conversation-view';
import type { CommuneDirectory } from '../../services/geography/commune-directory';
import { isRateLimited } from '../../services/limits/rate-limiter';
import type { OfferService } from '../../services/offers/offer-service';
import type { ProjectService } from '../../services/projects/project-service';
import { contactForm, contactQuery } from '../forms/contact-form';
import { HttpError, NotFoundError } from '../http-errors';
import { allow } from '../access/access';
import { communeLabel } from '../presenters/conversation-presenter';
import { sharedLines } from '../presenters/conversation-share-presenter';
import { tooManyMessages } from './conversation-thread-routes';
import { type FieldErrors, parseInput } from '../validation';
import type { RouteContext } from './route-context';

export const CONTACT_PATH = '/professionnel/contact';

export interface ContactRouteDeps {
  conversations: Pick<ConversationService, 'contact' | 'receivingRefusal' | 'readModel'>;
  projects: Pick<ProjectService, 'ofOwner' | 'getOwned'>;
  offers: Pick<OfferService, 'get'>;
  communes: Pick<CommuneDirectory, 'details'>;
  gazetteer: Pick<Gazetteer, 'commune' | 'departement' | 'region'>;
}

interface ContactValues {
  commune: string;
  offre: string;
  projet: string;
  partage: string[];
  message: string;
}

export function contactRoutes({ services }: RouteContext): Router {
  const deps: ContactRouteDeps = services;
  const router = Router();
  const guard = allow({ role: 'professionnel', validated: true });

  /** The offer the professional comes from: published, and the commune's own; otherwise 404. */
  const offerOf = (offerId: string | undefined, communeCode: string) => {
    if (!offerId) return undefined;
    const offer = deps.offers.get(offerId);
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
    const user = req.user;
    if (!user) throw new HttpError(403, 'Connectez-vous pour continuer.');
    const commune = deps.communes.details(values.commune);
    if (!commune) throw new NotFoundError('Commune inconnue');
    const offer = offerOf(values.offre || undefined, commune.code);
    const existing = deps.conversations.readModel.get(conversationId(user.id, commune.code));
    const projects = deps.projects.ofOwner(user.id);
    res.status(status).render('messages/contact', {
      title: `Écrire à la commune de ${commune.nom}`,
      commune: {
        code: commune.code,
        label: communeLabel(commune.code, deps.communes),
        href: `/communes/${commune.code}`,
      },
      offer: offer && { id: offer.id, title: offer.title, href: `/offres/${offer.id}` },
      noProfile: !user.professional,
      refusal:
        (existing ? contactRefusal(stateOf(existing)) : null) ??
        (await deps.conversations.receivingRefusal(commune.code)),
      existing: existing && {
        href: `/professionnel/messages/${existing.id}`,
        withdrawn: existing.withdrawnAt !== null,
      },
      projects: [
        ...projects.map((project) => ({ value: project.id, label: project.name })),
        { value: '', label: 'Aucun projet : je n’en partage pas' },
      ],
      shareChoices: SHARE_CHOICES.map((value) => ({ value, label: SHARE_CHOICE_LABELS[value] })),
      values,
      errors: Object.keys(errors).length ? errors : undefined,
      action: CONTACT_PATH,
    });
  };

  router.get(CONTACT_PATH, guard, async (req, res) => {
    const parsed = parseInput(contactQuery, req.query);
    if (!parsed.ok)
      throw new HttpError(400, 'Ce lien est incomplet : revenez à l’offre ou à la commune et recommencez.');
    const { commune, offre, projet } = parsed.value;
    const user = req.user;
    const projects = user ? deps.projects.ofOwner(user.id) : [];
    const offer = offerOf(offre, commune);
    const project = projects.find((candidate) => candidate.id === projet) ?? projects[0];
    await render(req, res, {
      commune,
      offre: offre ?? '',
      projet: project?.id ?? '',
      partage: [],
      message: offer
        ? `Bonjour,\n\nJe suis intéressé(e) par votre offre « ${offer.title} ».\n\n`
        : 'Bonjour,\n\n',
    });
  });

  router.post(CONTACT_PATH, guard, async (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const text = (name: string) => (typeof body[name] === 'string' ? body[name] : '');
    const values: ContactValues = {
      commune: text('commune'),
      offre: text('offre'),
      projet: text('projet'),
      partage: [body.partage ?? []].flat().filter((value): value is string => typeof value === 'string'),
      message: text('message'),
    };
    const parsed = parseInput(contactForm, body);
    if (!parsed.ok) {
      if (parsed.errors.commune || parsed.errors.offre) throw new HttpError(400, 'Requête invalide.');
      return render(req, res, values, 400, parsed.errors);
    }
    const user = req.user;
    if (!user) throw new HttpError(403, 'Connectez-vous pour continuer.');
    if (!user.professional) return render(req, res, values, 400);
    const input = parsed.value;
    const offer = offerOf(input.offre || undefined, input.commune);
    const project = input.projet ? deps.projects.getOwned(user.id, input.projet) : undefined;
    if (input.projet && !project)
      return render(req, res, values, 400, { projet: 'Choisissez un de vos projets, ou aucun.' });

    const result = await deps.conversations.contact(
      {
        id: user.id,
        name: user.name,
        profession: user.professional.profession,
        status: user.professional.status,
      },
      {
        communeCode: input.commune,
        projectId: project?.id ?? null,
        offerId: offer?.id ?? null,
        shared: sharedLines(project, input.partage, deps.gazetteer, new Date()),
        text: input.message,
      },
    );
    if (isRateLimited(result))
      return render(req, res, values, 429, { message: tooManyMessages(res, result) });
    if (!result.ok) return render(req, res, values, 400, { _: result.reason });
    req.session.flash = {
      type: 'success',
      message: `Message envoyé. La commune voit désormais votre nom, votre profession${result.conversation.shared.length ? ' et ce que vous avez choisi de partager' : ''}.`,
    };
    res.redirect(303, `/professionnel/messages/${result.conversation.id}`);
  });

  return router;
}
