// "Mon compte": change password or e-mail, export everything stored, delete the account.
import { normaliseEmail } from '../../domain/accounts/email-address';
import { OneTimeTokenModel } from '../../models/one-time-token';
import { UserModel } from '../../models/user';
import { UserEmailModel } from '../../models/user-email';
import { accountEmails } from './account-emails';
import { type AccountDeps, EMAIL_TOKEN_LIFETIME_MS, type FieldResult } from './account-deps';
import type { GuardedOutcome, RateLimited } from '../limits/rate-limiter';
import { toAccountUser } from './account-user';
import { replacePassword } from './credentials';
import { issueToken } from './one-time-tokens';

const WRONG_PASSWORD = {
  ok: false,
  field: 'currentPassword',
  message: 'Mot de passe actuel incorrect.',
} as const;

/** A wrong current password, or too many of them (then nothing was checked). */
const refusal = (outcome: Exclude<GuardedOutcome<unknown>, { ok: true }>) =>
  outcome.reason === 'failed' ? WRONG_PASSWORD : outcome;

/** What other services keep about a person (their projects): exported with the account, erased with it. */
export interface OwnData {
  exportOf(userId: string): Promise<Record<string, unknown>>;
  removeOf(userId: string): Promise<void>;
}

const NO_OWN_DATA: OwnData = { exportOf: async () => ({}), removeOf: async () => undefined };

export function createAccountSettings(deps: AccountDeps, ownData: OwnData = NO_OWN_DATA) {
  /** The account if `password` is its own; wrong ones are limited per account (failures only). */
  const loadWithPassword = (userId: string, password: string) =>
    deps.limits.currentPassword(userId, async () => {
      const user = await UserModel.findById(userId);
      return user && (await deps.hasher.verify(user.passwordHash, password)) ? user : undefined;
    });

  return {
    /** Returns the new credentials version: the caller keeps its own session, every other one ends. */
    async changePassword(
      userId: string,
      currentPassword: string,
      newPassword: string,
    ): Promise<FieldResult<number> | RateLimited> {
      const checked = await loadWithPassword(userId, currentPassword);
      if (!checked.ok) return refusal(checked);
      const user = checked.value;
      return {
        ok: true,
        value: await replacePassword(deps, user, newPassword, 'compte.mot-de-passe-modifie'),
      };
    },

    /**
     * Sends a confirmation link to the new address; the change applies once it is opened. An address
     * that already has an account gets a notice instead (and the confirmation would refuse it):
     * the same answer and the same two e-mails, so that the form does not tell who is registered.
     */
    async requestEmailChange(
      userId: string,
      currentPassword: string,
      newEmail: string,
    ): Promise<FieldResult | RateLimited> {
      const checked = await loadWithPassword(userId, currentPassword);
      if (!checked.ok) return refusal(checked);
      const user = checked.value;
      const email = normaliseEmail(newEmail);
      if (email === user.email)
        return { ok: false, field: 'email', message: 'C’est déjà votre adresse actuelle.' };
      const token = await issueToken(user._id, 'verify-email', EMAIL_TOKEN_LIFETIME_MS, email);
      const taken = await UserEmailModel.exists({ _id: email });
      await deps.mailer.send(
        taken
          ? accountEmails.addressUnavailable(email)
          : accountEmails.confirmNewAddress(email, `${deps.publicUrl}/verification-email/${token}`),
      );
      await deps.mailer.send(accountEmails.addressChangeRequested(user.email, email));
      return { ok: true, value: undefined };
    },

    /** Everything stored about the account, as a JSON-ready object (no password hash). */
    async exportData(userId: string): Promise<Record<string, unknown> | undefined> {
      const user = await UserModel.findById(userId).lean();
      if (!user) return undefined;
      const { passwordHash: _secret, ...stored } = user;
      return {
        exportedAt: new Date().toISOString(),
        account: { ...stored, _id: String(user._id) },
        summary: toAccountUser(user),
        activity: await deps.audit.concerning(String(user._id)),
        ...(await ownData.exportOf(String(user._id))),
      };
    },

    /**
     * Erases the account and its personal data: the account, its e-mail key, its pending tokens;
     * the audit trail keeps the events under "compte supprimé". Sessions end (credentials gone).
     */
    async deleteAccount(userId: string, currentPassword: string): Promise<FieldResult | RateLimited> {
      const checked = await loadWithPassword(userId, currentPassword);
      if (!checked.ok) return refusal(checked);
      const user = checked.value;
      await ownData.removeOf(String(user._id));
      await UserEmailModel.deleteOne({ _id: user.email });
      await OneTimeTokenModel.deleteMany({ userId: user._id });
      await UserModel.deleteOne({ _id: user._id });
      await deps.audit.anonymise(user._id, 'compte supprimé');
      await deps.audit.record({
        actor: { id: user._id, label: 'compte supprimé' },
        action: 'compte.supprime',
        target: { type: 'compte', id: String(user._id), label: 'compte supprimé' },
        details: user.role,
      });
      await deps.mailer.send(accountEmails.accountDeleted(user.email));
      return { ok: true, value: undefined };
    },
  };
}

export type AccountSettings = ReturnType<typeof createAccountSettings>;
