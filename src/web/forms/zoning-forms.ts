// The zoning pages' inputs: the moderator's région choice, restoring a version, the map layer's query.
import { z } from 'zod';
import { PROFESSIONS } from '../../domain/professions';
import { csrfField } from './fields';

const regionCode = z
  .string({ error: 'Choisissez une région.' })
  .regex(/^\d{2}$/, { error: 'Choisissez une région.' });
const profession = z.enum(PROFESSIONS, { error: 'Profession inconnue.' });

/** GET /partenaire/zonage and /moderation/zonage: which profession's communes to list (and the région for moderators). */
export const zoningPageQuery = z.strictObject({
  region: regionCode.optional(),
  profession: profession.optional(),
});

/** The fields sent with the file (the CSRF token travels in the query string of a multipart form). */
export const zoningImportFields = z.strictObject({ region: regionCode.optional() });

export const zoningRestoreForm = z.strictObject({
  _csrf: csrfField,
  region: regionCode.optional(),
  version: z.coerce.number({ error: 'Version inconnue.' }).int().min(1, { error: 'Version inconnue.' }),
});

/** GET /carte/zonage.json. */
export const zoningMapQuery = z.strictObject({
  profession,
  region: regionCode.optional(),
});
