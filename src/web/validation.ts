// Request validation with zod: French messages keyed by field, for forms and JSON errors alike.
import type { z } from 'zod';

export type FieldErrors = Record<string, string>;

export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

export function parseInput<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
): Parsed<z.infer<Schema>> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) errors[key] ??= 'Paramètre inconnu.';
      continue;
    }
    const field = issue.path.length > 0 ? issue.path.join('.') : '_';
    errors[field] ??= issue.message;
  }
  return { ok: false, errors };
}

/** The structured body of a JSON 400. */
export function invalidRequestBody(errors: FieldErrors) {
  return { error: { status: 400, message: 'Requête invalide', fields: errors } };
}
