// The try-it form: a visitor's project as a query string (GET: no account, no session, a page that
// can be reloaded, paged and bookmarked). The same fields as the project form, without its name,
// plus the profession and status that a professional's profile gives, and the results' page.
import { z } from 'zod';
import { PROJECT_STATUSES, type MatchingProject } from '../../domain/matching/types';
import { PROFESSIONS } from '../../domain/professions';
import type { FieldErrors } from '../validation';
import { parseInput } from '../validation';
import { csrfField } from './fields';
import { type ParsedProjectForm, projectFormSchema, resolveProjectCommunes } from './project-form';
import type { ProjectFormValues } from './project-form-values';

/** The name a tried project takes while it has none (the project form asks for one on saving). */
const TRIED_PROJECT_NAME = 'Essai';

const profileFields = z.object({
  profession: z.enum(PROFESSIONS, { error: 'Choisissez votre profession dans la liste.' }),
  status: z.enum(PROJECT_STATUSES, { error: 'Indiquez votre situation dans la liste.' }),
});

const pageField = z.coerce.number({ error: 'Page inconnue.' }).int().min(1).max(10_000).default(1);

export interface TriedProject {
  /** The project's fields as typed (without the profile and the page): what the project form takes. */
  values: ProjectFormValues;
  profession: MatchingProject['profession'];
  status: MatchingProject['status'];
  parsed: ParsedProjectForm;
  page: number;
}

/** A query or form as received: strings, lists for repeated names, nothing else kept. */
export function formValuesOf(source: unknown): ProjectFormValues {
  const values: ProjectFormValues = {};
  for (const [key, value] of Object.entries((source ?? {}) as Record<string, unknown>)) {
    if (value === '' || key === '_csrf') continue;
    if (typeof value === 'string') values[key] = value;
    else if (Array.isArray(value) && value.every((item) => typeof item === 'string')) values[key] = value;
  }
  return values;
}

/**
 * The tried project (its communes as INSEE codes), or the errors by field, given the known
 * départements and régions and how typed communes resolve (as for a saved project).
 */
export function parseTriedProject(
  submitted: ProjectFormValues,
  places: { departements: string[]; regions: string[] },
  resolve: Parameters<typeof resolveProjectCommunes>[1],
): { ok: true; value: TriedProject } | { ok: false; errors: FieldErrors } {
  const { profession, status, page, name: _name, ...project } = submitted;
  const profile = parseInput(profileFields, { profession, status });
  const pageParsed = parseInput(pageField, page);
  // The schema is the saved project's, whose POST carries a CSRF token; a GET carries none.
  const form = parseInput(projectFormSchema(places), { ...project, name: TRIED_PROJECT_NAME, _csrf: '' });
  const errors: FieldErrors = {
    ...(profile.ok ? {} : profile.errors),
    ...(pageParsed.ok ? {} : { page: 'Page inconnue.' }),
    ...(form.ok ? {} : form.errors),
  };
  if (!profile.ok || !pageParsed.ok || !form.ok) return { ok: false, errors };
  const resolved = resolveProjectCommunes(form.value, resolve);
  if (!resolved.ok) return resolved;
  return {
    ok: true,
    value: {
      values: project,
      profession: profile.value.profession,
      status: profile.value.status,
      parsed: resolved.value,
      page: pageParsed.value,
    },
  };
}

/** The query string of a tried project (without its page): links back to the form and the results. */
export function triedProjectQuery(tried: Pick<TriedProject, 'values' | 'profession' | 'status'>): string {
  const query = new URLSearchParams();
  query.append('profession', tried.profession);
  query.append('status', tried.status);
  for (const [key, value] of Object.entries(tried.values))
    for (const item of [value].flat()) query.append(key, item);
  return query.toString();
}

/** A query string back as values (the hidden field of the « Enregistrer ce projet » form). */
export function valuesOfQuery(query: string): ProjectFormValues {
  const values: Record<string, string | string[]> = {};
  for (const [key, value] of new URLSearchParams(query)) {
    const known = values[key];
    values[key] = known === undefined ? value : [...[known].flat(), value];
  }
  return values;
}

/** « Enregistrer ce projet »: the tried project's query string, and whether to sign up or log in next. */
export const saveTriedProjectForm = z.strictObject({
  _csrf: csrfField,
  essai: z.string().max(8000),
  suite: z.enum(['inscription', 'connexion']).optional(),
});

/** What the session keeps of a tried project until the project form takes it up. */
export const draftOf = (tried: TriedProject) => ({
  values: tried.values,
  profession: tried.profession,
  status: tried.status,
});
