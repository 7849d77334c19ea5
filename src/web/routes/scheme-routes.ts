// "Mes dispositifs": partners publish aid schemes within their territory (/partenaire/dispositifs),
// moderators the national ones (/moderation/dispositifs). Drafts, publication, archiving; edition
// compare-and-set on the revision. A pending partner prepares drafts and publishes nothing; another
// organisation's scheme is "not found" (the service says so).
import { type Request, type Response, Router } from 'express';
import {
  type SchemePublisher,
  isPendingPublisher,
  publisherOf,
  publisherTerritory,
} from '../../services/schemes/scheme-publishers';
import { isRefusal } from '../../services/schemes/scheme-service';
import type { SchemeView } from '../../services/schemes/scheme-view';
import { allow } from '../access/access';
import { submittedValues } from '../forms/offer-form-values';
import { schemeActionForm } from '../forms/scheme-action-form';
import { schemeFormSchema, toSchemeInput } from '../forms/scheme-form';
import { newSchemeValues, schemeFormValues } from '../forms/scheme-form-values';
import { HttpError, NotFoundError } from '../http-errors';
import { type SchemeFormPage, presentSchemeForm } from '../presenters/scheme-form-presenter';
import { INCOMPLETE_FORM, UNREADABLE_ACTION, refusalError } from '../presenters/refusal';
import { areaErrors } from '../presenters/scheme-refusals';
import { presentOwnScheme, schemeActionFlash, schemeSavedFlash } from '../presenters/scheme-presenter';
import { parseInput } from '../validation';
import type { RouteContext } from './route-context';

export function schemeRoutes({ services }: RouteContext): Router {
  const { schemes, gazetteer } = services;
  const router = Router();

  const publisher = (req: Request): SchemePublisher => {
    const found = req.user && publisherOf(req.user);
    if (!found) throw new HttpError(403, 'Votre compte ne publie pas de dispositifs.');
    return found;
  };
  const owned = (req: Request): SchemeView => {
    const scheme = schemes.getOwned(publisher(req), String(req.params.id));
    if (!scheme) throw new NotFoundError();
    return scheme;
  };

  for (const area of ['partenaire', 'moderation'] as const) {
    const role = area === 'partenaire' ? 'partenaire' : 'moderateur';
    const isOwner = (req: Request) => schemes.getOwned(publisher(req), String(req.params.id)) !== undefined;
    // A pending partner prepares drafts within its territory (the service refuses it any publication,
    // and opens only its organisation's schemes); publishing, archiving and restoring need a validated one.
    const guard = allow({ role, validated: false });
    const ownerGuard = allow({ role, validated: false, owner: isOwner });
    const statusGuard = allow({ role, validated: true, owner: isOwner });
    const base = `/${area}/dispositifs`;

    const renderForm = (req: Request, res: Response, status: number, page: SchemeFormPage) => {
      res
        .status(status)
        .render('partner/scheme-form', presentSchemeForm(page, publisher(req), base, gazetteer));
    };

    router.get(base, guard, (req, res) => {
      const found = publisher(req);
      res.render('partner/schemes', {
        title: 'Mes dispositifs d’aide',
        base,
        moderator: area === 'moderation',
        pending: isPendingPublisher(found),
        schemes: schemes.ofOwner(found).map((scheme) => presentOwnScheme(scheme, base, gazetteer)),
      });
    });

    router.get(`${base}/nouveau`, guard, (req, res) => {
      const territory = publisherTerritory(publisher(req));
      renderForm(req, res, 200, { values: newSchemeValues(req.user?.partner, territory) });
    });

    router.post(`${base}/nouveau`, guard, async (req, res) => {
      const submitted = submittedValues(req.body);
      const parsed = parseInput(schemeFormSchema, submitted);
      if (!parsed.ok) return renderForm(req, res, 400, { values: submitted, errors: parsed.errors });
      const result = await schemes.create(publisher(req), toSchemeInput(parsed.value));
      if (!result.ok) {
        if (!isRefusal(result)) throw refusalError(INCOMPLETE_FORM);
        return renderForm(req, res, 400, { values: submitted, errors: areaErrors(result, parsed.value) });
      }
      req.session.flash = schemeSavedFlash.created(result.scheme.title);
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
        if (parsed.errors.revision) throw refusalError(INCOMPLETE_FORM);
        return renderForm(req, res, 400, { values: submitted, errors: parsed.errors, scheme });
      }
      const { revision } = parsed.value;
      if (revision === undefined) throw refusalError(INCOMPLETE_FORM);
      const result = await schemes.update(publisher(req), scheme.id, revision, toSchemeInput(parsed.value));
      if (result.ok) {
        req.session.flash = schemeSavedFlash.updated(result.scheme.title);
        return res.redirect(303, base);
      }
      if (result.reason === 'not-found') throw new NotFoundError();
      if (result.reason === 'conflict')
        return renderForm(req, res, 409, {
          values: { ...submitted, revision: String(result.current.revision) },
          scheme: result.current,
          conflict: true,
        });
      if (!isRefusal(result)) throw refusalError(INCOMPLETE_FORM);
      renderForm(req, res, 400, { values: submitted, errors: areaErrors(result, parsed.value), scheme });
    });

    router.post(`${base}/:id/statut`, statusGuard, async (req, res) => {
      const scheme = owned(req);
      const parsed = parseInput(schemeActionForm, req.body);
      if (!parsed.ok) throw refusalError(UNREADABLE_ACTION);
      const { action, revision } = parsed.value;
      const result = await schemes.transition(publisher(req), scheme.id, action, revision);
      req.session.flash = schemeActionFlash(action, result);
      res.redirect(303, base);
    });
  }
  return router;
}
