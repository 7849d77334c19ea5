// The moderators' back-office: who asks to act for a commune or a partner, and the decisions.
import { Types } from 'mongoose';
import { type ModerationAction, REASON_REQUIRED, statusAfter } from '../../domain/accounts/moderation';
import type { AccountStatus, Role } from '../../domain/accounts/roles';
import { UserModel } from '../../models/user';
import { accountEmails } from './account-emails';
import type { AccountDeps, FieldResult } from './account-deps';
import { type AccountUser, toAccountUser } from './account-user';

const DECISION_EMAILS: Record<ModerationAction, (reason: string) => { subject: string; body: string }> = {
  valider: () => ({
    subject: 'Votre compte est validé',
    body: 'Votre compte Accueil Santé a été validé par un modérateur : vous pouvez désormais agir au nom de votre organisation.',
  }),
  refuser: (reason) => ({
    subject: 'Votre demande de compte n’a pas été acceptée',
    body: `Votre demande de compte Accueil Santé n’a pas été acceptée, pour la raison suivante :\n\n${reason}\n\nVous pouvez répondre à cette décision en nous écrivant.`,
  }),
  suspendre: (reason) => ({
    subject: 'Votre compte est suspendu',
    body: `Votre compte Accueil Santé a été suspendu, pour la raison suivante :\n\n${reason}`,
  }),
  reactiver: () => ({
    subject: 'Votre compte est réactivé',
    body: 'Votre compte Accueil Santé a été réactivé : vous pouvez de nouveau vous connecter.',
  }),
};

export interface AccountFilter {
  status?: AccountStatus;
  role?: Role;
  query?: string;
}

export function createModeration(deps: AccountDeps) {
  return {
    /** Accounts waiting for a decision, oldest first. */
    async queue(): Promise<AccountUser[]> {
      const pending = await UserModel.find({ status: 'en-attente' }).lean();
      return pending.map(toAccountUser).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    },

    async accounts(filter: AccountFilter): Promise<AccountUser[]> {
      const query = filter.query?.toLowerCase();
      return (await UserModel.find().lean())
        .map(toAccountUser)
        .filter(
          (user) =>
            (!filter.status || user.status === filter.status) &&
            (!filter.role || user.role === filter.role) &&
            (!query || user.email.includes(query) || user.name.toLowerCase().includes(query)),
        )
        .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
    },

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
    ): Promise<FieldResult<AccountStatus>> {
      if (REASON_REQUIRED.has(action) && reason.trim().length === 0) {
        return {
          ok: false,
          field: 'reason',
          message: 'Indiquez la raison : elle sera envoyée à la personne.',
        };
      }
      if (!Types.ObjectId.isValid(accountId))
        return { ok: false, field: 'action', message: 'Compte introuvable.' };
      const user = await UserModel.findById(accountId).lean();
      if (!user) return { ok: false, field: 'action', message: 'Compte introuvable.' };
      if (String(user._id) === moderator.id) {
        return { ok: false, field: 'action', message: 'Vous ne pouvez pas modérer votre propre compte.' };
      }
      const next = statusAfter(action, user.status, user.suspendedFrom);
      if (!next)
        return {
          ok: false,
          field: 'action',
          message: 'Cette décision ne s’applique pas à un compte dans cet état.',
        };

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
      if (updated.modifiedCount !== 1) {
        return { ok: false, field: 'action', message: 'Le compte a changé entre-temps : rechargez la page.' };
      }
      const email = DECISION_EMAILS[action](reason.trim());
      await deps.mailer.send(accountEmails.moderationDecision(user.email, email.subject, email.body));
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
