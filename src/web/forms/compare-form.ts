// The comparison page's query: the two to four communes checked (INSEE codes).
import { z } from 'zod';
import { MAX_COMPARED, MIN_COMPARED } from '../../services/matching/compare-communes';

const CHOOSE = `Cochez de ${String(MIN_COMPARED)} à ${String(MAX_COMPARED)} communes à comparer.`;
export const UNKNOWN_COMMUNE = 'Commune inconnue : cochez-la dans la liste.';

export const compareQuery = z.strictObject({
  communes: z
    .union([z.string(), z.array(z.string())], { error: CHOOSE })
    .optional()
    .transform((value) => [...new Set(value === undefined ? [] : [value].flat())])
    .refine((codes) => codes.every((code) => /^(\d{5}|2[AB]\d{3})$/.test(code)), { error: UNKNOWN_COMMUNE })
    .refine((codes) => codes.length >= MIN_COMPARED && codes.length <= MAX_COMPARED, { error: CHOOSE }),
});

/** The communes asked for, as typed (checked again on the page). */
export function askedCommunes(query: unknown): string[] {
  return [(query as Record<string, unknown>).communes ?? []]
    .flat()
    .filter((value): value is string => typeof value === 'string');
}
