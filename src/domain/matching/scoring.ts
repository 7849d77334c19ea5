// Importance weights, the 0–100 score, what keeps a commune out of the ranking, and the order.
import type { Assessment } from './assessment';
import { compareCodes } from './nearby';
import type { Criterion, Importance, MatchingCommune } from './types';
import { CRITERIA } from './types';

export const IMPORTANCE_WEIGHTS: Record<Importance, number> = {
  indispensable: 3,
  important: 2,
  souhaitable: 1,
  'sans-objet': 0,
};

export interface CriterionScore {
  criterion: Criterion;
  importance: Importance;
  /** Relevant to the project and not "sans-objet". */
  applies: boolean;
  /** Unrounded shares of the score. */
  points: number;
  maxPoints: number;
}

export interface Score {
  /** Integer, 0–100. */
  score: number;
  criteria: CriterionScore[];
}

/**
 * 100 × Σ(weight × quality) / Σ(weight) over the criteria that apply. When none applies,
 * 100 × the distance quality (reported as the distance criterion's points, out of 100).
 * `assessments` follow the order of CRITERIA.
 */
export function scoreOf(
  assessments: readonly Assessment[],
  importance: Record<Criterion, Importance>,
): Score {
  const weights = CRITERIA.map((criterion, index) =>
    assessments[index]?.relevant ? IMPORTANCE_WEIGHTS[importance[criterion]] : 0,
  );
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const criteria = CRITERIA.map((criterion, index): CriterionScore => {
    const weight = weights[index] ?? 0;
    const quality = assessments[index]?.quality ?? 0;
    return {
      criterion,
      importance: importance[criterion],
      applies: weight > 0,
      points: total > 0 ? (100 * weight * quality) / total : 0,
      maxPoints: total > 0 ? (100 * weight) / total : 0,
    };
  });
  if (total === 0) {
    const distance = criteria[CRITERIA.indexOf('distance')];
    const quality = assessments[CRITERIA.indexOf('distance')]?.quality ?? 0;
    if (distance) Object.assign(distance, { points: 100 * quality, maxPoints: 100 });
  }
  const exact = criteria.reduce((sum, criterion) => sum + criterion.points, 0);
  return { score: Math.min(100, Math.max(0, Math.round(exact))), criteria };
}

/** Indispensable criteria that apply and are not met at all; distance never blocks. */
export const blockersOf = (assessments: readonly Assessment[], score: Score): Criterion[] =>
  score.criteria
    .filter(
      (criterion, index) =>
        criterion.applies &&
        criterion.importance === 'indispensable' &&
        criterion.criterion !== 'distance' &&
        (assessments[index]?.quality ?? 0) <= 0,
    )
    .map((criterion) => criterion.criterion);

export interface Rankable {
  commune: MatchingCommune;
  score: number;
  distanceKm: number;
}

/** Distances compared to the metre, so that float noise never decides a tie. */
const metres = (km: number) => Math.round(km * 1000);

/** Best score first; ties: nearest, then most populated, then INSEE code. */
export const compareRanked = (a: Rankable, b: Rankable): number =>
  b.score - a.score ||
  metres(a.distanceKm) - metres(b.distanceKm) ||
  b.commune.population - a.commune.population ||
  compareCodes(a.commune.code, b.commune.code);

/** "Almost" communes: fewest missing indispensable criteria first, then as ranked. */
export const compareAlmost = (
  a: Rankable & { missing: unknown[] },
  b: Rankable & { missing: unknown[] },
): number => a.missing.length - b.missing.length || compareRanked(a, b);
