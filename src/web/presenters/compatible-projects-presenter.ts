// "Projets compatibles" as a commune's staff sees them: each shared project, anonymised, with the
// commune's result for it (score, or "presque" with what is missing), whether the commune already
// proposed its offers, best score first; and what the page says once "Proposer nos offres" was tried.
import type { SessionData } from 'express-session';
import type { CommuneAssessment } from '../../domain/matching/match-project';
import type { ProposalResult } from '../../services/matching/proposals';
import type { SharedProject } from '../../services/matching/shared-projects';
import { presentAnonymisedProject } from './anonymised-project';
import type { Refusal } from './refusal';
import { scoreBadge } from './score-badge';

type Flash = SessionData['flash'];

export const COMPATIBLE_PROJECTS = '/commune/projets';
export const proposalPath = (projectId: string) => `${COMPATIBLE_PROJECTS}/${projectId}/proposition`;

/** The commune as the project's results list it: ranked, or "presque" with what is missing; or absent. */
const communeResult = (assessed: CommuneAssessment | null) =>
  assessed && {
    score: assessed.match.score,
    scoreBadge: scoreBadge(assessed.match.score),
    ranked: assessed.ranked,
    missing: assessed.match.missing,
  };

export function presentCompatibleProjects(
  shared: readonly SharedProject[],
  assess: (shared: SharedProject) => CommuneAssessment | null,
  proposed: ReadonlyMap<string, Date>,
  now: Date,
) {
  return (
    shared
      .map((one) => ({
        ...presentAnonymisedProject(one.project, one.profile, now),
        result: communeResult(assess(one)),
        proposedAt: proposed.get(one.project.id) ?? null,
        proposeAction: proposalPath(one.project.id),
        startKey: one.project.start.year * 12 + one.project.start.month,
      }))
      // Best score first, then the soonest start; the projects without a score last.
      .sort((a, b) => (b.result?.score ?? -1) - (a.result?.score ?? -1) || a.startKey - b.startKey)
  );
}

const day = (date: Date) => date.toLocaleDateString('fr-FR', { timeZone: 'Europe/Paris' });

/** What the commune is told once it proposed its offers (or had already). */
export function proposalFlash(
  result: Extract<ProposalResult, { ok: true } | { reason: 'already-proposed' }>,
): Flash {
  if (result.ok)
    return {
      type: 'success',
      message:
        'Proposition envoyée : le ou la professionnel(le) est prévenu(e) (selon ses préférences de notification) et voit votre commune en tête de ses résultats.',
    };
  return {
    type: 'info',
    message: `Votre commune a déjà proposé ses offres pour ce projet (le ${day(result.proposal.at)}) : rien n’a été renvoyé.`,
  };
}

export const PROPOSAL_NOT_ALLOWED: Refusal = {
  status: 403,
  message: 'Votre compte doit être validé par un modérateur avant de pouvoir faire cette action.',
};

export const tooManyProposals = (delay: string) =>
  `Vous avez proposé vos offres de nombreuses fois en peu de temps : cette proposition n’est pas partie. Réessayez dans ${delay}.`;
