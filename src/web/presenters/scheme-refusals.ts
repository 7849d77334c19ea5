// Why the scheme pages refused what was tried, as they say it: one place for the words of every
// reason, on the form (next to the field at fault) and in the flash after an action.
import type { SchemeRefusal, SchemeWriteResult } from '../../services/schemes/scheme-service';
import type { ParsedSchemeForm } from '../forms/scheme-form';
import type { FieldErrors } from '../validation';
import { type FieldRefusal, type FlashRefusal, fieldErrorsOf } from './refusal';

const NOT_VALIDATED =
  'Votre compte doit être validé par un modérateur avant de pouvoir publier un dispositif.';

/** A place of the form refused by the service, in words. */
const PLACE_REFUSALS: Record<Exclude<SchemeRefusal['reason'], 'not-validated'>, (code: string) => string> = {
  'unknown-place': (code) => `Code inconnu : « ${code} ». Vérifiez-le.`,
  'outside-territory': (code) =>
    `« ${code} » est en dehors de votre territoire : un dispositif ne peut s’appliquer que dans le territoire de votre organisation.`,
};

/** A refusal of the area, next to the field that holds the place at fault. */
export function areaRefusal(
  refusal: SchemeRefusal,
  form: Pick<ParsedSchemeForm, 'communes' | 'departements'>,
): FieldRefusal {
  if (refusal.reason === 'not-validated') return { status: 400, field: 'territory', message: NOT_VALIDATED };
  const field = form.communes.includes(refusal.code)
    ? 'communes'
    : form.departements.includes(refusal.code)
      ? 'departements'
      : 'territory';
  return { status: 400, field, message: PLACE_REFUSALS[refusal.reason](refusal.code) };
}

export const areaErrors = (
  refusal: SchemeRefusal,
  form: Pick<ParsedSchemeForm, 'communes' | 'departements'>,
): FieldErrors => fieldErrorsOf(areaRefusal(refusal, form));

type RefusedAction = Extract<SchemeWriteResult, { ok: false }>;

const error = (message: string): FlashRefusal => ({ flash: { type: 'error', message } });

const unpublishable = (code: string) =>
  error(
    `Ce dispositif ne peut pas être publié : « ${code} » est en dehors de votre territoire ou inconnu. Modifiez son territoire.`,
  );

/** Why an action (publish, archive…) was refused, told on the list it sends back to. */
const ACTION_REFUSALS: Record<RefusedAction['reason'], (detail: string) => FlashRefusal> = {
  'not-found': () => error('Ce dispositif n’existe plus.'),
  conflict: (title) => ({
    flash: {
      type: 'warning',
      message: `Le dispositif « ${title} » a été modifié entre-temps : rien n’a été changé. Vérifiez son état et recommencez si besoin.`,
    },
  }),
  'not-validated': () => error(NOT_VALIDATED),
  'not-allowed': () => error('Cette action ne s’applique pas à un dispositif dans cet état.'),
  'outside-territory': unpublishable,
  'unknown-place': unpublishable,
};

/** The refusal of an action: a conflict names the scheme as it now is, a place its code. */
export const actionRefusal = (refused: RefusedAction): FlashRefusal =>
  ACTION_REFUSALS[refused.reason](
    refused.reason === 'conflict' ? refused.current.title : 'code' in refused ? refused.code : '',
  );
