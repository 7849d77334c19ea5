// The signed-in professional, and the project of theirs a route names (/professionnel/projets/:id):
// another person's project is "not found", as the project service says.
import type { Request } from 'express';
import type { AccountUser } from '../../services/accounts/account-user';
import type { ProjectService } from '../../services/projects/project-service';
import type { ProjectView } from '../../services/projects/project-view';
import { HttpError, NotFoundError } from '../http-errors';

/** The acting professional; their profile may still be missing (null). */
export function professionalOf(req: Request): AccountUser {
  const user = req.user;
  if (!user) throw new HttpError(403, 'Connectez-vous pour continuer.');
  return user;
}

export function ownedProject(projects: Pick<ProjectService, 'getOwned'>, req: Request): ProjectView {
  const project = projects.getOwned(professionalOf(req).id, String(req.params.id));
  if (!project) throw new NotFoundError();
  return project;
}
