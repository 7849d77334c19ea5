// What the scheme pages say of an outcome of the scheme service: one place for the words of every
// reason, on the form (next to the field at fault) and in the flash after an action.
import type { SessionData } from 'express-session';
import type { SchemeAction } from '../../domain/schemes/scheme-lifecycle';
import type { SchemeRefusal, SchemeWriteResult } from '../../services/schemes/scheme-service';
import type { ParsedSchemeForm } from '../forms/scheme-form';
import type { FieldErrors } from '../validation';

type Flash = SessionData['flash'];

export const INCOMPLETE_SCHEME_FORM = 'Le formulaire est incomplet : rechargez la page et recommencez.';
export const UNREADABLE_SCHEME_ACTION =
  'Cette action n’a pas pu être lue : rechargez la page et recommencez.';
export const NOT_VALIDATED =
  'Votre compte doit être validé par un modérateur avant de pouvoir publier un dispositif.';

/** A place of the form refused by the service, in words. */
const PLACE_REFUSALS: Record<Exclude<SchemeRefusal['reason'], 'not-validated'>, (code: string) => string> = {
  'unknown-place': (code) => `Code inconnu : « ${code} ». Vérifiez-le.`,
  'outside-territory': (code) =>
    `« ${code} » est en dehors de votre territoire : un dispositif ne peut s’appliquer que dans le territoire de votre organisation.`,
};

/** A refusal of the area, next to the field that holds the place at fault. */
export function areaErrors(
  refusal: SchemeRefusal,
  form: Pick<ParsedSchemeForm, 'communes' | 'departements'>,
): FieldErrors {
  if (refusal.reason === 'not-validated') return { territory: NOT_VALIDATED };
  const field = form.communes.includes(refusal.code)
    ? 'communes'
    : form.departements.includes(refusal.code)
      ? 'departements'
      : 'territory';
  return { [field]: PLACE_REFUSALS[refusal.reason](refusal.code) };
}

export const schemeSavedFlash = {
  created: (title: string): Flash => ({
    type: 'success',
    message: `Dispositif enregistré en brouillon : « ${title} ». Publiez-le quand il est prêt.`,
  }),
  updated: (title: string): Flash => ({
    type: 'success',
    message: `Modifications du dispositif « ${title} » enregistrées.`,
  }),
};

const SCHEME_ACTION_MESSAGES: Record<SchemeAction, string> = {
  publier: 'Dispositif publié : il compte dans les résultats des professionnels concernés.',
  depublier: 'Dispositif retiré de la publication : il est de nouveau en brouillon.',
  archiver: 'Dispositif archivé.',
  restaurer: 'Dispositif remis en brouillon.',
};

/** The flash message once an action was tried. */
export function schemeActionFlash(action: SchemeAction, result: SchemeWriteResult): Flash {
  if (result.ok) return { type: 'success', message: SCHEME_ACTION_MESSAGES[action] };
  switch (result.reason) {
    case 'not-found':
      return { type: 'error', message: 'Ce dispositif n’existe plus.' };
    case 'conflict':
      return {
        type: 'warning',
        message: `Le dispositif « ${result.current.title} » a été modifié entre-temps : rien n’a été changé. Vérifiez son état et recommencez si besoin.`,
      };
    case 'not-validated':
      return { type: 'error', message: NOT_VALIDATED };
    case 'not-allowed':
      return { type: 'error', message: 'Cette action ne s’applique pas à un dispositif dans cet état.' };
    default:
      return {
        type: 'error',
        message: `Ce dispositif ne peut pas être publié : « ${result.code} » est en dehors de votre territoire ou inconnu. Modifiez son territoire.`,
      };
  }
}
