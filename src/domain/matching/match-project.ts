// The matching engine: ranks the communes of a project's area by how well their offers fit it,
// and explains each criterion. Pure and deterministic: the caller passes the geography and `now`.
import { haversineKm } from '../geo/distance';
import type { OfferType } from '../offers/offer-vocabulary';
import type { Assessment, CriterionContext, NearbyOffers } from './assessment';
import { startDateOf } from './child-age';
import { assessAid } from './criteria/aid';
import { assessChildcare } from './criteria/childcare';
import { assessDistance } from './criteria/distance';
import { assessHousing } from './criteria/housing';
import { assessNeed } from './criteria/need';
import { assessPremises } from './criteria/premises';
import { assessSpouseJob } from './criteria/spouse-job';
import { eligibleOffersLookup } from './eligibility';
import { type ExplainContext, explain, missingPhrase } from './explain';
import { nearbySearch } from './nearby';
import { resolveArea } from './project-area';
import { type Score, blockersOf, compareAlmost, compareRanked, scoreOf } from './scoring';
import type {
  CommuneMatch,
  Criterion,
  MatchingCommune,
  MatchingGeography,
  MatchingOptions,
  MatchingProject,
  MatchResult,
} from './types';
import { AUDIENCE_OF_STATUS, CRITERION_LABELS, DEFAULT_COMMUTE_KM, DEFAULT_NEARBY_PENALTY } from './types';

interface Evaluated {
  commune: MatchingCommune;
  distanceKm: number;
  assessments: Assessment[];
  score: number;
  detail: Score;
  missing: Criterion[];
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
  const { now } = options;
  const commute = { ...DEFAULT_COMMUTE_KM, ...options.commuteKm };
  const penalty = Math.min(1, Math.max(0, options.nearbyPenalty ?? DEFAULT_NEARBY_PENALTY));
  const start = startDateOf(project.start);

  const area = resolveArea(project.area, geography);
  const centre = area.centre;
  if (!centre) return { ranked: [], almost: [] };

  const offersOf = eligibleOffersLookup(
    geography,
    project.profession,
    AUDIENCE_OF_STATUS[project.status],
    now,
  );
  const candidates = area.communes.filter((commune) => offersOf(commune.code).size > 0);

  // Only the criteria the project has look beyond the commune.
  const commuteKm = new Map<OfferType, number>();
  if (project.housing) commuteKm.set('logement', commute.housing);
  if (project.household.children.length) commuteKm.set('garde-enfants', commute.childcare);
  if (project.household.partner) commuteKm.set('emploi-conjoint', commute.spouseJob);
  if (project.premises) commuteKm.set('local-professionnel', commute.premises);
  const nearby = nearbySearch(candidates, geography, offersOf, commuteKm);

  const evaluated = candidates.map((commune): Evaluated => {
    const distanceKm = haversineKm(centre, commune);
    const memo = new Map<OfferType, readonly NearbyOffers[]>();
    const context: CriterionContext = {
      project,
      commune,
      start,
      penalty,
      local: offersOf(commune.code),
      nearby: (type) => {
        let found = memo.get(type);
        if (!found) memo.set(type, (found = nearby(commune, type)));
        return found;
      },
    };
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
  });

  const limit = options.maxResults ?? Infinity;
  const ranked = evaluated.filter((entry) => entry.missing.length === 0).sort(compareRanked);
  const almost = evaluated.filter((entry) => entry.missing.length > 0).sort(compareAlmost);
  // Words are only written for the communes returned.
  const words: ExplainContext = { now, start, penalty };
  return {
    ranked: ranked.slice(0, limit).map((entry) => present(entry, words)),
    almost: almost.slice(0, limit).map((entry) => present(entry, words)),
  };
}

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
  };
}
