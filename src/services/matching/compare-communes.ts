// Two to four communes side by side for one project: each one's assessment by the engine (ranked,
// "presque", or not among the project's communes) and the ARS zoning's zone for the professional's
// profession at the project's start.
import { startDateOf } from '../../domain/matching/child-age';
import type { CommuneAssessment } from '../../domain/matching/match-project';
import type { Zone } from '../../domain/zoning/zones';
import type { AccountUser } from '../accounts/account-user';
import type { CommuneDirectory } from '../geography/commune-directory';
import type { ProjectView } from '../projects/project-view';
import type { MatchingService } from './matching-service';

export const MIN_COMPARED = 2;
export const MAX_COMPARED = 4;

export interface ComparedCommune {
  code: string;
  nom: string;
  departement: { code: string; nom: string };
  /** null: not among the project's communes (outside its area, or no offer open to it). */
  assessment: CommuneAssessment | null;
  /** The ARS zoning's zone for the profession at the project's start, or null. */
  zone: Zone | null;
}

export interface CompareDeps {
  matching: Pick<MatchingService, 'assess' | 'toMatchingProject' | 'geography'>;
  communes: Pick<CommuneDirectory, 'details'>;
}

export type Comparison = { ok: true; compared: ComparedCommune[] } | { ok: false; reason: 'unknown-commune' };

export function compareCommunes(
  deps: CompareDeps,
  project: ProjectView,
  professional: NonNullable<AccountUser['professional']>,
  codes: readonly string[],
  now: Date,
): Comparison {
  if (codes.some((code) => !deps.communes.details(code))) return { ok: false, reason: 'unknown-commune' };
  const matchingProject = deps.matching.toMatchingProject(project, professional);
  const start = startDateOf(project.start);
  const compared = codes.map((code) => {
    const details = deps.communes.details(code);
    return {
      code,
      nom: details?.nom ?? code,
      departement: details?.departement ?? { code: '', nom: '' },
      assessment: deps.matching.assess(matchingProject, code, { now }),
      zone: deps.matching.geography.commune(code)?.zoneOf?.(professional.profession, start) ?? null,
    };
  });
  return { ok: true, compared };
}
