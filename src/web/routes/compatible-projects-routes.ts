// "Projets compatibles" for commune staff: the installation projects shared anonymously by
// professionals (opt-in) whose area includes the commune, each with the commune's score for it, and
// "Proposer nos offres", which tells the professional (by e-mail, and at the top of their results).
// Pending accounts see an explanation, never the projects.
import { Router } from 'express';
import { z } from 'zod';
import type { CommuneDirectory } from '../../services/geography/commune-directory';
import type { MatchingService } from '../../services/matching/matching-service';
import type { OfferProposals } from '../../services/matching/proposals';
import { isRateLimited } from '../../services/limits/rate-limiter';
import type { SharedProject, SharedProjects } from '../../services/matching/shared-projects';
import { csrfField } from '../forms/fields';
import { HttpError, NotFoundError } from '../http-errors';
import { allow } from '../access/access';
import { presentAnonymisedProject } from '../presenters/anonymised-project';
import { presentCommuneHeading } from '../presenters/commune-heading';
import { retryAfter } from '../retry-after';
import { staffOf } from '../session/commune-staff';
import { parseInput } from '../validation';
import { scoreLevel } from '../presenters/results-presenter';
import type { RouteContext } from './route-context';

export const COMPATIBLE_PROJECTS = '/commune/projets';

const proposalForm = z.strictObject({ _csrf: csrfField });

const SCORE_BADGES = { bon: 'fr-badge--success', moyen: 'fr-badge--warning', faible: '' } as const;

export interface CompatibleProjectsDeps {
  shared: Pick<SharedProjects, 'forCommune' | 'visibleTo'>;
  matching: Pick<MatchingService, 'assess' | 'toMatchingProject'>;
  proposals: Pick<OfferProposals, 'propose' | 'ofCommune'>;
  communes: Pick<CommuneDirectory, 'details'>;
}

export function compatibleProjectsRoutes({ services }: RouteContext): Router {
  const deps: CompatibleProjectsDeps = { ...services, shared: services.sharedProjects };
  const router = Router();
  // Projects shared with the commune: validated staff only.
  const guard = allow({ role: 'commune', validated: true });

  /** The commune as the project's results list it: ranked, or "presque" with what is missing; or absent. */
  const communeResult = ({ project, profile }: SharedProject, communeCode: string, now: Date) => {
    const assessed = deps.matching.assess(deps.matching.toMatchingProject(project, profile), communeCode, {
      now,
    });
    if (!assessed) return null;
    return {
      score: assessed.match.score,
      scoreBadge: SCORE_BADGES[scoreLevel(assessed.match.score)],
      ranked: assessed.ranked,
      missing: assessed.match.missing,
    };
  };

  router.get(COMPATIBLE_PROJECTS, guard, async (req, res) => {
    const staff = staffOf(req);
    const commune = presentCommuneHeading(staff.communeCode, deps.communes);
    const now = new Date();
    const proposed = deps.proposals.ofCommune(staff.communeCode);
    const projects = (await deps.shared.forCommune(staff.communeCode))
      .map((shared) => ({
        ...presentAnonymisedProject(shared.project, shared.profile, now),
        result: communeResult(shared, staff.communeCode, now),
        proposedAt: proposed.get(shared.project.id) ?? null,
        proposeAction: `${COMPATIBLE_PROJECTS}/${shared.project.id}/proposition`,
        startKey: shared.project.start.year * 12 + shared.project.start.month,
      }))
      // Best score first, then the soonest start; the projects without a score last.
      .sort((a, b) => (b.result?.score ?? -1) - (a.result?.score ?? -1) || a.startKey - b.startKey);
    res.render('commune/compatible-projects', { title: 'Projets compatibles', commune, projects });
  });

  router.post(`${COMPATIBLE_PROJECTS}/:id/proposition`, guard, async (req, res) => {
    const staff = staffOf(req);
    if (!parseInput(proposalForm, req.body).ok) throw new HttpError(400, 'Requête invalide.');
    const shared = await deps.shared.visibleTo(String(req.params.id), staff.communeCode);
    if (!shared) throw new NotFoundError();
    const result = await deps.proposals.propose(staff, shared.project);
    if (isRateLimited(result))
      throw new HttpError(
        429,
        `Vous avez proposé vos offres de nombreuses fois en peu de temps : cette proposition n’est pas partie. Réessayez dans ${retryAfter(res, result)}.`,
      );
    if (result.ok) {
      req.session.flash = {
        type: 'success',
        message:
          'Proposition envoyée : le ou la professionnel(le) est prévenu(e) (selon ses préférences de notification) et voit votre commune en tête de ses résultats.',
      };
    } else if (result.reason === 'already-proposed') {
      req.session.flash = {
        type: 'info',
        message: `Votre commune a déjà proposé ses offres pour ce projet (le ${result.proposal.at.toLocaleDateString('fr-FR', { timeZone: 'Europe/Paris' })}) : rien n’a été renvoyé.`,
      };
    } else {
      throw new HttpError(
        403,
        'Votre compte doit être validé par un modérateur avant de pouvoir faire cette action.',
      );
    }
    res.redirect(303, `${COMPATIBLE_PROJECTS}#projet-${shared.project.id}`);
  });

  return router;
}
