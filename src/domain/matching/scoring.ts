// Importance weights, the 0–100 score, what keeps a commune out of the ranking, and the order.
import type { Assessment } from './assessment';
import { compareCodes } from '../code-order';
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

/** Each criterion's weight (CRITERIA order): its importance's, or 0 when it does not apply. */
export const weightsOf = (
  relevant: readonly boolean[],
  importance: Record<Criterion, Importance>,
): number[] =>
  CRITERIA.map((criterion, index) => (relevant[index] ? IMPORTANCE_WEIGHTS[importance[criterion]] : 0));

/** The share of the 0–100 score a criterion of this weight and quality brings. */
const pointsOf = (weight: number, quality: number, total: number): number =>
  total > 0 ? (100 * weight * quality) / total : 0;

const DISTANCE = CRITERIA.indexOf('distance');

/**
 * The integer score from each criterion's weight and quality (CRITERIA order), summed term by
 * term in a fixed order: higher qualities can never give a lower score, so an upper bound of every
 * quality gives an upper bound of the score (see bounds.ts).
 */
export function scoreFrom(weights: readonly number[], qualities: readonly number[]): number {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  if (total === 0) return clamp(Math.round(100 * (qualities[DISTANCE] ?? 0)));
  let exact = 0;
  for (let index = 0; index < weights.length; index += 1)
    exact += pointsOf(weights[index] ?? 0, qualities[index] ?? 0, total);
  return clamp(Math.round(exact));
}

const clamp = (score: number) => Math.min(100, Math.max(0, score));

/**
 * 100 × Σ(weight × quality) / Σ(weight) over the criteria that apply. When none applies,
 * 100 × the distance quality (reported as the distance criterion's points, out of 100).
 * `assessments` follow the order of CRITERIA.
 */
export function scoreOf(
  assessments: readonly Assessment[],
  importance: Record<Criterion, Importance>,
): Score {
  const weights = weightsOf(
    assessments.map((assessment) => assessment.relevant),
    importance,
  );
  const qualities = assessments.map((assessment) => assessment.quality);
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const criteria = CRITERIA.map((criterion, index): CriterionScore => {
    const weight = weights[index] ?? 0;
    return {
      criterion,
      importance: importance[criterion],
      applies: weight > 0,
      points: pointsOf(weight, qualities[index] ?? 0, total),
      maxPoints: total > 0 ? (100 * weight) / total : 0,
    };
  });
  const distance = criteria[DISTANCE];
  if (total === 0 && distance)
    Object.assign(distance, { points: 100 * (qualities[DISTANCE] ?? 0), maxPoints: 100 });
  return { score: scoreFrom(weights, qualities), criteria };
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
