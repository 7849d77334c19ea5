// The professional's space as its pages show it: "Mon projet d’installation" (their profile and
// their projects, each with its area in words and its links), the profile form, and the titles of
// the project form.
import type { SessionData } from 'express-session';
import type { Gazetteer } from '../../domain/geo/gazetteer';
import { MONTH_NAMES } from '../../domain/matching/french';
import {
  PRACTICE_MODE_LABELS,
  PROFESSIONAL_STATUS_LABELS,
} from '../../domain/professionals/professional-profile';
import { PROFESSION_LABELS } from '../../domain/professions';
import type { AccountUser } from '../../services/accounts/account-user';
import type { ProjectInput, ProjectView } from '../../services/projects/project-view';
import { SPECIALTY_MAX_LENGTH } from '../forms/professional-profile-form';
import { type ProjectFormValues } from '../forms/project-form-values';
import { PROJECTS_PATH, deleteProjectPath, editProjectPath, projectPath, resultsPath } from '../paths';
import type { FieldErrors } from '../validation';
import { optionsOf } from './choices';
import { projectFormView } from './project-form-presenter';
import { FAVORITE_CONFLICT } from './project-refusals';

/** The names of the places a project's area lists (the commune directory and the gazetteer). */
export interface PlaceNames {
  communes: { details(code: string): { nom: string; departement: { code: string } } | undefined };
  gazetteer: {
    departement(code: string): { nom: string } | undefined;
    region(code: string): { nom: string } | undefined;
  };
}

export const PROFILE_CHOICES = {
  professions: optionsOf(PROFESSION_LABELS),
  practiceModes: optionsOf(PRACTICE_MODE_LABELS),
  statuses: optionsOf(PROFESSIONAL_STATUS_LABELS),
};

/** "Dole (39)": how a commune is named in a project, and typed back in its form. */
export function communeLabel(names: Pick<PlaceNames, 'communes'>, code: string): string {
  const commune = names.communes.details(code);
  return commune ? `${commune.nom} (${commune.departement.code})` : code;
}

/** "Dole (39), département Jura (39), 30 km autour de Pontarlier (25)". */
export function areaSummary(names: PlaceNames, area: ProjectInput['area']): string {
  const { gazetteer } = names;
  const commune = (code: string) => communeLabel(names, code);
  return [
    ...(area.communes ?? []).map(commune),
    ...(area.departements ?? []).map(
      (code) => `département ${gazetteer.departement(code)?.nom ?? code} (${code})`,
    ),
    ...(area.regions ?? []).map((code) => `région ${gazetteer.region(code)?.nom ?? code}`),
    ...(area.around ? [`${area.around.radiusKm} km autour de ${commune(area.around.commune)}`] : []),
  ].join(', ');
}

/** One project as the professional's list and the project form show it. */
export function describeProject(names: PlaceNames, project: ProjectView) {
  return {
    id: project.id,
    name: project.name,
    area: areaSummary(names, project.area),
    start: `${MONTH_NAMES[project.start.month - 1] ?? ''} ${project.start.year}`,
    updatedAt: project.updatedAt,
    editHref: editProjectPath(project.id),
    resultsHref: resultsPath(project.id),
    deleteHref: deleteProjectPath(project.id),
  };
}

/** "Mon projet d’installation": the profile in words and the projects. */
export function presentProfessionalHome(
  names: PlaceNames,
  user: Pick<AccountUser, 'professional'>,
  projects: readonly ProjectView[],
) {
  const profile = user.professional;
  return {
    title: projects.length > 1 ? 'Mes projets d’installation' : 'Mon projet d’installation',
    profile: profile
      ? {
          profession: PROFESSION_LABELS[profile.profession],
          specialty: profile.specialty,
          status: PROFESSIONAL_STATUS_LABELS[profile.status],
          shareAnonymised: profile.shareAnonymised,
        }
      : null,
    projects: projects.map((project) => describeProject(names, project)),
  };
}

/** The profile form, with the values shown back (never the CSRF token) and the errors. */
export function presentProfileForm(page: {
  values: ProjectFormValues;
  errors?: FieldErrors;
  first: boolean;
}) {
  const { _csrf: _token, ...values } = page.values;
  return {
    title: 'Mon profil professionnel',
    first: page.first,
    values,
    errors: page.errors,
    choices: PROFILE_CHOICES,
    specialtyMaxLength: SPECIALTY_MAX_LENGTH,
  };
}

export interface ProjectFormPage {
  values: ProjectFormValues;
  errors?: FieldErrors;
  /** The form starts from a project tried without an account (/essai). */
  tried?: boolean;
  /** The stored project being edited (after a conflict: its current version). */
  project?: ProjectView;
  conflict?: boolean;
}

/** The project form: a new project, or the stored one being edited (its heading, action and fields). */
export function presentProjectForm(
  names: PlaceNames & { gazetteer: Pick<Gazetteer, 'departements' | 'regions'> },
  page: ProjectFormPage,
) {
  const { project } = page;
  return {
    title: project ? `Modifier le projet « ${project.name} »` : 'Nouveau projet d’installation',
    action: project ? projectPath(project.id) : PROJECTS_PATH,
    project: project && describeProject(names, project),
    conflict: page.conflict === true,
    tried: page.tried === true,
    ...projectFormView(names.gazetteer, page.values, page.errors),
  };
}

type Flash = SessionData['flash'];

/** What the project pages say once something was done (their refusals: project-refusals.ts). */
export const projectFlash = {
  profileSaved: (first: boolean): Flash => ({
    type: 'success',
    message: first
      ? 'Profil enregistré : vous pouvez maintenant décrire votre projet d’installation.'
      : 'Profil enregistré.',
  }),
  created: (name: string): Flash => ({
    type: 'success',
    message: `Projet « ${name} » enregistré : voici les communes qui lui correspondent.`,
  }),
  updated: (name: string): Flash => ({
    type: 'success',
    message: `Modifications du projet « ${name} » enregistrées.`,
  }),
  removed: (name: string): Flash => ({ type: 'success', message: `Projet « ${name} » supprimé.` }),
};

/** After a favourite button: done, or the project changed in between (another tab) and nothing was. */
export function favoriteFlash(written: { ok: boolean }, communeName: string, added: boolean): Flash {
  if (!written.ok) return FAVORITE_CONFLICT.flash;
  return {
    type: 'success',
    message: added ? `${communeName} ajoutée à vos favoris.` : `${communeName} retirée de vos favoris.`,
  };
}
