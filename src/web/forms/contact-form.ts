// "Je suis intéressé(e)": the page's query (where the professional comes from) and the first message.
import { z } from 'zod';
import { MESSAGE_MAX_LENGTH } from '../../domain/contacts/conversation-rules';
import { SHARE_CHOICES } from '../../domain/contacts/share-choices';
import { csrfField } from './fields';
import { shownValues } from './shown-input';

const communeCode = z.string().regex(/^(\d{5}|2[AB]\d{3})$/, { error: 'Commune inconnue.' });
const objectId = (error: string) => z.string().regex(/^[0-9a-f]{24}$/, { error });

export const messageField = z
  .string({ error: 'Écrivez votre message.' })
  .trim()
  .min(1, { error: 'Écrivez votre message.' })
  .max(MESSAGE_MAX_LENGTH, { error: `Saisissez au plus ${MESSAGE_MAX_LENGTH} caractères.` });

/** Links from offers, commune pages and results; unknown parameters are ignored (a link should open). */
export const contactQuery = z.object({
  commune: communeCode,
  offre: objectId('Offre inconnue.').optional(),
  projet: objectId('Projet inconnu.').optional(),
});

export const contactForm = z.strictObject({
  _csrf: csrfField,
  commune: communeCode,
  offre: z.union([z.literal(''), objectId('Offre inconnue.')]).optional(),
  projet: z.union([z.literal(''), objectId('Choisissez un de vos projets, ou aucun.')]).optional(),
  partage: z
    .union([z.string(), z.array(z.string())], { error: 'Cochez ce que vous partagez dans la liste.' })
    .optional()
    .transform((value) => (value === undefined ? [] : [value].flat()))
    .pipe(z.array(z.enum(SHARE_CHOICES, { error: 'Cochez ce que vous partagez dans la liste.' })).max(10)),
  message: messageField,
});
export type ContactFormValue = z.infer<typeof contactForm>;

/** What the contact page shows in its form: the typed values, even refused ones. */
export interface ContactValues {
  commune: string;
  offre: string;
  projet: string;
  partage: string[];
  message: string;
}

export function contactValues(body: unknown): ContactValues {
  const shown = shownValues(body, ['commune', 'offre', 'projet', 'message']);
  const partage = [(body as { partage?: unknown } | undefined)?.partage ?? []].flat();
  return { ...shown, partage: partage.filter((value): value is string => typeof value === 'string') };
}
