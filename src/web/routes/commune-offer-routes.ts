// "Mes offres" of commune staff: the list with its filters and actions, the offer form of each type
// (creation, and edition with compare-and-set on the revision: nothing is overwritten silently),
// and the commune's own presentation. Another commune's offer is "not found" (the service says so).
import { type Request, type Response, Router } from 'express';
import { z } from 'zod';
import {
  OFFER_ACTION_LABELS,
  OFFER_ACTIONS,
  type OfferAction,
  availableActions,
} from '../../domain/offers/offer-lifecycle';
import {
  AUDIENCE_LABELS,
  CHILDCARE_STRUCTURE_LABELS,
  CONTRACT_LABELS,
  HOUSING_KIND_LABELS,
  HOUSING_TENURE_LABELS,
  JOB_SECTORS,
  OFFER_STATUS_LABELS,
  OFFER_STATUSES,
  OFFER_TYPE_LABELS,
  OFFER_TYPES,
  type OfferStatus,
  type OfferType,
  PREMISES_KIND_LABELS,
  WORKING_TIME_LABELS,
} from '../../domain/offers/offer-vocabulary';
import { PROFESSION_LABELS } from '../../domain/professions';
import type { CommuneDirectory } from '../../services/geography/commune-directory';
import type { CommuneProfile, CommuneProfiles } from '../../services/offers/commune-profiles';
import type { CommuneStaff, OfferService } from '../../services/offers/offer-service';
import type { OfferView } from '../../services/offers/offer-view';
import {
  PROFILE_LIMITS,
  communeProfileForm,
  toProfileFormValues,
  toProfileInput,
} from '../forms/commune-profile-form';
import { csrfField } from '../forms/fields';
import { DESCRIPTION_MAX_LENGTH, offerFormSchema } from '../forms/offer-form';
import {
  type OfferFormValues,
  submittedValues,
  toFormValues,
  toOfferInput,
  valuesToShow,
} from '../forms/offer-form-values';
import { HttpError, NotFoundError } from '../http-errors';
import { requireRole } from '../middleware/guards';
import { type FieldErrors, parseInput } from '../validation';

const HOME = '/commune';

/** One sentence per type, on the page where staff choose what to offer. */
const TYPE_DESCRIPTIONS: Record<OfferType, string> = {
  logement:
    'Un appartement, une maison ou une chambre à louer, à vendre ou prêté, y compris pour de courts séjours.',
  'garde-enfants':
    'Des places en crèche, en micro-crèche, chez un(e) assistant(e) maternel(le) ou en accueil périscolaire.',
  'emploi-conjoint': 'Un poste à pourvoir pour le conjoint ou la conjointe du professionnel qui s’installe.',
  'local-professionnel':
    'Un cabinet, une place en maison de santé, en centre de santé ou un local à aménager.',
  'aide-financiere': 'Une aide à l’installation de la commune ou d’un partenaire, avec ses conditions.',
  accueil: 'Une journée d’accueil, un référent, des solutions de transport ou tout autre soutien.',
};

const STATUS_BADGES: Record<OfferStatus, string> = {
  brouillon: 'fr-badge--info',
  publiee: 'fr-badge--success',
  pourvue: 'fr-badge--purple-glycine',
  archivee: '',
};

const ACTION_MESSAGES: Record<OfferAction, string> = {
  publier: 'Offre publiée : elle apparaît sur la page de votre commune et dans la recherche des offres.',
  depublier: 'Offre retirée de la publication : elle est de nouveau en brouillon.',
  pourvoir: 'Offre marquée comme pourvue : elle n’apparaît plus dans la recherche.',
  archiver: 'Offre archivée.',
  restaurer: 'Offre remise en brouillon.',
};

const options = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

/** The choices of the offer form's lists and checkbox groups. */
const CHOICES = {
  audiences: options(AUDIENCE_LABELS),
  professions: options(PROFESSION_LABELS),
  housingKinds: options(HOUSING_KIND_LABELS),
  tenures: options(HOUSING_TENURE_LABELS),
  structures: options(CHILDCARE_STRUCTURE_LABELS),
  sectors: options(JOB_SECTORS),
  contracts: options(CONTRACT_LABELS),
  workingTimes: options(WORKING_TIME_LABELS),
  premisesKinds: options(PREMISES_KIND_LABELS),
  types: options(OFFER_TYPE_LABELS),
  statuses: options(OFFER_STATUS_LABELS),
};

const CHECKBOX_GROUPS = ['audiences', 'professions'] as const;

const listQuery = z.strictObject({
  type: z.enum(OFFER_TYPES, { error: 'Type d’offre inconnu : choisissez-le dans la liste.' }).optional(),
  statut: z.enum(OFFER_STATUSES, { error: 'État inconnu : choisissez-le dans la liste.' }).optional(),
});

const revisionField = z
  .string()
  .regex(/^\d{1,9}$/)
  .transform(Number);

const statusForm = z.strictObject({
  _csrf: csrfField,
  action: z.enum(OFFER_ACTIONS),
  revision: revisionField,
  retour: z.string().max(500).optional(),
});

const duplicateForm = z.strictObject({ _csrf: csrfField });

const isOfferType = (value: string): value is OfferType => (OFFER_TYPES as readonly string[]).includes(value);

/** Only back to a page of this space: "/commune", "/commune?type=…", "/commune/offres/…". */
const backPath = (candidate: string | undefined): string =>
  candidate && /^\/commune(?:[/?][\w\-/?=&%.]*)?$/.test(candidate) && !candidate.includes('//')
    ? candidate
    : HOME;

/** The acting staff member, as the services know them. */
function staffOf(req: Request): CommuneStaff {
  const user = req.user;
  if (!user?.commune) throw new HttpError(403, 'Votre compte n’est rattaché à aucune commune.');
  return {
    id: user.id,
    email: user.email,
    communeCode: user.commune.code,
    active: user.status === 'actif',
  };
}

/** Today in metropolitan France, as yyyy-mm-dd (the date field's format). */
function todayInParis(now = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** An offer as the list and the edit page show it, with the forms of its possible actions. */
function describeOffer(offer: OfferView, back: string) {
  return {
    id: offer.id,
    title: offer.title,
    type: offer.type,
    typeLabel: OFFER_TYPE_LABELS[offer.type],
    status: offer.status,
    statusLabel: OFFER_STATUS_LABELS[offer.status],
    badgeClass: STATUS_BADGES[offer.status],
    availableFrom: offer.availableFrom,
    expiresAt: offer.expiresAt,
    updatedAt: offer.updatedAt,
    revision: offer.revision,
    editHref: `/commune/offres/${offer.id}/modifier`,
    actions: availableActions(offer.status).map((action) => ({
      action,
      label: OFFER_ACTION_LABELS[action],
      href: `/commune/offres/${offer.id}/statut`,
      revision: offer.revision,
      back,
      primary: action === 'publier',
    })),
  };
}

export function communeOfferRoutes(
  offers: OfferService,
  profiles: CommuneProfiles,
  communes: Pick<CommuneDirectory, 'details'>,
): Router {
  const router = Router();
  const guard = requireRole('commune');

  const communeOf = (code: string) => {
    const commune = communes.details(code);
    return {
      code,
      nom: commune?.nom ?? code,
      label: commune ? `${commune.nom} (${commune.departement.code})` : code,
    };
  };

  // ---- "Mes offres" ----------------------------------------------------------------------------

  router.get(HOME, ...guard, (req, res) => {
    const staff = staffOf(req);
    const raw = Object.fromEntries(
      Object.entries(req.query as Record<string, unknown>).filter(([, value]) => value !== ''),
    );
    const parsed = parseInput(listQuery, raw);
    const filtered = parsed.ok && (parsed.value.type !== undefined || parsed.value.statut !== undefined);
    const list = parsed.ok
      ? offers.ofCommune(staff.communeCode, { type: parsed.value.type, status: parsed.value.statut })
      : [];
    const back = parsed.ok ? req.originalUrl : HOME;
    const hasOffers = offers.ofCommune(staff.communeCode).length > 0;
    res.status(parsed.ok ? 200 : 400).render('commune/offers', {
      title: 'Mes offres',
      commune: communeOf(staff.communeCode),
      pending: !staff.active,
      choices: CHOICES,
      values: {
        type: typeof raw.type === 'string' ? raw.type : '',
        statut: typeof raw.statut === 'string' ? raw.statut : '',
      },
      errors: parsed.ok ? undefined : parsed.errors,
      offers: list.map((offer) => describeOffer(offer, back)),
      filtered,
      hasOffers,
      showFilters: hasOffers || !parsed.ok,
    });
  });

  // ---- Offer form ------------------------------------------------------------------------------

  interface FormPage {
    type: OfferType;
    values: OfferFormValues;
    errors?: FieldErrors;
    /** The stored offer being edited (after a conflict: its current version). */
    offer?: OfferView;
    conflict?: boolean;
  }

  const renderForm = (req: Request, res: Response, status: number, page: FormPage) => {
    const staff = staffOf(req);
    const offer = page.offer && describeOffer(page.offer, `/commune/offres/${page.offer.id}/modifier`);
    res.status(status).render('commune/offer-form', {
      title: page.offer
        ? `Modifier l’offre « ${page.offer.title} »`
        : `Nouvelle offre : ${OFFER_TYPE_LABELS[page.type].toLowerCase()}`,
      commune: communeOf(staff.communeCode),
      pending: !staff.active,
      typeLabel: OFFER_TYPE_LABELS[page.type],
      fieldsPartial: `offer-fields/${page.type}`,
      action: page.offer ? `/commune/offres/${page.offer.id}` : `/commune/offres/nouvelle/${page.type}`,
      offer,
      conflict: page.conflict === true,
      values: valuesToShow(page.values, CHECKBOX_GROUPS),
      errors: page.errors,
      choices: CHOICES,
      descriptionMaxLength: DESCRIPTION_MAX_LENGTH,
    });
  };

  const ownedOffer = (req: Request): OfferView => {
    const offer = offers.getOwned(staffOf(req), String(req.params.id));
    if (!offer) throw new NotFoundError();
    return offer;
  };

  router.get('/commune/offres/nouvelle', ...guard, (_req, res) => {
    res.render('commune/offer-type-choice', {
      title: 'Publier une nouvelle offre',
      types: OFFER_TYPES.map((type) => ({
        type,
        label: OFFER_TYPE_LABELS[type],
        description: TYPE_DESCRIPTIONS[type],
        href: `/commune/offres/nouvelle/${type}`,
      })),
    });
  });

  router.get('/commune/offres/nouvelle/:type', ...guard, (req, res) => {
    const type = String(req.params.type);
    if (!isOfferType(type)) throw new NotFoundError();
    renderForm(req, res, 200, {
      type,
      values: { contactName: req.user?.name ?? '', availableFrom: todayInParis() },
    });
  });

  router.post('/commune/offres/nouvelle/:type', ...guard, async (req, res) => {
    const type = String(req.params.type);
    if (!isOfferType(type)) throw new NotFoundError();
    const submitted = submittedValues(req.body);
    const parsed = parseInput(offerFormSchema(type), submitted);
    if (!parsed.ok) return renderForm(req, res, 400, { type, values: submitted, errors: parsed.errors });
    const offer = await offers.create(staffOf(req), type, toOfferInput(type, parsed.value));
    req.session.flash = {
      type: 'success',
      message: `Offre enregistrée en brouillon : « ${offer.title} ». Publiez-la quand elle est prête.`,
    };
    res.redirect(303, HOME);
  });

  router.get('/commune/offres/:id/modifier', ...guard, (req, res) => {
    const offer = ownedOffer(req);
    renderForm(req, res, 200, { type: offer.type, values: toFormValues(offer), offer });
  });

  router.post('/commune/offres/:id', ...guard, async (req, res) => {
    const offer = ownedOffer(req);
    const submitted = submittedValues(req.body);
    const parsed = parseInput(offerFormSchema(offer.type), submitted);
    if (!parsed.ok) {
      if (parsed.errors.revision)
        throw new HttpError(400, 'Le formulaire est incomplet : rechargez la page et recommencez.');
      return renderForm(req, res, 400, { type: offer.type, values: submitted, errors: parsed.errors, offer });
    }
    if (parsed.value.revision === undefined)
      throw new HttpError(400, 'Le formulaire est incomplet : rechargez la page et recommencez.');
    const result = await offers.update(
      staffOf(req),
      offer.id,
      parsed.value.revision,
      toOfferInput(offer.type, parsed.value),
    );
    if (result.ok) {
      req.session.flash = {
        type: 'success',
        message: `Modifications de l’offre « ${result.offer.title} » enregistrées.`,
      };
      return res.redirect(303, HOME);
    }
    if (result.reason === 'not-found') throw new NotFoundError();
    if (result.reason === 'not-allowed') throw new HttpError(400, result.message);
    // Someone saved in between: keep what this person typed, show the current version, and take its
    // revision so that submitting again deliberately replaces it.
    renderForm(req, res, 409, {
      type: offer.type,
      values: { ...submitted, revision: String(result.current.revision) },
      offer: result.current,
      conflict: true,
    });
  });

  router.post('/commune/offres/:id/dupliquer', ...guard, async (req, res) => {
    const offer = ownedOffer(req);
    if (!parseInput(duplicateForm, req.body).ok) throw new HttpError(400, 'Requête invalide.');
    const result = await offers.duplicate(staffOf(req), offer.id);
    if (!result.ok) throw new NotFoundError();
    req.session.flash = {
      type: 'success',
      message: `Copie enregistrée en brouillon : modifiez-la, puis publiez-la quand elle est prête.`,
    };
    res.redirect(303, `/commune/offres/${result.offer.id}/modifier`);
  });

  router.post('/commune/offres/:id/statut', ...guard, async (req, res) => {
    const offer = ownedOffer(req);
    const parsed = parseInput(statusForm, req.body);
    if (!parsed.ok)
      throw new HttpError(400, 'Cette action n’a pas pu être lue : rechargez la page et recommencez.');
    const back = backPath(parsed.value.retour);
    const result = await offers.transition(
      staffOf(req),
      offer.id,
      parsed.value.action,
      parsed.value.revision,
    );
    if (result.ok) {
      req.session.flash = { type: 'success', message: ACTION_MESSAGES[parsed.value.action] };
    } else if (result.reason === 'not-found') {
      throw new NotFoundError();
    } else if (result.reason === 'not-allowed') {
      req.session.flash = { type: 'error', message: result.message };
    } else {
      req.session.flash = {
        type: 'warning',
        message: `L’offre « ${result.current.title} » a été modifiée entre-temps par un autre membre de votre commune : rien n’a été changé. Vérifiez son état ci-dessous (la page est rechargée) et recommencez si besoin.`,
      };
    }
    res.redirect(303, back);
  });

  // ---- The commune's presentation --------------------------------------------------------------

  const renderProfile = (
    req: Request,
    res: Response,
    status: number,
    page: { values: Record<string, string | string[]>; errors?: FieldErrors; conflict?: CommuneProfile },
  ) => {
    const { _csrf: _token, ...values } = page.values;
    res.status(status).render('commune/profile-form', {
      title: 'Présentation de la commune',
      commune: communeOf(staffOf(req).communeCode),
      values,
      errors: page.errors,
      conflict: page.conflict,
      limits: PROFILE_LIMITS,
    });
  };

  router.get('/commune/profil', ...guard, async (req, res) => {
    const profile = await profiles.get(staffOf(req).communeCode);
    renderProfile(req, res, 200, { values: toProfileFormValues(profile) });
  });

  router.post('/commune/profil', ...guard, async (req, res) => {
    const submitted = submittedValues(req.body);
    const parsed = parseInput(communeProfileForm, submitted);
    if (!parsed.ok) {
      if (parsed.errors.revision) throw new HttpError(400, parsed.errors.revision);
      return renderProfile(req, res, 400, { values: submitted, errors: parsed.errors });
    }
    const result = await profiles.save(staffOf(req), parsed.value.revision, toProfileInput(parsed.value));
    if (!result.ok) {
      return renderProfile(req, res, 409, {
        values: { ...submitted, revision: String(result.current.revision) },
        conflict: result.current,
      });
    }
    req.session.flash = {
      type: 'success',
      message: 'Présentation enregistrée : elle apparaît sur la page publique de votre commune.',
    };
    res.redirect(303, '/commune/profil');
  });

  return router;
}
