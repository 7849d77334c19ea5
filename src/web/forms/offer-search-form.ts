// The public offer search's GET form (/offres): filters, sort and page. Unknown parameters (e.g. a
// newsletter's utm_*) are ignored: a shared link should always open.
import { z } from 'zod';
import { OFFER_SORTS, type OfferSearchQuery } from '../../domain/offers/offer-search';
import { AUDIENCES, OFFER_TYPES } from '../../domain/offers/offer-vocabulary';
import { PROFESSIONS } from '../../domain/professions';
import { parseInput } from '../validation';

const searchQuery = z.object({
  type: z
    .union([z.enum(OFFER_TYPES), z.array(z.enum(OFFER_TYPES)).max(OFFER_TYPES.length)], {
      error: 'Type d’offre inconnu.',
    })
    .optional()
    .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value])),
  region: z
    .string()
    .regex(/^\d{2}$/, { error: 'Région inconnue.' })
    .optional(),
  departement: z
    .string()
    .regex(/^(\d{2,3}|2[AB])$/, { error: 'Département inconnu.' })
    .optional(),
  profession: z.enum(PROFESSIONS, { error: 'Profession inconnue.' }).optional(),
  public: z.enum(AUDIENCES, { error: 'Public inconnu.' }).optional(),
  disponibleAvant: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Indiquez une date au format jj/mm/aaaa.' })
    .transform((value) => new Date(`${value}T23:59:59Z`))
    .refine((value) => !Number.isNaN(value.getTime()), { error: 'Cette date n’existe pas.' })
    .optional(),
  q: z.string().trim().max(100, { error: 'Saisissez au plus 100 caractères.' }).optional(),
  tri: z.enum(OFFER_SORTS, { error: 'Tri inconnu.' }).default('recentes'),
  page: z.coerce.number({ error: 'Page inconnue.' }).int().min(1).max(10_000).default(1),
});

/**
 * The filters as typed (to show them again; "" means "any" and counts as absent), and the search
 * they ask for, `pageSize` offers a page, or the form's errors.
 */
export function parseOfferSearch(query: Record<string, unknown>, pageSize: number) {
  const given = Object.fromEntries(
    Object.entries(query).filter(([, value]) => value !== '' && value !== undefined),
  );
  const values = { ...given, type: [given.type ?? []].flat() };
  const parsed = parseInput(searchQuery, given);
  if (!parsed.ok) return { values, parsed };
  const form = parsed.value;
  const search: OfferSearchQuery = {
    types: form.type,
    region: form.region,
    departement: form.departement,
    profession: form.profession,
    audience: form.public,
    availableBefore: form.disponibleAvant,
    text: form.q,
    sort: form.tri,
    page: form.page,
    pageSize,
  };
  return { values, parsed: { ok: true as const, value: search } };
}
