// The notification preferences form: one e-mail frequency for messages, follow-up and proposals,
// one for the alerts on projects (professionals only: the others have no project).
import { z } from 'zod';
import { FREQUENCIES } from '../../domain/notifications/notification-preferences';
import { csrfField } from './fields';

const frequencyField = z.enum(FREQUENCIES, { error: 'Choisissez une fréquence dans la liste.' });

export const notificationPreferencesForm = z.strictObject({
  _csrf: csrfField,
  general: frequencyField,
  alertes: frequencyField.optional(),
});
