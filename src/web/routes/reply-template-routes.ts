// The commune's reply templates ("Modèles de réponse"): list, create, edit, delete. Each form carries
// the revision of the list the staff member saw: a colleague's change in between is a conflict, not
// an overwrite.
import { type Request, type Response, Router } from 'express';
import type { TemplateWriteResult } from '../../services/contacts/reply-templates';
import { templateDeletionForm, templateForm } from '../forms/conversation-template-form';
import { shownValues } from '../forms/shown-input';
import { HttpError, NotFoundError } from '../http-errors';
import { allow } from '../access/access';
import { staffOf } from '../session/commune-staff';
import { type FieldErrors, parseInput } from '../validation';
import type { RouteContext } from './route-context';

export const TEMPLATES_PATH = '/commune/messages/modeles';

const FAILURES: Record<Exclude<TemplateWriteResult, { ok: true }>['reason'], string> = {
  conflict:
    'Un ou une collègue a modifié les modèles entre-temps : vérifiez la liste ci-dessous et recommencez.',
  'not-found': 'Ce modèle n’existe plus.',
  'too-many': 'Votre commune a déjà le nombre maximal de modèles : supprimez-en un d’abord.',
  'not-allowed': 'Votre compte doit être validé par un modérateur avant de pouvoir faire cette action.',
};

export function replyTemplateRoutes({ services }: RouteContext): Router {
  const templates = services.replyTemplates;
  const router = Router();
  // The commune's shared templates: validated staff only.
  const guard = allow({ role: 'commune', validated: true });

  const render = async (
    req: Request,
    res: Response,
    options: {
      status?: number;
      editing?: string;
      errors?: FieldErrors;
      values?: Record<string, string>;
    } = {},
  ) => {
    const staff = staffOf(req);
    const current = await templates.of(staff.communeCode);
    const editing = options.editing
      ? current.templates.find((template) => template.id === options.editing)
      : undefined;
    if (options.editing && !editing) throw new NotFoundError('Modèle introuvable');
    res.status(options.status ?? 200).render('messages/templates', {
      title: editing ? `Modifier le modèle « ${editing.title} »` : 'Modèles de réponse',
      templates: current.templates.map((template) => ({
        ...template,
        editHref: `${TEMPLATES_PATH}/${template.id}`,
        deleteAction: `${TEMPLATES_PATH}/${template.id}/suppression`,
      })),
      revision: current.revision,
      editing: editing && { id: editing.id, action: `${TEMPLATES_PATH}/${editing.id}` },
      action: editing ? `${TEMPLATES_PATH}/${editing.id}` : TEMPLATES_PATH,
      values:
        options.values ??
        (editing ? { titre: editing.title, texte: editing.text } : { titre: '', texte: '' }),
      errors: options.errors,
    });
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
    if (result.reason === 'not-allowed') throw new HttpError(403, FAILURES[result.reason]);
    if (result.reason === 'not-found') throw new NotFoundError(FAILURES[result.reason]);
    await render(req, res, {
      status: result.reason === 'conflict' ? 409 : 400,
      editing,
      errors: { _: FAILURES[result.reason] },
      values: shownValues(req.body, ['titre', 'texte']),
    });
  };

  router.get(TEMPLATES_PATH, guard, async (req, res) => render(req, res));
  router.get(`${TEMPLATES_PATH}/:id`, guard, async (req, res) =>
    render(req, res, { editing: String(req.params.id) }),
  );

  router.post(TEMPLATES_PATH, guard, async (req, res) => {
    const parsed = parseInput(templateForm, req.body);
    if (!parsed.ok)
      return render(req, res, {
        status: 400,
        errors: parsed.errors,
        values: shownValues(req.body, ['titre', 'texte']),
      });
    const { revision, titre, texte } = parsed.value;
    await answer(
      req,
      res,
      await templates.create(staffOf(req), revision, { title: titre, text: texte }),
      'Modèle ajouté.',
    );
  });

  router.post(`${TEMPLATES_PATH}/:id`, guard, async (req, res) => {
    const id = String(req.params.id);
    const parsed = parseInput(templateForm, req.body);
    if (!parsed.ok)
      return render(req, res, {
        status: 400,
        editing: id,
        errors: parsed.errors,
        values: shownValues(req.body, ['titre', 'texte']),
      });
    const { revision, titre, texte } = parsed.value;
    await answer(
      req,
      res,
      await templates.update(staffOf(req), revision, id, { title: titre, text: texte }),
      'Modèle enregistré.',
      id,
    );
  });

  router.post(`${TEMPLATES_PATH}/:id/suppression`, guard, async (req, res) => {
    const parsed = parseInput(templateDeletionForm, req.body);
    if (!parsed.ok)
      throw new HttpError(400, 'Cette action n’a pas pu être lue : rechargez la page et recommencez.');
    await answer(
      req,
      res,
      await templates.remove(staffOf(req), parsed.value.revision, String(req.params.id)),
      'Modèle supprimé.',
    );
  });

  return router;
}
