// A service's refusal as a page shows it. Services answer with a reason code; each area words its
// reasons in one table (`Record<Reason, Refusal>`, so that a new reason cannot go unworded).
import type { FieldErrors } from '../validation';

export interface Refusal {
  /** The HTTP status of the page that shows it. */
  status: number;
  /** The French sentence shown. */
  message: string;
}

/** A refusal shown next to one field of a form. */
export interface FieldRefusal extends Refusal {
  field: string;
}

/** The refusal as the form's errors. */
export const fieldErrorsOf = (refusal: FieldRefusal): FieldErrors => ({ [refusal.field]: refusal.message });
