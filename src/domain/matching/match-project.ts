// The matching engine: ranks the communes of a project's area by how well their offers fit it,
// and explains each criterion. Pure and deterministic: the caller passes the geography and `now`.
import { haversineKm } from '../geo/distance';
import type { OfferType } from '../offers/offer-vocabulary';
import type { Assessment, CriterionContext, NearbyOffers, OffersByType } from './assessment';
import {
  type OfferCriterion,
  localBound,
  metNearby,
  offerCriteriaOf,
  schemesCover,
  withSchemes,
} from './bounds';
import { type CommunePackage, totalsOf } from '../schemes/package';
import { schemesForProject } from '../schemes/scheme-applicability';
import { startDateOf } from './child-age';
import { assessAid } from './criteria/aid';
import { assessChildcare } from './criteria/childcare';
import { assessDistance, distanceQuality } from './criteria/distance';
import { assessHousing } from './criteria/housing';
import { assessNeed, needQuality } from './criteria/need';
import { assessPremises } from './criteria/premises';
import { assessSpouseJob } from './criteria/spouse-job';
import { EligibleOffersCache } from './eligibility';
import { type ExplainContext, explain, missingPhrase } from './explain';
import { nearbySearch } from './nearby';
import { areaIncludes, resolveArea } from './project-area';
import {
  type Score,
  blockersOf,
  compareAlmost,
  compareRanked,
  scoreFrom,
  scoreOf,
  weightsOf,
} from './scoring';
import type {
  CommuneMatch,
  Criterion,
  MatchingCommune,
  MatchingGeography,
  MatchingOptions,
  MatchingProject,
  MatchResult,
} from './types';
import {
  AUDIENCE_OF_STATUS,
  CRITERIA,
  CRITERION_LABELS,
  DEFAULT_COMMUTE_KM,
  DEFAULT_NEARBY_PENALTY,
} from './types';

/** A candidate after the first look: `score` is an upper bound, `missing` is exact. */
interface Candidate {
  commune: MatchingCommune;
  distanceKm: number;
  score: number;
  missing: Criterion[];
  local: OffersByType;
}

interface Evaluated {
  commune: MatchingCommune;
  distanceKm: number;
  assessments: Assessment[];
  score: number;
  detail: Score;
  missing: Criterion[];
}

/** The project's candidates, split and sorted by their bounds, and how to assess one in full. */
interface Search {
  ranked: Candidate[];
  almost: Candidate[];
  evaluate(candidate: Candidate): Evaluated;
  words: ExplainContext;
}

const round = (value: number, decimals: number) => {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
};

export function matchProject(
  project: MatchingProject,
  geography: MatchingGeography,
  options: MatchingOptions,
): MatchResult {
  const search = prepareSearch(project, geography, options);
  if (!search) return { ranked: [], almost: [], rankedTotal: 0, almostTotal: 0 };
  const limit = options.maxResults ?? Infinity;
  // Words are only written for the communes returned.
  const shown = (entry: Evaluated) => present(entry, search.words);
  return {
    ranked: bestOf(search.ranked, limit, compareRanked, search.evaluate).map(shown),
    almost: bestOf(search.almost, options.maxAlmost ?? limit, compareAlmost, search.evaluate).map(shown),
    rankedTotal: search.ranked.length,
    almostTotal: search.almost.length,
  };
}

export interface CommuneAssessment {
  match: CommuneMatch;
  /** False when the commune misses an indispensable criterion ("presque"). */
  ranked: boolean;
}

/**
 * One commune as matchProject would list it, without assessing the rest of the area; null when it
 * is not a candidate (outside the area, or without an offer open to the project).
 */
export function assessCommune(
  project: MatchingProject,
  geography: MatchingGeography,
  options: MatchingOptions,
  communeCode: string,
): CommuneAssessment | null {
  const setup = setUp(project, geography, options);
  const commune = geography.commune(communeCode);
  if (!setup || !commune || !areaIncludes(project.area, commune, geography)) return null;
  const local = setup.eligible.of(commune.code);
  if (local.size === 0) return null;
  const entry = setup.evaluate(commune, haversineKm(setup.centre, commune), local);
  return { match: present(entry, setup.words), ranked: entry.missing.length === 0 };
}

/**
 * The `limit` best candidates, assessed in full in the order of their bounds until the next
 * bound cannot beat the last one kept: a bound is never below the real score, and the tie-breaks
 * (distance, population, code) are exact, so the result is the one a full sort would give.
 */
function bestOf(
  sorted: readonly Candidate[],
  limit: number,
  compare: (a: Candidate | Evaluated, b: Candidate | Evaluated) => number,
  evaluate: (candidate: Candidate) => Evaluated,
): Evaluated[] {
  const kept: Evaluated[] = [];
  if (limit <= 0) return kept;
  for (const candidate of sorted) {
    const last = kept.length >= limit ? kept[kept.length - 1] : undefined;
    if (last && compare(candidate, last) > 0) break;
    const entry = evaluate(candidate);
    let at = kept.length;
    while (at > 0 && compare(entry, kept[at - 1] as Evaluated) < 0) at -= 1;
    kept.splice(at, 0, entry);
    if (kept.length > limit) kept.pop();
  }
  return kept;
}

/** What every search of the project shares: its area, eligible offers, and the full assessment. */
function setUp(project: MatchingProject, geography: MatchingGeography, options: MatchingOptions) {
  const { now } = options;
  const commute = { ...DEFAULT_COMMUTE_KM, ...options.commuteKm };
  const penalty = Math.min(1, Math.max(0, options.nearbyPenalty ?? DEFAULT_NEARBY_PENALTY));
  const start = startDateOf(project.start);

  const area = resolveArea(project.area, geography);
  const centre = area.centre;
  if (!centre) return null;

  const audience = AUDIENCE_OF_STATUS[project.status];
  const eligible = (options.eligibleOffers ?? new EligibleOffersCache(geography)).lookup(
    project.profession,
    audience,
    now,
  );
  const offerCriteria = offerCriteriaOf(project, start, commute);
  // The schemes open to this project anywhere; each commune then only checks where they apply.
  const schemes = schemesForProject(geography.schemes?.() ?? [], project, now);
  // Only the criteria the project has look beyond the commune.
  const reach = new Map(offerCriteria.map((criterion) => [criterion.type, criterion.reachKm]));
  const nearby = nearbySearch(geography, eligible, reach);

  const contextOf = (commune: MatchingCommune, local: OffersByType): CriterionContext => {
    const memo = new Map<OfferType, readonly NearbyOffers[]>();
    return {
      project,
      commune,
      start,
      penalty,
      now,
      local,
      schemes,
      nearby: (type) => {
        let found = memo.get(type);
        if (!found) memo.set(type, (found = nearby(commune, type)));
        return found;
      },
    };
  };

  const evaluate = (commune: MatchingCommune, distanceKm: number, local: OffersByType): Evaluated => {
    const context = contextOf(commune, local);
    const assessments = [
      assessHousing(context),
      assessChildcare(context),
      assessSpouseJob(context),
      assessPremises(context),
      assessAid(context),
      assessNeed(context),
      assessDistance(distanceKm, area.radiusKm, area.centreName),
    ];
    const detail = scoreOf(assessments, project.importance);
    return {
      commune,
      distanceKm,
      assessments,
      score: detail.score,
      detail,
      missing: blockersOf(assessments, detail),
    };
  };

  return {
    area,
    centre,
    penalty,
    eligible,
    offerCriteria,
    schemes,
    start,
    nearby,
    evaluate,
    words: { now, start, penalty } satisfies ExplainContext,
  };
}

/**
 * The first look at every candidate of the area: exact distance, filters and missing criteria
 * (settling nearby offers only where they decide), and an upper bound of the score.
 */
function prepareSearch(
  project: MatchingProject,
  geography: MatchingGeography,
  options: MatchingOptions,
): Search | null {
  const setup = setUp(project, geography, options);
  if (!setup) return null;
  const { area, centre, penalty, eligible, offerCriteria, nearby } = setup;
  const relevant = CRITERIA.map(
    (criterion) =>
      criterion === 'need' ||
      criterion === 'distance' ||
      offerCriteria.some((offerCriterion) => offerCriterion.criterion === criterion),
  );
  const weights = weightsOf(relevant, project.importance);
  const mustMeet = CRITERIA.filter(
    (criterion, index) =>
      criterion !== 'distance' &&
      (weights[index] ?? 0) > 0 &&
      project.importance[criterion] === 'indispensable',
  );
  const required = options.filters?.required ?? [];
  const maxDistanceKm = options.filters?.maxDistanceKm ?? Infinity;

  const ranked: Candidate[] = [];
  const almost: Candidate[] = [];
  // Only the communes with eligible offers: two in three of a région have none.
  const withOffers = area.lists.flatMap((communes) => eligible.in(communes, (commune) => commune));
  for (const { entry: commune, offers: local } of withOffers) {
    const distanceKm = haversineKm(centre, commune);
    if (round(distanceKm, 1) > maxDistanceKm) continue;
    const bound = withSchemes(
      localBound(offerCriteria, local, penalty),
      offerCriteria,
      schemesCover(setup.schemes, commune, project, setup.start),
    );
    const isMet = (criterion: Criterion): boolean => {
      const index = offerCriteria.findIndex((offerCriterion) => offerCriterion.criterion === criterion);
      const certainty = bound.met[index];
      if (certainty === 'peut-etre') {
        const settled = metNearby(offerCriteria[index] as OfferCriterion, commune, nearby);
        bound.met[index] = settled ? 'oui' : 'non';
        return settled;
      }
      return certainty === 'oui';
    };
    if (!required.every(isMet)) continue;

    const qualities = CRITERIA.map(() => 0);
    offerCriteria.forEach((offerCriterion, index) => {
      qualities[offerCriterion.index] = bound.qualities[index] ?? 0;
    });
    const need = needQuality(commune, project.profession, setup.words.start);
    qualities[CRITERIA.indexOf('need')] = need;
    qualities[CRITERIA.indexOf('distance')] = distanceQuality(distanceKm, area.radiusKm);
    const missing = mustMeet.filter((criterion) => (criterion === 'need' ? need <= 0 : !isMet(criterion)));
    const candidate = { commune, distanceKm, score: scoreFrom(weights, qualities), missing, local };
    (missing.length === 0 ? ranked : almost).push(candidate);
  }
  ranked.sort(compareRanked);
  almost.sort(compareAlmost);

  return {
    ranked,
    almost,
    evaluate: ({ commune, distanceKm, local }) => setup.evaluate(commune, distanceKm, local),
    words: setup.words,
  };
}

const packageOf = (assessments: readonly Assessment[]): CommunePackage => {
  const finding = assessments.find((assessment) => assessment.finding.criterion === 'aid')?.finding;
  return finding?.criterion === 'aid'
    ? finding.package
    : { lines: [], alternatives: [], totals: totalsOf([]), commitments: [] };
};

function present(entry: Evaluated, words: ExplainContext): CommuneMatch {
  return {
    commune: entry.commune,
    score: entry.score,
    distanceKm: round(entry.distanceKm, 1),
    criteria: entry.detail.criteria.map((scored, index) => {
      const assessment = entry.assessments[index] as Assessment;
      return {
        criterion: scored.criterion,
        label: CRITERION_LABELS[scored.criterion],
        importance: scored.importance,
        applies: scored.applies,
        quality: round(assessment.quality, 3),
        points: round(scored.points, 1),
        maxPoints: round(scored.maxPoints, 1),
        met: assessment.met,
        explanation: explain(assessment, words),
        offers: assessment.offers.map((found) => ({
          id: found.offer.id,
          title: found.offer.title,
          commune: found.commune.code,
          communeNom: found.commune.nom,
          distanceKm: round(found.distanceKm, 1),
        })),
      };
    }),
    missing: entry.missing.map((criterion) => {
      const assessment = entry.assessments.find((candidate) => candidate.finding.criterion === criterion);
      return assessment ? missingPhrase(assessment.finding, words.start) : CRITERION_LABELS[criterion];
    }),
    package: packageOf(entry.assessments),
  };
}
