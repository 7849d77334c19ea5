// A commune's score as the pages colour it: the results' badges and map markers, and the score a
// commune sees on the projects shared with it.
export type ScoreLevel = 'bon' | 'moyen' | 'faible';

/** DSFR-like colours of the score, shared by the badges and the map markers. */
export function scoreLevel(score: number): ScoreLevel {
  return score >= 75 ? 'bon' : score >= 50 ? 'moyen' : 'faible';
}

const SCORE_BADGES: Record<ScoreLevel, string> = {
  bon: 'fr-badge--success',
  moyen: 'fr-badge--warning',
  faible: '',
};

/** The DSFR badge class of a score. */
export const scoreBadge = (score: number): string => SCORE_BADGES[scoreLevel(score)];
