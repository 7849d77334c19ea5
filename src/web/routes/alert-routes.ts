// "Alerte" on an installation project (/professionnel/projets/:id/alerte): create it with its
// threshold, change it, delete it. Another person's project is "not found".
import { type Request, type Response, Router } from 'express';
import type { ProjectView } from '../../services/projects/project-view';
import { alertForm } from '../forms/alert-form';
import { csrfOnlyForm } from '../forms/fields';
import { HttpError, NotFoundError } from '../http-errors';
import { allow } from '../access/access';
import { type SubmittedAlert, alertPath, presentProjectAlert } from '../presenters/project-alert-presenter';
import { parseInput } from '../validation';
import type { RouteContext } from './route-context';

export function alertRoutes({ services }: RouteContext): Router {
  const { alerts, projects, notificationPreferences: preferences } = services;
  const router = Router();
  const guard = allow({ role: 'professionnel', validated: true });

  const ownedProject = (req: Request): { userId: string; project: ProjectView } => {
    const user = req.user;
    if (!user) throw new HttpError(403, 'Connectez-vous pour continuer.');
    const project = projects.getOwned(user.id, String(req.params.id));
    if (!project) throw new NotFoundError();
    return { userId: user.id, project };
  };

  const render = async (req: Request, res: Response, submitted?: SubmittedAlert) => {
    const { userId, project } = ownedProject(req);
    const frequency = (await preferences.of(userId))?.alertes ?? 'quotidien';
    res
      .status(submitted ? 400 : 200)
      .render(
        'notifications/project-alert',
        presentProjectAlert(project, alerts.forProject(project.id), frequency, submitted),
      );
  };

  router.get('/professionnel/projets/:id/alerte', guard, (req, res) => render(req, res));

  router.post('/professionnel/projets/:id/alerte', guard, async (req, res) => {
    const { userId, project } = ownedProject(req);
    const parsed = parseInput(alertForm, req.body);
    if (!parsed.ok) {
      const seuil = (req.body as { seuil?: unknown } | undefined)?.seuil;
      return render(req, res, {
        values: { seuil: typeof seuil === 'string' ? seuil : '' },
        errors: parsed.errors,
      });
    }
    const existed = alerts.forProject(project.id) !== undefined;
    if (!(await alerts.save(userId, project.id, parsed.value.seuil))) throw new NotFoundError();
    req.session.flash = {
      type: 'success',
      message: existed
        ? 'Votre alerte est modifiée.'
        : 'Votre alerte est créée : vous serez prévenu(e) quand une nouvelle offre fera correspondre une commune à ce projet.',
    };
    res.redirect(303, alertPath(project.id));
  });

  router.post('/professionnel/projets/:id/alerte/suppression', guard, async (req, res) => {
    const { userId, project } = ownedProject(req);
    if (!parseInput(csrfOnlyForm, req.body).ok) throw new HttpError(400, 'Requête invalide.');
    const removed = await alerts.remove(userId, project.id);
    req.session.flash = removed
      ? { type: 'success', message: 'Votre alerte est supprimée.' }
      : { type: 'info', message: 'Ce projet n’avait pas d’alerte.' };
    res.redirect(303, alertPath(project.id));
  });

  return router;
}
