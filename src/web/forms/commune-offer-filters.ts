// The filters of "Mes offres" (type and state), as its GET form sends them: empty means "any".
import { z } from 'zod';
import { OFFER_STATUSES, OFFER_TYPES } from '../../domain/offers/offer-vocabulary';
import { parseInput } from '../validation';
import { shownValues } from './shown-input';

const listQuery = z.strictObject({
  type: z.enum(OFFER_TYPES, { error: 'Type d’offre inconnu : choisissez-le dans la liste.' }).optional(),
  statut: z.enum(OFFER_STATUSES, { error: 'État inconnu : choisissez-le dans la liste.' }).optional(),
});

/** The filters as typed (to show them again), and the parsed query or its errors. */
export function parseOfferListFilters(query: Record<string, unknown>) {
  const given = Object.fromEntries(Object.entries(query).filter(([, value]) => value !== ''));
  return { values: shownValues(given, ['type', 'statut']), parsed: parseInput(listQuery, given) };
}
