// Checking credentials, and reloading the signed-in account on each request.
import { Types } from 'mongoose';
import { type KeptListener, KeptDocuments } from '../../db/kept-documents';
import { maskedEmail, normaliseEmail } from '../../domain/accounts/email-address';
import { type UserDocument, UserModel, onUserWrites } from '../../models/user';
import { UserEmailModel } from '../../models/user-email';
import type { RateLimited } from '../limits/rate-limiter';
import type { AccountDeps } from './account-deps';
import { type AccountUser, toAccountUser } from './account-user';

export type SignInRefusal =
  /** Wrong e-mail or password: one answer for both. */
  | 'invalid-credentials'
  /** Right password, but the account cannot be used (yet). */
  | 'email-not-verified'
  | 'suspended';

export type SignInResult =
  | { ok: true; user: AccountUser }
  | { ok: false; reason: SignInRefusal }
  /** Too many wrong passwords for this address or from this network address: nothing checked. */
  | RateLimited;

/**
 * `accountRecheckMs`: how long a signed-in account is served from memory (every page needs it).
 * Any write of an account in this process counts at the next request (a suspension, a new password
 * or profile); a change made by another instance once `changes` tells (the change journal), at the
 * latest after this long. 0: never kept.
 */
export function createSignIn(
  deps: AccountDeps,
  accountRecheckMs = 0,
  changes: (listener: KeptListener) => () => void = (listener) => onUserWrites((id) => listener(id, false)),
) {
  const accounts = new KeptDocuments<AccountUser>(changes, accountRecheckMs);
  return {
    /** `address`: where the attempt comes from (wrong passwords are counted per network address too). */
    async authenticate(email: string, password: string, address: string): Promise<SignInResult> {
      const checked = await deps.limits.login(email, address, async () => {
        const address = normaliseEmail(email);
        const key = await UserEmailModel.findById(address).lean();
        const found = key && (await UserModel.findById(key.userId));
        if (!found) {
          // Same work as for a known address (a hash, a journal entry), so that timing does not tell them apart.
          await deps.hasher.verifyNothing(password);
          await deps.audit.record({
            actor: { id: null, label: 'anonyme' },
            action: 'connexion.echec',
            target: { type: 'adresse', id: maskedEmail(address) },
            details: 'adresse inconnue',
          });
          return undefined;
        }
        if (!(await deps.hasher.verify(found.passwordHash, password))) {
          await deps.audit.record({
            actor: { id: null, label: 'anonyme' },
            action: 'connexion.echec',
            target: { type: 'compte', id: String(found._id), label: found.email },
          });
          return undefined;
        }
        return found;
      });
      if (!checked.ok)
        return checked.reason === 'failed' ? { ok: false, reason: 'invalid-credentials' } : checked;
      const user = checked.value;
      if (user.status === 'email-a-verifier') return { ok: false, reason: 'email-not-verified' };
      if (user.status === 'suspendu') return { ok: false, reason: 'suspended' };
      user.lastLoginAt = new Date();
      await UserModel.updateOne({ _id: user._id }, { $set: { lastLoginAt: user.lastLoginAt } });
      await deps.audit.record({
        actor: { id: user._id, label: user.email },
        action: 'connexion.reussie',
        target: { type: 'compte', id: String(user._id), label: user.email },
      });
      return { ok: true, user: toAccountUser(user) };
    },

    /**
     * The account behind a session, if the session is still good: the account exists, is not
     * suspended, and its password has not changed since the session was opened.
     */
    async sessionUser(id: string, credentialsVersion: number): Promise<AccountUser | undefined> {
      if (!Types.ObjectId.isValid(id)) return undefined;
      const user = await accounts.get(id, async () => {
        // A plain object, without the password hash.
        const stored = await UserModel.findById(id).select({ passwordHash: 0 }).lean<UserDocument>();
        return stored ? toAccountUser(stored) : undefined;
      });
      if (!user || user.status === 'suspendu' || user.credentialsVersion !== credentialsVersion)
        return undefined;
      return user;
    },

    /** Stops following the accounts' writes (the service is stopping). */
    close: () => accounts.close(),
  };
}

export type SignIn = ReturnType<typeof createSignIn>;
