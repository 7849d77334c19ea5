// Reported messages and the moderators' decisions: dismiss, or suspend the author's account through
// the moderation service (which e-mails them and records the decision in the journal).
import { Types } from 'mongoose';
import { canRead } from '../../domain/contacts/conversation-rules';
import { MessageReportModel, messageReportId } from '../../models/message-report';
import type { AccountUser } from '../accounts/account-user';
import type { Moderation, ModerationRefusal } from '../accounts/moderation';
import type { Participant } from './conversation-service';
import type { ConversationView } from './conversation-view';
import { type MessageReportView, type PendingReports, toReportView } from './pending-reports';

export const REPORT_REASON_MAX = 500;

/** No such message in a conversation the reporter reads; or one of the reporter's own side. */
export type ReportRefusal = 'message-not-found' | 'own-message';
export type ReportResult = { ok: true; already: boolean } | { ok: false; reason: ReportRefusal };
export type ReportDecision = 'classer' | 'suspendre';

/** Another moderator decided first; or the moderation service refused the suspension (its answer kept). */
export type DecisionResult =
  | { ok: true }
  | { ok: false; reason: 'already-decided' }
  | { ok: false; reason: 'suspension-refused'; suspension: ModerationRefusal };

export function createMessageReports(moderation: Pick<Moderation, 'decide'>, pending: PendingReports) {
  return {
    /** A party reports a message of the other side; a second report of the same message changes nothing. */
    async report(
      conversation: ConversationView,
      reporter: Participant,
      messageIndex: number,
      reason: string,
    ): Promise<ReportResult> {
      const message = conversation.messages[messageIndex];
      if (!canRead(conversation, reporter) || !message) return { ok: false, reason: 'message-not-found' };
      if (message.side === reporter.side) return { ok: false, reason: 'own-message' };
      const _id = messageReportId(conversation.id, messageIndex);
      if (await MessageReportModel.findById(_id).lean()) return { ok: true, already: true };
      try {
        const created = await MessageReportModel.create({
          _id,
          conversationId: conversation.id,
          messageIndex,
          text: message.text,
          authorId: new Types.ObjectId(message.authorId),
          authorSide: message.side,
          communeCode: conversation.communeCode,
          reporterId: new Types.ObjectId(reporter.id),
          reason: reason.trim().slice(0, REPORT_REASON_MAX),
          at: new Date(),
          status: 'a-traiter',
        });
        pending.put(toReportView(created.toObject()));
      } catch (error) {
        if ((error as { code?: number }).code !== 11000) throw error;
        return { ok: true, already: true };
      }
      return { ok: true, already: false };
    },

    /** Reports waiting for a decision, oldest first, from memory. */
    queue(): MessageReportView[] {
      return [...pending.all()].sort((a, b) => a.at.getTime() - b.at.getTime());
    },

    async get(id: string): Promise<MessageReportView | undefined> {
      const stored = await MessageReportModel.findById(id).lean();
      return stored ? toReportView(stored) : undefined;
    },

    async decide(
      moderator: Pick<AccountUser, 'id' | 'email'>,
      id: string,
      decision: ReportDecision,
      reason: string,
    ): Promise<DecisionResult> {
      const report = await this.get(id);
      if (!report || report.status !== 'a-traiter') return { ok: false, reason: 'already-decided' };
      if (decision === 'suspendre') {
        const suspended = await moderation.decide(moderator, report.authorId, 'suspendre', reason);
        if (!suspended.ok) return { ok: false, reason: 'suspension-refused', suspension: suspended.reason };
      }
      const updated = await MessageReportModel.updateOne(
        { _id: id, status: 'a-traiter' },
        {
          $set: {
            status: decision === 'suspendre' ? 'auteur-suspendu' : 'classe',
            decidedBy: new Types.ObjectId(moderator.id),
            decidedAt: new Date(),
          },
        },
      );
      if (updated.modifiedCount !== 1) return { ok: false, reason: 'already-decided' };
      pending.remove(id);
      return { ok: true };
    },

    /**
     * For the account export: the reports the person made, and those of their own messages (what was
     * reported and what became of it; who reported it and why stay the reporter's).
     */
    async exportOf(userId: string) {
      const id = new Types.ObjectId(userId);
      const made = await MessageReportModel.find({ reporterId: id }).lean();
      const ofOwnMessages = await MessageReportModel.find({ authorId: id }).lean();
      return {
        made: made.map((stored) => {
          const { id: _id, authorId: _author, ...report } = toReportView(stored);
          return report;
        }),
        ofOwnMessages: ofOwnMessages.map((stored) => {
          const { id: _id, authorId: _author, reason: _reason, ...report } = toReportView(stored);
          return report;
        }),
      };
    },

    /**
     * With the account: the reports it made (their reason is its words) and those of its messages
     * (their copied text is its words, and no account is left to suspend) go. A decided suspension
     * stays in the audit journal.
     */
    async eraseOf(userId: string): Promise<void> {
      const id = new Types.ObjectId(userId);
      const erased = [
        ...(await MessageReportModel.find({ reporterId: id }, { _id: 1 }).lean()),
        ...(await MessageReportModel.find({ authorId: id }, { _id: 1 }).lean()),
      ].map((report) => report._id);
      await MessageReportModel.deleteMany({ reporterId: id });
      await MessageReportModel.deleteMany({ authorId: id });
      // Out of the moderators' queue too, on every instance.
      pending.remove(...erased);
    },
  };
}

export type MessageReports = ReturnType<typeof createMessageReports>;
