// "Projets compatibles" for commune staff: the installation projects shared anonymously by
// professionals (opt-in) whose area includes the commune, each with the commune's score for it, and
// "Proposer nos offres", which tells the professional (by e-mail, and at the top of their results).
// Pending accounts see an explanation, never the projects.
import { Router } from 'express';
import { isRateLimited } from '../../services/limits/rate-limiter';
import { allow } from '../access/access';
import { csrfOnlyForm } from '../forms/fields';
import { HttpError, NotFoundError } from '../http-errors';
import { presentCommuneHeading } from '../presenters/commune-heading';
import {
  COMPATIBLE_PROJECTS,
  PROPOSAL_NOT_ALLOWED,
  presentCompatibleProjects,
  proposalFlash,
  proposalPath,
  tooManyProposals,
} from '../presenters/compatible-projects-presenter';
import { retryAfter } from '../retry-after';
import { staffOf } from '../session/commune-staff';
import { parseInput } from '../validation';
import type { RouteContext } from './route-context';

export function compatibleProjectsRoutes({ services }: RouteContext): Router {
  const { sharedProjects, matching, proposals, communes } = services;
  const router = Router();
  // Projects shared with the commune: validated staff only.
  const guard = allow({ role: 'commune', validated: true });

  router.get(COMPATIBLE_PROJECTS, guard, async (req, res) => {
    const { communeCode } = staffOf(req);
    const now = new Date();
    const shared = await sharedProjects.forCommune(communeCode);
    const projects = presentCompatibleProjects(
      shared,
      ({ project, profile }) =>
        matching.assess(matching.toMatchingProject(project, profile), communeCode, { now }),
      proposals.ofCommune(communeCode),
      now,
    );
    const commune = presentCommuneHeading(communeCode, communes);
    res.render('commune/compatible-projects', { title: 'Projets compatibles', commune, projects });
  });

  router.post(proposalPath(':id'), guard, async (req, res) => {
    const staff = staffOf(req);
    if (!parseInput(csrfOnlyForm, req.body).ok) throw new HttpError(400, 'Requête invalide.');
    const shared = await sharedProjects.visibleTo(String(req.params.id), staff.communeCode);
    if (!shared) throw new NotFoundError();
    const result = await proposals.propose(staff, shared.project);
    if (isRateLimited(result)) throw new HttpError(429, tooManyProposals(retryAfter(res, result)));
    if (!result.ok && result.reason === 'not-allowed') throw new HttpError(403, PROPOSAL_NOT_ALLOWED);
    req.session.flash = proposalFlash(result);
    res.redirect(303, `${COMPATIBLE_PROJECTS}#projet-${shared.project.id}`);
  });

  return router;
}
