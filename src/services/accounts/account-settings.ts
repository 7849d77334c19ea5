// "Mon compte": change password or e-mail, export everything stored, delete the account.
import { normaliseEmail } from '../../domain/accounts/email-address';
import { OneTimeTokenModel } from '../../models/one-time-token';
import { UserModel } from '../../models/user';
import { UserEmailModel } from '../../models/user-email';
import { accountEmails } from './account-emails';
import { type AccountDeps, EMAIL_TOKEN_LIFETIME_MS, type Outcome } from './account-deps';
import type { GuardedOutcome, RateLimited } from '../limits/rate-limiter';
import { toAccountUser } from './account-user';
import { replacePassword } from './credentials';
import { issueToken } from './one-time-tokens';
import { type PersonalData, erasePersonalData, exportPersonalData } from '../personal-data/personal-data';

/** Why a change of "Mon compte" was refused (besides too many wrong passwords: `RateLimited`). */
export type AccountSettingsRefusal =
  | 'wrong-password'
  /** The new e-mail address is the current one. */
  | 'same-email';

/** What a change of "Mon compte" answers. */
type SettingsOutcome<T = void> = Outcome<T, AccountSettingsRefusal> | RateLimited;

/** A wrong current password, or too many of them (then nothing was checked). */
const refusal = (outcome: Exclude<GuardedOutcome<unknown>, { ok: true }>) =>
  outcome.reason === 'failed' ? ({ ok: false, reason: 'wrong-password' } as const) : outcome;

type StoredUser = NonNullable<Awaited<ReturnType<typeof loadAccount>>>;

const loadAccount = (userId: string) => UserModel.findById(userId).lean();

/**
 * `personalData`: what other services keep about a person (projects, notifications…), exported
 * after the account's own entry and erased before it (the account goes last: its deletion ends the
 * sessions).
 */
export function createAccountSettings(deps: AccountDeps, personalData: readonly PersonalData[] = []) {
  const accountExport = async (user: StoredUser) => {
    const { passwordHash: _secret, ...stored } = user;
    return {
      account: { ...stored, _id: String(user._id) },
      summary: toAccountUser(user),
      activity: await deps.audit.concerning(String(user._id)),
    };
  };
  /** The account, its e-mail key, its pending tokens; the audit trail keeps the events under "compte supprimé". */
  const eraseAccount = async (user: Pick<StoredUser, '_id' | 'email'>) => {
    await UserEmailModel.deleteOne({ _id: user.email });
    await OneTimeTokenModel.deleteMany({ userId: user._id });
    await UserModel.deleteOne({ _id: user._id });
    await deps.audit.anonymise(user._id, 'compte supprimé');
  };
  /** The account's own entry of the registry. */
  const ownAccount: PersonalData = {
    name: 'account',
    models: ['User', 'UserEmail', 'OneTimeToken', 'AuditEvent'],
    exportOf: async (userId) => {
      const user = await loadAccount(userId);
      return user ? accountExport(user) : {};
    },
    erase: async (userId) => {
      const user = await loadAccount(userId);
      if (user) await eraseAccount(user);
    },
  };
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
    ): Promise<SettingsOutcome<number>> {
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
    ): Promise<SettingsOutcome> {
      const checked = await loadWithPassword(userId, currentPassword);
      if (!checked.ok) return refusal(checked);
      const user = checked.value;
      const email = normaliseEmail(newEmail);
      if (email === user.email) return { ok: false, reason: 'same-email' };
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
      const user = await loadAccount(userId);
      if (!user) return undefined;
      return {
        exportedAt: new Date().toISOString(),
        ...(await accountExport(user)),
        ...(await exportPersonalData(personalData, String(user._id))),
      };
    },

    /**
     * Erases the account and its personal data: the account, its e-mail key, its pending tokens;
     * the audit trail keeps the events under "compte supprimé". Sessions end (credentials gone).
     */
    async deleteAccount(userId: string, currentPassword: string): Promise<SettingsOutcome> {
      const checked = await loadWithPassword(userId, currentPassword);
      if (!checked.ok) return refusal(checked);
      const user = checked.value;
      await erasePersonalData(personalData, String(user._id));
      await eraseAccount(user);
      await deps.audit.record({
        actor: { id: user._id, label: 'compte supprimé' },
        action: 'compte.supprime',
        target: { type: 'compte', id: String(user._id), label: 'compte supprimé' },
        details: user.role,
      });
      await deps.mailer.send(accountEmails.accountDeleted(user.email));
      return { ok: true, value: undefined };
    },

    /** Every kind of personal data stored about a person, the account's own first. */
    personalData: [ownAccount, ...personalData] as readonly PersonalData[],
  };
}

export type AccountSettings = ReturnType<typeof createAccountSettings>;
