// A submitted project form read against the geography: the départements and régions the gazetteer
// knows, and the typed communes resolved by the directory (as INSEE codes). Shared by the
// professional's project form and the try-it page.
import type { Gazetteer } from '../../domain/geo/gazetteer';
import type { CommuneDirectory } from '../../services/geography/commune-directory';
import type { ProjectInput } from '../../services/projects/project-view';
import { type FieldErrors, parseInput } from '../validation';
import { projectFormSchema, resolveProjectCommunes } from './project-form';
import { type ProjectFormValues, toProjectInput } from './project-form-values';

export interface ProjectPlaces {
  gazetteer: Pick<Gazetteer, 'departements' | 'regions'>;
  communes: Pick<CommuneDirectory, 'resolve'>;
}

/** The codes a project's area may name. */
export function knownPlaces(gazetteer: ProjectPlaces['gazetteer']) {
  return {
    departements: gazetteer.departements().map((departement) => departement.code),
    regions: gazetteer.regions().map((region) => region.code),
  };
}

export type ProjectSubmission =
  { ok: true; revision: number | undefined; input: ProjectInput } | { ok: false; errors: FieldErrors };

/** The submitted form as a project input and the revision it was opened on, or its errors by field. */
export function parseProjectSubmission(
  submitted: ProjectFormValues,
  places: ProjectPlaces,
): ProjectSubmission {
  const parsed = parseInput(projectFormSchema(knownPlaces(places.gazetteer)), submitted);
  if (!parsed.ok) return parsed;
  const resolved = resolveProjectCommunes(parsed.value, (text) => places.communes.resolve(text));
  if (!resolved.ok) return resolved;
  return { ok: true, revision: resolved.value.revision, input: toProjectInput(resolved.value) };
}
