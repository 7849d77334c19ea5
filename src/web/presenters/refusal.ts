// A service's refusal as a page shows it. Services answer with a reason code; each area words its
// reasons in one table (`<area>-refusals.ts`, a `Record<Reason, …>` of the types below, so that a
// new reason cannot go unworded).
import type { SessionData } from 'express-session';
import { HttpError } from '../http-errors';
import type { FieldErrors } from '../validation';

export interface Refusal {
  /** The HTTP status of the page that shows it. */
  status: number;
  /** The French sentence shown. */
  message: string;
}

/** A refusal shown next to one field of a form (`null`: above the whole page, no field at fault). */
export interface FieldRefusal<Field extends string | null = string> extends Refusal {
  field: Field;
}

/**
 * A refusal told after a redirection (303), on the page the browser is sent to: the flash message,
 * and where to (none: back where the action was made).
 */
export interface FlashRefusal {
  flash: SessionData['flash'];
  redirect?: string;
}

/** The refusal as the form's errors. */
export const fieldErrorsOf = (refusal: FieldRefusal): FieldErrors => ({ [refusal.field]: refusal.message });

/** The refusal as an error page (the error handler shows its status and message). */
export const refusalError = (refusal: Refusal): HttpError => new HttpError(refusal.status, refusal.message);

/** A form whose hidden fields (revision, token) are missing: tampered, or from an older page. */
export const INCOMPLETE_FORM: Refusal = {
  status: 400,
  message: 'Le formulaire est incomplet : rechargez la page et recommencez.',
};

/** An action's form that cannot be read (tampered, or from an older page). */
export const UNREADABLE_ACTION: Refusal = {
  status: 400,
  message: 'Cette action n’a pas pu être lue : rechargez la page et recommencez.',
};

/** A request no page of the service sends (a missing field or token of a button's form). */
export const INVALID_REQUEST: Refusal = { status: 400, message: 'Requête invalide.' };
