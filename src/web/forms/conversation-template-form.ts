// A commune's reply template (title and text), with the revision of the list the staff member saw.
import { z } from 'zod';
import { TEMPLATE_TEXT_MAX, TEMPLATE_TITLE_MAX } from '../../services/contacts/reply-templates';
import { csrfField } from './fields';

const revision = z.coerce.number({ error: 'Rechargez la page.' }).int().min(0).max(1_000_000_000);

export const templateForm = z.strictObject({
  _csrf: csrfField,
  revision,
  titre: z
    .string({ error: 'Donnez un titre au modèle.' })
    .trim()
    .min(1, { error: 'Donnez un titre au modèle.' })
    .max(TEMPLATE_TITLE_MAX, { error: `Saisissez au plus ${TEMPLATE_TITLE_MAX} caractères.` }),
  texte: z
    .string({ error: 'Écrivez le texte du modèle.' })
    .trim()
    .min(1, { error: 'Écrivez le texte du modèle.' })
    .max(TEMPLATE_TEXT_MAX, { error: `Saisissez au plus ${TEMPLATE_TEXT_MAX} caractères.` }),
});

export const templateDeletionForm = z.strictObject({ _csrf: csrfField, revision });
