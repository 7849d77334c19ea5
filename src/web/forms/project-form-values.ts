// Between the flat project form and the service's ProjectInput: a parsed form (communes resolved to
// INSEE codes) becomes an input, and a stored project becomes the values that prefill the form.
import { CRITERIA } from '../../domain/matching/types';
import type { ProjectInput, ProjectView } from '../../services/projects/project-view';
import { MAX_CHILDREN, type ParsedProjectForm, childFields, importanceField } from './project-form';

/** Form values as a browser sends them: one string per field, a list for ticked checkbox groups. */
export type ProjectFormValues = Record<string, string | string[]>;

/** The checkbox groups of the form (always shown as lists). */
export const PROJECT_LIST_FIELDS = [
  'departements',
  'regions',
  'partnerSectors',
  'partnerContracts',
  'premisesKinds',
] as const;

/** The service's input from a parsed form whose communes are INSEE codes. */
export function toProjectInput(parsed: ParsedProjectForm): ProjectInput {
  return {
    name: parsed.name,
    area: {
      communes: [...parsed.communes],
      departements: [...parsed.departements],
      regions: [...parsed.regions],
      around: parsed.around ? { ...parsed.around } : null,
    },
    start: { ...parsed.start },
    household: {
      partner: parsed.partner
        ? { sectors: [...parsed.partner.sectors], contracts: [...parsed.partner.contracts] }
        : null,
      children: parsed.children.map((child) => ({ ...child })),
    },
    housing: parsed.housing ? { ...parsed.housing } : null,
    premises: parsed.premises ? { kinds: [...parsed.premises.kinds] } : null,
    importance: { ...parsed.importance },
  };
}

/**
 * The form values that show a project, with each commune as `labelOf` names it (e.g. "Dole (39)",
 * which the directory resolves back to the same code), and the revision the form was opened on.
 */
export function toFormValues(
  project: ProjectInput & Partial<Pick<ProjectView, 'revision'>>,
  labelOf: (code: string) => string,
): ProjectFormValues {
  const { area, household, housing, premises } = project;
  const values: ProjectFormValues = {
    name: project.name,
    communes: (area.communes ?? []).map(labelOf).join('\n'),
    departements: [...(area.departements ?? [])],
    regions: [...(area.regions ?? [])],
    startMonth: String(project.start.month),
    startYear: String(project.start.year),
    partner: household.partner ? 'oui' : 'non',
    partnerSectors: [...(household.partner?.sectors ?? [])],
    partnerContracts: [...(household.partner?.contracts ?? [])],
    housing: housing ? housing.tenure : 'aucun',
    premises: premises ? 'oui' : 'non',
    premisesKinds: [...(premises?.kinds ?? [])],
  };
  if (project.revision !== undefined) values.revision = String(project.revision);
  if (area.around) {
    values.aroundCommune = labelOf(area.around.commune);
    values.aroundRadius = String(area.around.radiusKm);
  }
  household.children.slice(0, MAX_CHILDREN).forEach((child, index) => {
    const names = childFields(index + 1);
    values[names.month] = String(child.birthMonth);
    values[names.year] = String(child.birthYear);
  });
  if (housing) {
    values.housingRooms = String(housing.roomsMin);
    if (housing.budgetMax !== null) values.housingBudget = String(housing.budgetMax);
    values.housingFurnished = housing.furnished === null ? 'indifferent' : housing.furnished ? 'oui' : 'non';
  }
  for (const criterion of CRITERIA) values[importanceField(criterion)] = project.importance[criterion];
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== ''));
}
