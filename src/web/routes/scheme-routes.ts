// "Mes dispositifs": partners publish aid schemes within their territory (/partenaire/dispositifs),
// moderators the national ones (/moderation/dispositifs). Drafts, publication, archiving; edition
// compare-and-set on the revision. A pending partner prepares drafts and publishes nothing; another
// organisation's scheme is "not found" (the service says so).
import { type Request, type Response, Router } from 'express';
import { z } from 'zod';
import { SCHEME_ACTIONS } from '../../domain/schemes/scheme-lifecycle';
import type { Territory } from '../../domain/schemes/scheme';
import { type SchemePublisher, publisherOf } from '../../services/schemes/scheme-publishers';
import { type SchemeRefusal, isRefusal } from '../../services/schemes/scheme-service';
import type { SchemeView } from '../../services/schemes/scheme-view';
import { allow } from '../access/access';
import { csrfField } from '../forms/fields';
import { type OfferFormValues, submittedValues, valuesToShow } from '../forms/offer-form-values';
import {
  SCHEME_CHECKBOX_GROUPS,
  type ParsedSchemeForm,
  schemeFormSchema,
  toSchemeInput,
} from '../forms/scheme-form';
import { schemeFormValues } from '../forms/scheme-form-values';
import { HttpError, NotFoundError } from '../http-errors';
import {
  NOT_VALIDATED,
  SCHEME_CHOICES,
  schemeActionFlash,
  presentOwnScheme,
  territoryChoices,
} from '../presenters/scheme-presenter';
import { type FieldErrors, parseInput } from '../validation';
import type { RouteContext } from './route-context';

type Area = 'partenaire' | 'moderation';

const INCOMPLETE_FORM = 'Le formulaire est incomplet : rechargez la page et recommencez.';

const statusForm = z.strictObject({
  _csrf: csrfField,
  action: z.enum(SCHEME_ACTIONS),
  revision: z
    .string()
    .regex(/^\d{1,9}$/)
    .transform(Number),
});

/** A refusal of the area, next to the field that holds the place at fault. */
function areaErrors(refusal: SchemeRefusal, form: ParsedSchemeForm): FieldErrors {
  if (refusal.reason === 'not-validated') return { territory: NOT_VALIDATED };
  const field = form.communes.includes(refusal.code)
    ? 'communes'
    : form.departements.includes(refusal.code)
      ? 'departements'
      : 'territory';
  return {
    [field]:
      refusal.reason === 'unknown-place'
        ? `Code inconnu : « ${refusal.code} ». Vérifiez-le.`
        : `« ${refusal.code} » est en dehors de votre territoire : un dispositif ne peut s’appliquer que dans le territoire de votre organisation.`,
  };
}

export function schemeRoutes({ services }: RouteContext): Router {
  const { schemes, gazetteer } = services;
  const router = Router();

  const publisher = (req: Request): SchemePublisher => {
    const found = req.user && publisherOf(req.user);
    if (!found) throw new HttpError(403, 'Votre compte ne publie pas de dispositifs.');
    return found;
  };
  const scopeOf = (found: SchemePublisher): Territory =>
    found.scope.role === 'moderateur' ? { level: 'national' } : found.scope.territory;
  const pending = (found: SchemePublisher) => found.scope.role === 'partenaire' && !found.scope.validated;

  const owned = (req: Request): SchemeView => {
    const scheme = schemes.getOwned(publisher(req), String(req.params.id));
    if (!scheme) throw new NotFoundError();
    return scheme;
  };

  for (const area of ['partenaire', 'moderation'] as const satisfies Area[]) {
    const role = area === 'partenaire' ? 'partenaire' : 'moderateur';
    // A pending partner prepares drafts within its territory (the service refuses it any publication,
    // and opens only its organisation's schemes); publishing, archiving and restoring need a validated one.
    const guard = allow({ role, validated: false });
    const ownerGuard = allow({
      role,
      validated: false,
      owner: (req) => schemes.getOwned(publisher(req), String(req.params.id)) !== undefined,
    });
    const statusGuard = allow({
      role,
      validated: true,
      owner: (req) => schemes.getOwned(publisher(req), String(req.params.id)) !== undefined,
    });
    const base = `/${area}/dispositifs`;

    const renderForm = (
      req: Request,
      res: Response,
      status: number,
      page: { values: OfferFormValues; errors?: FieldErrors; scheme?: SchemeView; conflict?: boolean },
    ) => {
      const found = publisher(req);
      res.status(status).render('partner/scheme-form', {
        title: page.scheme ? `Modifier le dispositif « ${page.scheme.title} »` : 'Nouveau dispositif',
        base,
        action: page.scheme ? `${base}/${page.scheme.id}` : `${base}/nouveau`,
        scheme: page.scheme && presentOwnScheme(page.scheme, base, gazetteer),
        conflict: page.conflict === true,
        pending: pending(found),
        values: valuesToShow(page.values, SCHEME_CHECKBOX_GROUPS),
        errors: page.errors,
        choices: { ...SCHEME_CHOICES, territories: territoryChoices(scopeOf(found), gazetteer) },
      });
    };

    router.get(base, guard, (req, res) => {
      const found = publisher(req);
      res.render('partner/schemes', {
        title: 'Mes dispositifs d’aide',
        base,
        moderator: area === 'moderation',
        pending: pending(found),
        schemes: schemes.ofOwner(found).map((scheme) => presentOwnScheme(scheme, base, gazetteer)),
      });
    });

    router.get(`${base}/nouveau`, guard, (req, res) => {
      const found = publisher(req);
      const scope = scopeOf(found);
      renderForm(req, res, 200, {
        values: {
          grantorName: req.user?.partner?.nom ?? '',
          grantorKind: req.user?.partner?.type ?? 'etat',
          territory: scope.level === 'national' ? 'national' : `${scope.level}:${scope.code}`,
          statuses: ['installe'],
        },
      });
    });

    router.post(`${base}/nouveau`, guard, async (req, res) => {
      const submitted = submittedValues(req.body);
      const parsed = parseInput(schemeFormSchema, submitted);
      if (!parsed.ok) return renderForm(req, res, 400, { values: submitted, errors: parsed.errors });
      const result = await schemes.create(publisher(req), toSchemeInput(parsed.value));
      if (!result.ok) {
        if (!isRefusal(result)) throw new HttpError(400, INCOMPLETE_FORM);
        return renderForm(req, res, 400, { values: submitted, errors: areaErrors(result, parsed.value) });
      }
      req.session.flash = {
        type: 'success',
        message: `Dispositif enregistré en brouillon : « ${result.scheme.title} ». Publiez-le quand il est prêt.`,
      };
      res.redirect(303, base);
    });

    router.get(`${base}/:id/modifier`, ownerGuard, (req, res) => {
      const scheme = owned(req);
      renderForm(req, res, 200, { values: schemeFormValues(scheme), scheme });
    });

    router.post(`${base}/:id`, ownerGuard, async (req, res) => {
      const scheme = owned(req);
      const submitted = submittedValues(req.body);
      const parsed = parseInput(schemeFormSchema, submitted);
      if (!parsed.ok) {
        if (parsed.errors.revision) throw new HttpError(400, INCOMPLETE_FORM);
        return renderForm(req, res, 400, { values: submitted, errors: parsed.errors, scheme });
      }
      if (parsed.value.revision === undefined) throw new HttpError(400, INCOMPLETE_FORM);
      const result = await schemes.update(
        publisher(req),
        scheme.id,
        parsed.value.revision,
        toSchemeInput(parsed.value),
      );
      if (result.ok) {
        req.session.flash = {
          type: 'success',
          message: `Modifications du dispositif « ${result.scheme.title} » enregistrées.`,
        };
        return res.redirect(303, base);
      }
      if (result.reason === 'not-found') throw new NotFoundError();
      if (result.reason === 'conflict')
        return renderForm(req, res, 409, {
          values: { ...submitted, revision: String(result.current.revision) },
          scheme: result.current,
          conflict: true,
        });
      if (!isRefusal(result)) throw new HttpError(400, INCOMPLETE_FORM);
      renderForm(req, res, 400, { values: submitted, errors: areaErrors(result, parsed.value), scheme });
    });

    router.post(`${base}/:id/statut`, statusGuard, async (req, res) => {
      const scheme = owned(req);
      const parsed = parseInput(statusForm, req.body);
      if (!parsed.ok)
        throw new HttpError(400, 'Cette action n’a pas pu être lue : rechargez la page et recommencez.');
      const { action, revision } = parsed.value;
      const result = await schemes.transition(publisher(req), scheme.id, action, revision);
      req.session.flash = schemeActionFlash(action, result);
      res.redirect(303, base);
    });
  }
  return router;
}
