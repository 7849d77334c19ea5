// The professional's results page around the ranked communes (results-presenter.ts): its heading,
// its filter form, and the communes that proposed their offers to the project.
import { filterTypesOf } from '../../domain/matching/result-filters';
import { OFFER_TYPE_LABELS } from '../../domain/offers/offer-vocabulary';
import type { CommuneDirectory } from '../../services/geography/commune-directory';
import type { OfferProposalView } from '../../services/matching/proposal-read-model';
import type { ProjectView } from '../../services/projects/project-view';
import { MAX_DISTANCE_KM } from '../forms/results-filters';
import { shownValues } from '../forms/shown-input';
import { editProjectPath, resultsPath } from '../paths';

export function resultsHeading(project: Pick<ProjectView, 'id' | 'name'>) {
  return {
    title: `Communes pour « ${project.name} »`,
    project: { id: project.id, name: project.name, editHref: editProjectPath(project.id) },
  };
}

/** The filter form: the offer types the project can require, and the values typed (kept when refused). */
export function resultsFilterForm(project: ProjectView, query: Record<string, unknown>) {
  const offresGiven = [query.offres ?? []]
    .flat()
    .filter((value): value is string => typeof value === 'string');
  return {
    values: { ...shownValues(query, ['distanceMax']), offres: offresGiven },
    choices: {
      offres: filterTypesOf(project).map((type) => ({ value: type, label: OFFER_TYPE_LABELS[type] })),
    },
    distanceHint: `Depuis le centre de la zone de votre projet, de 1 à ${MAX_DISTANCE_KM} km`,
    action: resultsPath(project.id),
  };
}

/** "Ces communes vous proposent leurs offres": each with its page. */
export function presentProposals(
  proposals: readonly OfferProposalView[],
  communes: Pick<CommuneDirectory, 'details'>,
) {
  return proposals.map((proposal) => {
    const commune = communes.details(proposal.communeCode);
    return {
      code: proposal.communeCode,
      nom: commune?.nom ?? proposal.communeCode,
      departement: commune?.departement ?? { code: '', nom: '' },
      href: `/communes/${proposal.communeCode}`,
      at: proposal.at,
    };
  });
}
