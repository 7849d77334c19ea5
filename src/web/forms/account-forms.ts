// The account forms: shapes and French messages. Unknown fields are refused (no mass assignment).
import { z } from 'zod';
import { passwordProblem } from '../../domain/accounts/password-policy';
import { COMMUNE_FUNCTIONS, PARTNER_TYPES } from '../../domain/accounts/roles';
import { choiceField, csrfField, emailField, nameField, passwordField } from './fields';

const newPasswordPair = <Shape extends z.ZodRawShape>(shape: Shape) =>
  z
    .strictObject({ ...shape, password: passwordField, passwordConfirmation: z.string().max(1000) })
    .superRefine((form, context) => {
      const { email, password, passwordConfirmation } = form as {
        email?: string;
        password: string;
        passwordConfirmation: string;
      };
      const problem = passwordProblem(password, { email });
      if (problem) context.addIssue({ code: 'custom', path: ['password'], message: problem });
      if (password !== passwordConfirmation) {
        context.addIssue({
          code: 'custom',
          path: ['passwordConfirmation'],
          message: 'Les deux mots de passe ne sont pas identiques.',
        });
      }
    });

export const loginForm = z.strictObject({
  _csrf: csrfField,
  email: z
    .string({ error: 'Saisissez votre adresse e-mail.' })
    .trim()
    .min(1, { error: 'Saisissez votre adresse e-mail.' })
    .max(254),
  password: z
    .string({ error: 'Saisissez votre mot de passe.' })
    .min(1, { error: 'Saisissez votre mot de passe.' })
    .max(1000),
  retour: z.string().max(500).optional(),
});

export const professionalSignUpForm = newPasswordPair({
  _csrf: csrfField,
  name: nameField,
  email: emailField,
});

export const communeSignUpForm = newPasswordPair({
  _csrf: csrfField,
  name: nameField,
  email: emailField,
  commune: z
    .string({ error: 'Choisissez votre commune.' })
    .trim()
    .min(1, { error: 'Choisissez votre commune.' })
    .max(120, { error: 'Saisissez au plus 120 caractères.' }),
  fonction: choiceField(COMMUNE_FUNCTIONS, 'Indiquez votre fonction.'),
});

export const partnerSignUpForm = newPasswordPair({
  _csrf: csrfField,
  name: nameField,
  email: emailField,
  partnerType: choiceField(PARTNER_TYPES, 'Indiquez le type d’organisation.'),
  organisation: z
    .string({ error: 'Saisissez le nom de l’organisation.' })
    .trim()
    .min(2, { error: 'Saisissez le nom de l’organisation.' })
    .max(150, { error: 'Saisissez au plus 150 caractères.' }),
  territory: z
    .string({ error: 'Choisissez le territoire.' })
    .regex(/^(national-FR|(region|departement)-[0-9AB]{2,3})$/, {
      error: 'Choisissez le territoire dans la liste.',
    }),
});

/** One address typed to receive a link: a password reset, or the sign-up's verification again. */
export const emailOnlyForm = z.strictObject({ _csrf: csrfField, email: emailField });

export const resetPasswordForm = newPasswordPair({ _csrf: csrfField });

// "Mon compte": each change is confirmed with the current password.

const currentPasswordField = z
  .string({ error: 'Saisissez votre mot de passe actuel.' })
  .min(1, { error: 'Saisissez votre mot de passe actuel.' })
  .max(1000);

export const changeEmailForm = z.strictObject({
  _csrf: csrfField,
  email: emailField,
  currentPassword: currentPasswordField,
});

/** The sign-up policy, and the new password must not reuse the account's own address. */
export const changePasswordForm = (accountEmail: string) =>
  newPasswordPair({ _csrf: csrfField, currentPassword: currentPasswordField }).superRefine(
    (form, context) => {
      const problem = passwordProblem(form.password, { email: accountEmail });
      if (problem) context.addIssue({ code: 'custom', path: ['password'], message: problem });
    },
  );

export const deleteAccountForm = z.strictObject({
  _csrf: csrfField,
  currentPassword: currentPasswordField,
  confirmation: z.literal('oui', {
    error: 'Cochez la case pour confirmer la suppression de votre compte.',
  }),
});
