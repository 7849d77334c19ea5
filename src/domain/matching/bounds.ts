// The cheap first look at a candidate, from its own offers only: an upper bound of each
// criterion's quality (hence of the score, see scoreFrom), and whether each offer criterion is met
// at all — surely, surely not, or only if a nearby offer fits ("maybe", settled by `metNearby`).
// The full assessment (nearby searches, explanations) then runs only for the communes that can
// still enter the lists (match-project.ts).
import type { OfferType } from '../offers/offer-vocabulary';
import type { Scheme } from '../schemes/scheme';
import { coversCommune, inAreaZones } from '../schemes/scheme-applicability';
import type { OffersByType } from './assessment';
import { ageInMonths } from './child-age';
import { childcareFits } from './criteria/childcare';
import { housingFits } from './criteria/housing';
import { premisesFits } from './criteria/premises';
import { spouseJobFits } from './criteria/spouse-job';
import type { NearbySearch } from './nearby';
import type { CommuteDistances, Criterion, MatchingCommune, MatchingOffer, MatchingProject } from './types';
import { CRITERIA } from './types';

/** A criterion met by offers of one type, as the project asks it. */
export interface OfferCriterion {
  /** Position in CRITERIA. */
  index: number;
  criterion: Criterion;
  type: OfferType;
  /** What must be placed: one predicate per child for childcare, a single one otherwise. */
  wants: readonly ((offer: MatchingOffer) => boolean)[];
  /** How far a nearby offer may be and still count; 0: the commune's own offers only. */
  reachKm: number;
}

export type Certainty = 'oui' | 'non' | 'peut-etre';

/**
 * The offer criteria that apply to the project (the others do not count in its score), with the
 * same rules as the criteria's own assessments in criteria/.
 */
export function offerCriteriaOf(
  project: MatchingProject,
  start: Date,
  commute: CommuteDistances,
): OfferCriterion[] {
  const criteria: OfferCriterion[] = [];
  const add = (criterion: Criterion, type: OfferType, wants: OfferCriterion['wants'], reachKm: number) =>
    criteria.push({ index: CRITERIA.indexOf(criterion), criterion, type, wants, reachKm });
  const { housing, premises } = project;
  const { partner, children } = project.household;
  if (housing) add('housing', 'logement', [(offer) => housingFits(offer, housing, start)], commute.housing);
  const ages = children.map((child) => ageInMonths(child, project.start)).filter((age) => age >= 0);
  if (ages.length > 0)
    add(
      'childcare',
      'garde-enfants',
      ages.map((age) => (offer: MatchingOffer) => childcareFits(offer, age, start)),
      commute.childcare,
    );
  if (partner)
    add('spouseJob', 'emploi-conjoint', [(offer) => spouseJobFits(offer, partner)], commute.spouseJob);
  if (premises)
    add('premises', 'local-professionnel', [(offer) => premisesFits(offer, premises)], commute.premises);
  add('aid', 'aide-financiere', [() => true], 0);
  return criteria;
}

export interface LocalBound {
  /** Upper bounds of the qualities of the offer criteria, in the order given. */
  qualities: number[];
  met: Certainty[];
}

/** What the commune's own offers guarantee; nearby offers can only add `penalty` per thing placed. */
export function localBound(
  criteria: readonly OfferCriterion[],
  local: OffersByType,
  penalty: number,
): LocalBound {
  const qualities: number[] = [];
  const met: Certainty[] = [];
  for (const criterion of criteria) {
    const own = local.get(criterion.type) ?? [];
    const nearbyCounts = criterion.reachKm > 0 && penalty > 0;
    let sum = 0;
    let placedHere = false;
    for (const wants of criterion.wants) {
      const here = own.some(wants);
      placedHere ||= here;
      sum += here ? 1 : nearbyCounts ? penalty : 0;
    }
    qualities.push(sum / criterion.wants.length);
    met.push(placedHere ? 'oui' : nearbyCounts ? 'peut-etre' : 'non');
  }
  return { qualities, met };
}

/** Whether some offer within reach of the commune places at least one of the criterion's wants. */
export function metNearby(
  criterion: OfferCriterion,
  commune: MatchingCommune,
  nearby: NearbySearch,
): boolean {
  return nearby(commune, criterion.type).some((neighbour) =>
    neighbour.offers.some((offer) => criterion.wants.some((wants) => wants(offer))),
  );
}

/**
 * Whether one of the project's schemes (schemesForProject) applies in the commune: its package then
 * has a line, and the aid criterion is met there whatever its own offers.
 */
export const schemesCover = (
  schemes: readonly Scheme[],
  commune: MatchingCommune,
  project: MatchingProject,
  start: Date,
): boolean =>
  schemes.some(
    (scheme) =>
      coversCommune(scheme.area, commune) && inAreaZones(scheme.area, commune, project.profession, start),
  );

/** The first look with the schemes: the aid criterion met by a scheme is certain, at quality 1. */
export function withSchemes(
  bound: LocalBound,
  criteria: readonly OfferCriterion[],
  covered: boolean,
): LocalBound {
  const index = criteria.findIndex((criterion) => criterion.criterion === 'aid');
  if (covered && index >= 0) {
    bound.qualities[index] = 1;
    bound.met[index] = 'oui';
  }
  return bound;
}
