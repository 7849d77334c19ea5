// Shortcuts for reading a match result in tests.
import { matchProject } from '../../../../src/domain/matching/match-project';
import type {
  CommuneMatch,
  Criterion,
  CriterionMatch,
  MatchingCommune,
  MatchingOffer,
  MatchingOptions,
  MatchingProject,
  MatchResult,
} from '../../../../src/domain/matching/types';
import { NOW, geographyOf } from './fixtures';

export function run(
  project: MatchingProject,
  communes: readonly MatchingCommune[],
  offers: readonly MatchingOffer[],
  options: Partial<MatchingOptions> = {},
): MatchResult {
  return matchProject(project, geographyOf(communes, offers), { now: NOW, ...options });
}

/** The commune's match, in `ranked` or `almost`. */
export function matchOf(result: MatchResult, code: string): CommuneMatch {
  const found = [...result.ranked, ...result.almost].find((entry) => entry.commune.code === code);
  if (!found) throw new Error(`no match for ${code}`);
  return found;
}

export function criterionOf(match: CommuneMatch, criterion: Criterion): CriterionMatch {
  const found = match.criteria.find((entry) => entry.criterion === criterion);
  if (!found) throw new Error(`no ${criterion}`);
  return found;
}

/** Explanations with ordinary spaces, to compare with readable strings. */
export const plain = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ');

export const codes = (matches: readonly CommuneMatch[]): string[] =>
  matches.map((entry) => entry.commune.code);
