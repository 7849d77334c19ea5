// "Mot de passe oublié": an e-mailed single-use link, valid one hour.
import { maskedEmail, normaliseEmail } from '../../domain/accounts/email-address';
import { needsModeration } from '../../domain/accounts/roles';
import { UserModel } from '../../models/user';
import { UserEmailModel } from '../../models/user-email';
import { trySending } from '../mail/mailer';
import { accountEmails } from './account-emails';
import { type AccountDeps, RESET_TOKEN_LIFETIME_MS } from './account-deps';
import { replacePassword } from './credentials';
import { consumeToken, issueToken, peekToken } from './one-time-tokens';
import type { EmailSending } from './registration';

export function createPasswordReset(deps: AccountDeps) {
  return {
    /**
     * Sends a link if the address has an account, and a "no account here" e-mail otherwise (with a
     * journal entry): one e-mail either way, so that neither the answer nor its time tells them apart.
     */
    async request(typedEmail: string): Promise<EmailSending> {
      const email = normaliseEmail(typedEmail);
      const key = await UserEmailModel.findById(email).lean();
      const user = key && (await UserModel.findById(key.userId).lean());
      if (!user) {
        await deps.audit.record({
          actor: { id: null, label: 'anonyme' },
          action: 'reinitialisation.adresse-inconnue',
          target: { type: 'adresse', id: maskedEmail(email) },
        });
        return {
          emailSent: await trySending(
            deps.mailer,
            accountEmails.noAccount(email, `${deps.publicUrl}/inscription`),
          ),
        };
      }
      const token = await issueToken(user._id, 'reset-password', RESET_TOKEN_LIFETIME_MS);
      return {
        emailSent: await trySending(
          deps.mailer,
          accountEmails.resetPassword(user.email, `${deps.publicUrl}/reinitialiser-mot-de-passe/${token}`),
        ),
      };
    },

    isValid: (token: string) => peekToken(token, 'reset-password'),

    /** Sets the new password and ends every session of the account. False if the link is not valid. */
    async reset(token: string, newPassword: string): Promise<boolean> {
      const consumed = await consumeToken(token, 'reset-password');
      const user = consumed && (await UserModel.findById(consumed.userId));
      if (!user) return false;
      // The link came by e-mail: the address is proven.
      if (user.status === 'email-a-verifier') {
        user.status = needsModeration(user.role) ? 'en-attente' : 'actif';
        user.emailVerifiedAt = new Date();
      }
      await replacePassword(deps, user, newPassword, 'compte.mot-de-passe-reinitialise');
      return true;
    },
  };
}

export type PasswordReset = ReturnType<typeof createPasswordReset>;
