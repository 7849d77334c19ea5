// The two writes every way into an account shares: claiming its e-mail, replacing its password.
import type { HydratedDocument, Types } from 'mongoose';
import type { UserDocument } from '../../models/user';
import { UserEmailModel } from '../../models/user-email';
import { accountEmails } from './account-emails';
import type { AccountDeps } from './account-deps';

/** Reserves an address for an account; false if another account has it (the key is the unique index). */
export async function claimEmail(email: string, userId: Types.ObjectId): Promise<boolean> {
  try {
    await UserEmailModel.create({ _id: email, userId });
    return true;
  } catch (error) {
    if ((error as { code?: number }).code !== 11000) throw error;
    return false;
  }
}

/**
 * Sets a new password and bumps the credentials version, which ends every session opened before;
 * tells the owner by e-mail and records `action` in the journal. Returns the new version.
 */
export async function replacePassword(
  deps: Pick<AccountDeps, 'hasher' | 'mailer' | 'audit'>,
  user: HydratedDocument<UserDocument>,
  newPassword: string,
  action: string,
): Promise<number> {
  user.passwordHash = await deps.hasher.hash(newPassword);
  user.credentialsVersion = (user.credentialsVersion ?? 1) + 1;
  await user.save();
  await deps.mailer.send(accountEmails.passwordChanged(user.email));
  await deps.audit.record({
    actor: { id: user._id, label: user.email },
    action,
    target: { type: 'compte', id: String(user._id), label: user.email },
  });
  return user.credentialsVersion;
}
