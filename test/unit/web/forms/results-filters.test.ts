// The results page's filters: offer types the project can require, a distance, a page; the engine
// receives the criteria that find those offers.
import { filterTypesOf } from '../../../../src/domain/matching/result-filters';
import {
  resultsQuery,
  toMatchingFilters,
  typedResultsQuery,
} from '../../../../src/web/forms/results-filters';
import { parseInput } from '../../../../src/web/validation';
import { doleProject } from '../../../support/projects';

describe('filterTypesOf', () => {
  it('offers only the types of the criteria the project has', () => {
    expect(filterTypesOf(doleProject())).toEqual(['logement', 'garde-enfants', 'aide-financiere']);
    expect(
      filterTypesOf(
        doleProject({
          housing: null,
          household: { partner: { sectors: [], contracts: [] }, children: [] },
          premises: { kinds: [] },
        }),
      ),
    ).toEqual(['emploi-conjoint', 'local-professionnel', 'aide-financiere']);
  });
});

describe('the results query', () => {
  it('becomes the engine filters: required criteria and a distance', () => {
    const parsed = parseInput(
      resultsQuery,
      typedResultsQuery({
        offres: ['logement', 'garde-enfants', 'logement'],
        distanceMax: ' 30 ',
        page: '2',
      }),
    );
    expect(parsed.ok && parsed.value.page).toBe(2);
    expect(parsed.ok && toMatchingFilters(parsed.value)).toEqual({
      required: ['housing', 'childcare'],
      maxDistanceKm: 30,
    });
  });

  it('takes an empty distance for no filter, and refuses unknown types and distances out of range', () => {
    const empty = parseInput(resultsQuery, typedResultsQuery({ distanceMax: '' }));
    expect(empty.ok && toMatchingFilters(empty.value)).toEqual({ required: [], maxDistanceKm: undefined });
    const refused = parseInput(resultsQuery, { offres: 'piscine', distanceMax: '1001' });
    expect(refused.ok ? {} : refused.errors).toEqual({
      offres: 'Type d’offre inconnu : cochez-le dans la liste.',
      distanceMax: 'Saisissez une distance d’au plus 1000 km.',
    });
  });
});
