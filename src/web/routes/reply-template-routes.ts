// The commune's reply templates ("Modèles de réponse"): list, create, edit, delete. Each form carries
// the revision of the list the staff member saw: a colleague's change in between is a conflict, not
// an overwrite.
import { type Request, type Response, Router } from 'express';
import type { TemplateWriteResult } from '../../services/contacts/reply-templates';
import { templateDeletionForm, templateForm } from '../forms/conversation-template-form';
import { shownValues } from '../forms/shown-input';
import { HttpError, NotFoundError } from '../http-errors';
import { allow } from '../access/access';
import { TEMPLATE_REFUSALS } from '../presenters/contact-refusals';
import { UNREADABLE_ACTION, refusalError } from '../presenters/refusal';
import {
  TEMPLATES_PATH,
  type TemplatesForm,
  presentTemplatesPage,
} from '../presenters/reply-template-presenter';
import { staffOf } from '../session/commune-staff';
import { parseInput } from '../validation';
import type { RouteContext } from './route-context';

export function replyTemplateRoutes({ services }: RouteContext): Router {
  const templates = services.replyTemplates;
  const router = Router();
  // The commune's shared templates: validated staff only.
  const guard = allow({ role: 'commune', validated: true });

  const render = async (req: Request, res: Response, form: TemplatesForm & { status?: number } = {}) => {
    const current = await templates.of(staffOf(req).communeCode);
    if (form.editing && !current.templates.some((template) => template.id === form.editing))
      throw new NotFoundError('Modèle introuvable');
    res.status(form.status ?? 200).render('messages/templates', presentTemplatesPage(current, form));
  };

  const answer = async (
    req: Request,
    res: Response,
    result: TemplateWriteResult,
    success: string,
    editing?: string,
  ) => {
    if (result.ok) {
      req.session.flash = { type: 'success', message: success };
      res.redirect(303, TEMPLATES_PATH);
      return;
    }
    const { status, message } = TEMPLATE_REFUSALS[result.reason];
    // Not validated, or the template is gone: the error page; otherwise the form again.
    if (status === 403 || status === 404) throw new HttpError(status, message);
    await render(req, res, {
      status,
      editing,
      errors: { _: message },
      values: shownValues(req.body, ['titre', 'texte']),
    });
  };

  router.get(TEMPLATES_PATH, guard, async (req, res) => render(req, res));
  router.get(`${TEMPLATES_PATH}/:id`, guard, async (req, res) =>
    render(req, res, { editing: String(req.params.id) }),
  );

  /** Adds a template, or saves the one being edited. */
  const save = async (req: Request, res: Response, editing?: string) => {
    const parsed = parseInput(templateForm, req.body);
    if (!parsed.ok) {
      const values = shownValues(req.body, ['titre', 'texte']);
      return render(req, res, { status: 400, editing, errors: parsed.errors, values });
    }
    const { revision, titre, texte } = parsed.value;
    const input = { title: titre, text: texte };
    const staff = staffOf(req);
    const result = editing
      ? await templates.update(staff, revision, editing, input)
      : await templates.create(staff, revision, input);
    await answer(req, res, result, editing ? 'Modèle enregistré.' : 'Modèle ajouté.', editing);
  };

  router.post(TEMPLATES_PATH, guard, async (req, res) => save(req, res));
  router.post(`${TEMPLATES_PATH}/:id`, guard, async (req, res) => save(req, res, String(req.params.id)));

  router.post(`${TEMPLATES_PATH}/:id/suppression`, guard, async (req, res) => {
    const parsed = parseInput(templateDeletionForm, req.body);
    if (!parsed.ok) throw refusalError(UNREADABLE_ACTION);
    await answer(
      req,
      res,
      await templates.remove(staffOf(req), parsed.value.revision, String(req.params.id)),
      'Modèle supprimé.',
    );
  });

  return router;
}
