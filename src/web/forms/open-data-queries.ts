// The open data API's query of aid schemes (the offers' queries are in map-filters.ts).
import { z } from 'zod';
import { PROFESSIONS } from '../../domain/professions';

export const openDataSchemesQuery = z.strictObject({
  commune: z
    .string()
    .regex(/^(\d{5}|2[AB]\d{3})$/, { error: 'Code INSEE de commune attendu, par exemple 39198.' })
    .optional(),
  profession: z.enum(PROFESSIONS, { error: 'Profession inconnue.' }).optional(),
});
