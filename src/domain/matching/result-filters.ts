// The offer types a professional may require on their results, and the criterion that finds each:
// the results page offers only the types of the criteria the project has.
import type { Criterion, MatchingProject } from './types';

export const RESULT_FILTER_TYPES = [
  'logement',
  'garde-enfants',
  'emploi-conjoint',
  'local-professionnel',
  'aide-financiere',
] as const;
export type ResultFilterType = (typeof RESULT_FILTER_TYPES)[number];

export const CRITERION_OF_TYPE: Record<ResultFilterType, Criterion> = {
  logement: 'housing',
  'garde-enfants': 'childcare',
  'emploi-conjoint': 'spouseJob',
  'local-professionnel': 'premises',
  'aide-financiere': 'aid',
};

export const isResultFilterType = (value: string): value is ResultFilterType =>
  (RESULT_FILTER_TYPES as readonly string[]).includes(value);

/** Which offer types the project can use as a filter: those of the criteria it has. */
export function filterTypesOf(project: Pick<MatchingProject, 'housing' | 'household' | 'premises'>) {
  return RESULT_FILTER_TYPES.filter((type) => {
    switch (type) {
      case 'logement':
        return project.housing !== null;
      case 'garde-enfants':
        return project.household.children.length > 0;
      case 'emploi-conjoint':
        return project.household.partner !== null;
      case 'local-professionnel':
        return project.premises !== null;
      case 'aide-financiere':
        return true;
    }
  });
}
