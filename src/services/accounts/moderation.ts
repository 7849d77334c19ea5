// The moderators' back-office: who asks to act for a commune or a partner, and the decisions.
import { Types } from 'mongoose';
import { type ModerationAction, REASON_REQUIRED, statusAfter } from '../../domain/accounts/moderation';
import type { AccountStatus } from '../../domain/accounts/roles';
import { UserModel } from '../../models/user';
import { accountEmails } from './account-emails';
import type { AccountDeps, Outcome } from './account-deps';
import type { AccountDirectory, AccountFilter } from './account-directory';
import { type AccountUser, toAccountUser } from './account-user';

/** Why a decision was not applied. */
export type ModerationRefusal =
  /** Refusing or suspending needs a reason: it is sent to the person. */
  | 'reason-required'
  | 'not-found'
  /** Nobody moderates their own account. */
  | 'own-account'
  /** The decision does not apply to the account's current status. */
  | 'not-applicable'
  /** The status changed since it was read (another moderator decided first). */
  | 'conflict';

const refused = (reason: ModerationRefusal) => ({ ok: false, reason }) as const;

/** The queue and the list come from the account directory in memory (no scan of the accounts). */
export function createModeration(
  deps: AccountDeps,
  directory: Pick<AccountDirectory, 'awaitingDecision' | 'matching'>,
) {
  return {
    /** Accounts waiting for a decision, oldest first. */
    queue: (): Promise<AccountUser[]> => directory.awaitingDecision(),

    accounts: (filter: AccountFilter): Promise<AccountUser[]> => directory.matching(filter),

    async account(
      id: string,
    ): Promise<
      (AccountUser & { lastModeration: { decision: string; reason: string; at: Date } | null }) | undefined
    > {
      if (!Types.ObjectId.isValid(id)) return undefined;
      const user = await UserModel.findById(id).lean();
      if (!user) return undefined;
      const last = user.lastModeration;
      return {
        ...toAccountUser(user),
        lastModeration: last ? { decision: last.decision, reason: last.reason ?? '', at: last.at } : null,
      };
    },

    /**
     * Applies a decision if it makes sense for the account's current status; the status is
     * compared-and-set, so two moderators deciding at once cannot both win.
     */
    async decide(
      moderator: Pick<AccountUser, 'id' | 'email'>,
      accountId: string,
      action: ModerationAction,
      reason: string,
    ): Promise<Outcome<AccountStatus, ModerationRefusal>> {
      if (REASON_REQUIRED.has(action) && reason.trim().length === 0) return refused('reason-required');
      if (!Types.ObjectId.isValid(accountId)) return refused('not-found');
      const user = await UserModel.findById(accountId).lean();
      if (!user) return refused('not-found');
      if (String(user._id) === moderator.id) return refused('own-account');
      const next = statusAfter(action, user.status, user.suspendedFrom);
      if (!next) return refused('not-applicable');

      const moderatorId = new Types.ObjectId(moderator.id);
      const updated = await UserModel.updateOne(
        { _id: user._id, status: user.status },
        {
          $set: {
            status: next,
            suspendedFrom: action === 'suspendre' ? user.status : null,
            lastModeration: { decision: action, reason: reason.trim(), by: moderatorId, at: new Date() },
          },
        },
      );
      if (updated.modifiedCount !== 1) return refused('conflict');
      await deps.mailer.send(accountEmails.moderationDecision(user.email, action, reason.trim()));
      await deps.audit.record({
        actor: { id: moderatorId, label: moderator.email },
        action: `moderation.${action}`,
        target: { type: 'compte', id: String(user._id), label: user.email },
        details: reason.trim(),
      });
      return { ok: true, value: next };
    },
  };
}

export type Moderation = ReturnType<typeof createModeration>;
