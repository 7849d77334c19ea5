// The professional's results page's inputs: its filters (GET: offer types required, distance,
// page) and the favourite buttons (POST, with the query to go back to).
import { z } from 'zod';
import {
  CRITERION_OF_TYPE,
  RESULT_FILTER_TYPES,
  type ResultFilterType,
  isResultFilterType,
} from '../../domain/matching/result-filters';
import type { MatchingOptions } from '../../domain/matching/types';
import { csrfField } from './fields';

export const MAX_DISTANCE_KM = 1000;

/** The filter fields shown back with their errors; anything else is an error of the address. */
export const RESULTS_FILTER_FIELDS = ['offres', 'distanceMax'] as const;

export const resultsQuery = z.strictObject({
  offres: z
    .union([z.string(), z.array(z.string())], { error: 'Type d’offre inconnu : cochez-le dans la liste.' })
    .optional()
    .transform((value) => (value === undefined ? [] : [value].flat()))
    .refine((list) => list.length <= RESULT_FILTER_TYPES.length && list.every(isResultFilterType), {
      error: 'Type d’offre inconnu : cochez-le dans la liste.',
    })
    .transform((list) => [...new Set(list)] as ResultFilterType[]),
  distanceMax: z
    .string({ error: 'Saisissez une distance en kilomètres, par exemple 30.' })
    .trim()
    .regex(/^\d{1,6}$/, { error: 'Saisissez une distance en kilomètres, un nombre entier, par exemple 30.' })
    .transform(Number)
    .pipe(
      z
        .number()
        .min(1, { error: 'Saisissez une distance d’au moins 1 km.' })
        .max(MAX_DISTANCE_KM, { error: `Saisissez une distance d’au plus ${MAX_DISTANCE_KM} km.` }),
    )
    .optional(),
  page: z.coerce.number({ error: 'Page inconnue.' }).int().min(1).max(10_000).default(1),
});

/** The query as typed, empty fields dropped (an empty distance is no filter). */
export function typedResultsQuery(query: unknown): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(query as Record<string, unknown>).filter(([, value]) => value !== ''),
  );
}

/** The engine's filters of a valid query. */
export function toMatchingFilters(query: z.infer<typeof resultsQuery>): MatchingOptions['filters'] {
  return {
    required: query.offres.map((type) => CRITERION_OF_TYPE[type]),
    maxDistanceKm: query.distanceMax,
  };
}

/** Only a query string of the results page's own filters goes back into a redirect. */
const BACK_QUERY = /^\?[\w\-=&%.+]{0,400}$/;

export const favoriteForm = z.strictObject({
  _csrf: csrfField,
  communeCode: z.string().regex(/^(\d{5}|2[AB]\d{3})$/),
  favori: z.enum(['oui', 'non']),
  retour: z
    .string()
    .optional()
    .transform((value) => (value && BACK_QUERY.test(value) ? value : '')),
});
