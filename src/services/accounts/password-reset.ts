// "Mot de passe oublié": an e-mailed single-use link, valid one hour.
import { normaliseEmail } from '../../domain/accounts/email-address';
import { needsModeration } from '../../domain/accounts/roles';
import { UserModel } from '../../models/user';
import { UserEmailModel } from '../../models/user-email';
import { accountEmails } from './account-emails';
import { type AccountDeps, RESET_TOKEN_LIFETIME_MS } from './account-deps';
import { replacePassword } from './credentials';
import { consumeToken, issueToken, peekToken } from './one-time-tokens';

export function createPasswordReset(deps: AccountDeps) {
  return {
    /** Sends a link if the address has an account; the caller answers the same either way. */
    async request(email: string): Promise<void> {
      const key = await UserEmailModel.findById(normaliseEmail(email)).lean();
      const user = key && (await UserModel.findById(key.userId).lean());
      if (!user) return;
      const token = await issueToken(user._id, 'reset-password', RESET_TOKEN_LIFETIME_MS);
      await deps.mailer.send(
        accountEmails.resetPassword(user.email, `${deps.publicUrl}/reinitialiser-mot-de-passe/${token}`),
      );
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
