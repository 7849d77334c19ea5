// "Créer une alerte" on a project: the score rise (in points out of 100) worth a notification.
import { z } from 'zod';
import { csrfField } from './fields';

const THRESHOLD_MESSAGE = 'Saisissez un nombre de points entier entre 1 et 100, par exemple 10.';

export const alertForm = z.strictObject({
  _csrf: csrfField,
  seuil: z
    .string({ error: THRESHOLD_MESSAGE })
    .trim()
    .regex(/^\d{1,3}$/, { error: THRESHOLD_MESSAGE })
    .transform(Number)
    .pipe(z.number().min(1, { error: THRESHOLD_MESSAGE }).max(100, { error: THRESHOLD_MESSAGE })),
});
