// "Alerte" on an installation project (/professionnel/projets/:id/alerte): create it with its
// threshold, change it, delete it. Another person's project is "not found".
import { type Request, type Response, Router } from 'express';
import { FREQUENCY_LABELS } from '../../domain/notifications/notification-preferences';
import { DEFAULT_ALERT_THRESHOLD } from '../../services/alerts/alert-service';
import type { ProjectView } from '../../services/projects/project-view';
import { alertDeletionForm, alertForm } from '../forms/alert-form';
import { HttpError, NotFoundError } from '../http-errors';
import { allow } from '../access/access';
import { type FieldErrors, parseInput } from '../validation';
import { PREFERENCES } from './notification-routes';
import type { RouteContext } from './route-context';

const alertPath = (projectId: string) => `/professionnel/projets/${projectId}/alerte`;

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

  const render = async (
    req: Request,
    res: Response,
    submitted?: { values: { seuil: string }; errors: FieldErrors },
  ) => {
    const { userId, project } = ownedProject(req);
    const alert = alerts.forProject(project.id);
    const frequency = (await preferences.of(userId))?.alertes ?? 'quotidien';
    res.status(submitted ? 400 : 200).render('notifications/project-alert', {
      title: `Alerte pour « ${project.name} »`,
      project: { name: project.name, resultsHref: `/professionnel/projets/${project.id}/resultats` },
      alert,
      action: alertPath(project.id),
      deleteAction: `${alertPath(project.id)}/suppression`,
      frequencyLabel: FREQUENCY_LABELS[frequency],
      preferencesHref: PREFERENCES,
      values: submitted?.values ?? { seuil: String(alert?.threshold ?? DEFAULT_ALERT_THRESHOLD) },
      errors: submitted?.errors,
    });
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
    if (!parseInput(alertDeletionForm, req.body).ok) throw new HttpError(400, 'Requête invalide.');
    const removed = await alerts.remove(userId, project.id);
    req.session.flash = removed
      ? { type: 'success', message: 'Votre alerte est supprimée.' }
      : { type: 'info', message: 'Ce projet n’avait pas d’alerte.' };
    res.redirect(303, alertPath(project.id));
  });

  return router;
}
