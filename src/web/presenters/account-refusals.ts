// Why an account use case refused, as the login page, "Mon compte", the e-mail verification link and
// `create-admin` say it.
import type { AccountSettingsRefusal } from '../../services/accounts/account-settings';
import type { EmailConfirmation } from '../../services/accounts/registration';
import type { SignInRefusal } from '../../services/accounts/sign-in';
import type { VerifiedAccountRefusal } from '../../services/accounts/verified-accounts';
import type { FieldRefusal, Refusal } from './refusal';

export const ACCOUNT_REFUSALS: Record<AccountSettingsRefusal | VerifiedAccountRefusal, FieldRefusal> = {
  'wrong-password': { status: 400, field: 'currentPassword', message: 'Mot de passe actuel incorrect.' },
  'same-email': { status: 400, field: 'email', message: 'C’est déjà votre adresse actuelle.' },
  'email-taken': { status: 400, field: 'email', message: 'Cette adresse e-mail a déjà un compte.' },
};

/** Too many wrong current passwords in "Mon compte"; `delay` in French ("3 minutes"). */
export const tooManyCurrentPasswords = (delay: string): FieldRefusal => ({
  status: 429,
  field: 'currentPassword',
  message: `Trop d’essais de votre mot de passe actuel. Patientez ${delay} avant de réessayer.`,
});

export const LOGIN_REFUSALS: Record<SignInRefusal, Refusal> = {
  'invalid-credentials': { status: 401, message: 'Adresse e-mail ou mot de passe incorrect.' },
  'email-not-verified': {
    status: 403,
    message: 'Confirmez d’abord votre adresse e-mail avec le lien que nous vous avons envoyé.',
  },
  suspended: {
    status: 403,
    message: 'Votre compte est suspendu. Vous avez reçu un e-mail qui en donne la raison.',
  },
};

/** A verification link that cannot be used. */
export type EmailLinkRefusal = Extract<EmailConfirmation['status'], 'invalid' | 'address-taken'>;

export const LINK_REFUSALS: Record<EmailLinkRefusal, Refusal> = {
  invalid: {
    status: 400,
    message: 'Ce lien de confirmation n’est plus valable : il a peut-être déjà servi ou a expiré.',
  },
  'address-taken': { status: 400, message: 'Cette adresse e-mail est déjà utilisée par un autre compte.' },
};
