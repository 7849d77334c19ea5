import type { AuditLog } from '../audit/audit-log';
import type { Limits } from '../limits/limits';
import type { Mailer } from '../mail/mailer';
import type { PasswordHasher } from './password-hasher';

/** What the account use cases need from outside. */
export interface AccountDeps {
  hasher: PasswordHasher;
  mailer: Mailer;
  audit: AuditLog;
  /** Wrong passwords are limited (failures only), at login and in "Mon compte". */
  limits: Pick<Limits, 'login' | 'currentPassword'>;
  /** Origin for links in e-mails, e.g. https://accueil-sante.example.gouv.fr */
  publicUrl: string;
}

/** Outcome of a use case: its value, or why it was refused (the web layer words the reason). */
export type Outcome<T, Reason extends string> = { ok: true; value: T } | { ok: false; reason: Reason };

export const EMAIL_TOKEN_LIFETIME_MS = 24 * 60 * 60 * 1000;
export const RESET_TOKEN_LIFETIME_MS = 60 * 60 * 1000;
