// Field schemas shared by the forms, with the interface's French messages.
import { z } from 'zod';
import { PASSWORD_MAX_LENGTH } from '../../domain/accounts/password-policy';

export const csrfField = z.string().max(200);

/** A button's form that carries nothing but its CSRF token (delete, withdraw, duplicate, mark read…). */
export const csrfOnlyForm = z.strictObject({ _csrf: csrfField });

/** The version of the record the form was opened on (optimistic concurrency: a newer one is a conflict). */
export const revisionField = z
  .string()
  .regex(/^\d{1,9}$/)
  .transform(Number)
  .optional();

export const emailField = z
  .string({ error: 'Saisissez votre adresse e-mail.' })
  .trim()
  .min(1, { error: 'Saisissez votre adresse e-mail.' })
  .max(254, { error: 'Adresse e-mail trop longue.' })
  .pipe(z.email({ error: 'Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.' }));

export const nameField = z
  .string({ error: 'Saisissez votre nom.' })
  .trim()
  .min(2, { error: 'Saisissez votre prénom et votre nom.' })
  .max(100, { error: 'Saisissez au plus 100 caractères.' });

/** Any typed password; the policy is checked separately (it needs the e-mail). */
export const passwordField = z
  .string({ error: 'Saisissez un mot de passe.' })
  .min(1, { error: 'Saisissez un mot de passe.' })
  .max(PASSWORD_MAX_LENGTH * 4, {
    error: `Choisissez un mot de passe d’au plus ${PASSWORD_MAX_LENGTH} caractères.`,
  });

export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `Saisissez au plus ${max} caractères.` })
    .optional()
    .default('');

export function choiceField<const T extends readonly [string, ...string[]]>(values: T, message: string) {
  return z.enum(values, { error: message });
}
