// Between the flat offer form and the service's OfferInput: a parsed form becomes an input, and a
// stored offer becomes the values that prefill the form (what a browser would send back unchanged).
import type { OfferType } from '../../domain/offers/offer-vocabulary';
import type { OfferInput } from '../../services/offers/offer-service';
import type { OfferView } from '../../services/offers/offer-view';
import { DETAIL_FIELD_NAMES, type ParsedOfferForm } from './offer-form';

/** Form values as a browser sends them: one string per field, a list for ticked checkbox groups. */
export type OfferFormValues = Record<string, string | string[]>;

/** The service's input from a parsed form of this type (the type's own fields go in `details`). */
export function toOfferInput(type: OfferType, parsed: ParsedOfferForm): OfferInput {
  const details = Object.fromEntries(
    DETAIL_FIELD_NAMES[type].flatMap((name) => (parsed[name] === undefined ? [] : [[name, parsed[name]]])),
  );
  return {
    title: parsed.title,
    description: parsed.description,
    availableFrom: parsed.availableFrom,
    expiresAt: parsed.expiresAt ?? null,
    audiences: parsed.audiences,
    professions: parsed.professions,
    contact: { name: parsed.contactName, email: parsed.contactEmail, phone: parsed.contactPhone },
    details,
  };
}

/**
 * The form values that show this offer: dates as yyyy-mm-dd, numbers as strings (decimal comma),
 * ticked booleans as "oui", and the revision the form was opened on. Empty values are left out.
 */
export function toFormValues(
  offer: Pick<
    OfferView,
    | 'type'
    | 'title'
    | 'description'
    | 'availableFrom'
    | 'expiresAt'
    | 'audiences'
    | 'professions'
    | 'contact'
    | 'details'
    | 'revision'
  >,
): OfferFormValues {
  const values: OfferFormValues = {
    revision: String(offer.revision),
    title: offer.title,
    description: offer.description,
    availableFrom: isoDay(offer.availableFrom),
    expiresAt: offer.expiresAt ? isoDay(offer.expiresAt) : '',
    audiences: [...offer.audiences],
    professions: [...offer.professions],
    contactName: offer.contact.name,
    contactEmail: offer.contact.email,
    contactPhone: offer.contact.phone,
  };
  for (const name of DETAIL_FIELD_NAMES[offer.type]) values[name] = fieldValue(offer.details[name]);
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== ''));
}

/**
 * A submitted form ready for its schema: empty fields count as not filled in (the browser sends ""
 * for an empty optional number or date), and line breaks are normalised to "\n" (browsers send
 * "\r\n", which would count twice against a maximum length the textarea counts once).
 */
export function submittedValues(body: unknown): OfferFormValues {
  if (typeof body !== 'object' || body === null) return {};
  const values: OfferFormValues = {};
  for (const [name, value] of Object.entries(body as Record<string, unknown>)) {
    if (typeof value === 'string') {
      if (value !== '') values[name] = value.replace(/\r\n?/g, '\n');
    } else if (Array.isArray(value)) {
      values[name] = value.filter((item): item is string => typeof item === 'string');
    }
  }
  return values;
}

/** The values to show again in a form: checkbox groups as lists, the CSRF token left out. */
export function valuesToShow(values: OfferFormValues, lists: readonly string[]): OfferFormValues {
  const { _csrf: _token, ...shown } = values;
  for (const name of lists) {
    const value = shown[name];
    shown[name] = value === undefined ? [] : Array.isArray(value) ? value : [value];
  }
  return shown;
}

function fieldValue(value: unknown): string {
  if (value === true) return 'oui';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value).replace('.', ',') : '';
  if (typeof value === 'string') return value;
  return '';
}

/** yyyy-mm-dd of a date stored at midnight UTC (as the form's date fields are). */
function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
