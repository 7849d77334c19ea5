// The form of a moderator's decision on an account: which decision, and the reason given to them.
import { z } from 'zod';
import { MODERATION_ACTIONS } from '../../domain/accounts/moderation';
import { csrfField } from './fields';

export const decisionForm = z.strictObject({
  _csrf: csrfField,
  action: z.enum(MODERATION_ACTIONS, { error: 'Choisissez une décision.' }),
  reason: z
    .string({ error: 'Saisissez la raison.' })
    .max(1000, { error: 'Saisissez au plus 1000 caractères.' })
    .optional()
    .default(''),
});
