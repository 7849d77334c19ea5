// A moderator's decision on a reported message.
import { z } from 'zod';
import { csrfField, optionalText } from './fields';

export const reportDecisionForm = z
  .strictObject({
    _csrf: csrfField,
    decision: z.enum(['classer', 'suspendre'], { error: 'Choisissez une décision.' }),
    motif: optionalText(1000),
  })
  .refine((value) => value.decision !== 'suspendre' || value.motif.length > 0, {
    path: ['motif'],
    error: 'Indiquez la raison : elle sera envoyée à la personne suspendue.',
  });
