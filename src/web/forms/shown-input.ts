// What a page shows back of the query or form it received: the typed values, and its errors split
// between the fields the page has and one sentence for the rest (unknown parameters…).
import type { FieldErrors } from '../validation';

/** The string values of the named fields, to show them again; '' for anything else. */
export function shownValues<const Field extends string>(
  source: unknown,
  fields: readonly Field[],
): Record<Field, string> {
  const record = source as Record<string, unknown> | undefined;
  const typed = (field: Field) => {
    const value = record?.[field];
    return typeof value === 'string' ? value : '';
  };
  return Object.fromEntries(fields.map((field) => [field, typed(field)])) as Record<Field, string>;
}

/** Errors on the named fields, and one sentence for anything else. */
export function splitErrors(
  errors: FieldErrors,
  fields: readonly string[],
): { fields: FieldErrors; other?: string } {
  const known: FieldErrors = {};
  const unknownKeys: string[] = [];
  for (const [key, message] of Object.entries(errors)) {
    if (fields.includes(key)) known[key] = message;
    else unknownKeys.push(key);
  }
  if (unknownKeys.length === 0) return { fields: known };
  const other = unknownKeys.every((key) => errors[key] === 'Paramètre inconnu.')
    ? `Cette adresse contient ${unknownKeys.length > 1 ? 'des paramètres inconnus' : 'un paramètre inconnu'} : ${unknownKeys.join(', ')}.`
    : unknownKeys.map((key) => errors[key]).join(' ');
  return { fields: known, other };
}

/** What a filter page adds when its query is refused: no results, the errors by field and the rest. */
export function rejectedQuery(errors: FieldErrors, fields: readonly string[]) {
  const split = splitErrors(errors, fields);
  return {
    failed: true,
    // An empty object would still count as "there are errors" in the view.
    errors: Object.keys(split.fields).length > 0 ? split.fields : undefined,
    queryError: split.other,
  };
}
