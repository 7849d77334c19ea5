// The commune search: the page's GET form (/communes?q=…), the autocomplete's JSON query
// (/api/communes?q=…) and the INSEE code of a commune's page.
import { z } from 'zod';

/** INSEE codes: five digits, or 2A/2B and three digits for Corsica. */
const INSEE_CODE = /^(\d{5}|2[AB]\d{3})$/i;

export const isInseeCode = (code: string) => INSEE_CODE.test(code);

const communeQuery = z
  .string({ error: 'Saisissez un nom de commune, un code postal ou un code INSEE.' })
  .trim()
  .max(100, { error: 'Saisissez au plus 100 caractères.' });

/** The search page: an empty query shows the empty form. */
export const searchPageQuery = z.object({ q: communeQuery.optional() });

/** The autocomplete: at least one character. */
export const autocompleteQuery = z.strictObject({
  q: communeQuery.pipe(z.string().min(1, { error: 'Saisissez au moins un caractère.' })),
});
