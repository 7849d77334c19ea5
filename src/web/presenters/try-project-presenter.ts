// "Essayer sans compte" as its pages show it: the form (the project form's fields with the
// profession and status a profile would give), the results' links back to the form and to saving,
// the save page.
import type { Gazetteer } from '../../domain/geo/gazetteer';
import type { ProjectFormValues } from '../forms/project-form-values';
import type { FieldErrors } from '../validation';
import { projectFormView } from './project-form-presenter';
import { PROFILE_CHOICES } from './project-presenter';

export const TRY_PATH = '/essai';
export const TRY_RESULTS_PATH = '/essai/resultats';
export const TRY_SAVE_PATH = '/essai/enregistrer';

export function presentTryForm(
  gazetteer: Pick<Gazetteer, 'departements' | 'regions'>,
  values: ProjectFormValues,
  errors?: FieldErrors,
) {
  return {
    title: 'Essayer sans compte',
    profileChoices: { professions: PROFILE_CHOICES.professions, statuses: PROFILE_CHOICES.statuses },
    ...projectFormView(gazetteer, values, errors),
    action: TRY_RESULTS_PATH,
  };
}

/** The results' links, each carrying the tried project as its query string. */
export const tryResultsLinks = (query: string) => ({
  title: 'Les communes pour votre projet',
  editHref: `${TRY_PATH}?${query}`,
  saveHref: `${TRY_SAVE_PATH}?${query}`,
});

export const presentTrySave = (query: string, signedInAs: string | undefined) => ({
  title: 'Enregistrer ce projet',
  essai: query,
  action: TRY_SAVE_PATH,
  backHref: `${TRY_RESULTS_PATH}?${query}`,
  signedInAs,
});

export const UNREADABLE_TRIED_PROJECT =
  'Ce projet n’a pas pu être lu : décrivez-le de nouveau depuis la page « Essayer ».';
