// The check-in form: still practising there (oui/non) and, if not, the levers that failed.
import { z } from 'zod';
import { CHECK_IN_MONTHS } from '../../domain/retention/check-in-schedule';
import { RETENTION_LEVERS } from '../../domain/retention/retention-levers';
import { csrfField } from './fields';
import { choices } from './offer-form';

export const checkInForm = z.strictObject({
  _csrf: csrfField,
  echeance: z.enum(CHECK_IN_MONTHS.map(String) as ['6', '12', '24']).transform(Number),
  exerce: z.enum(['oui', 'non'], { error: 'Dites si vous exercez toujours dans cette commune.' }),
  leviers: choices(RETENTION_LEVERS, 'Raison inconnue.'),
});
