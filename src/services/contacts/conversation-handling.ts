// How a conversation is handled: its follow-up (the commune's statuses, the professional's
// confirmation or refusal) and, on the commune's side, who of its staff takes care of it.
import { Types } from 'mongoose';
import { type FollowUpCommand, currentStep, nextStep } from '../../domain/contacts/follow-up';
import { stateOf } from './conversation-view';
import {
  type ConversationRefusal,
  type ConversationResult,
  type ConversationTools,
  type Participant,
  afterWrite,
  guard,
  refuse,
  stepDocument,
} from './conversation-writing';

export function createHandling({ deps, store, now }: ConversationTools) {
  return {
    /** A follow-up change: the commune's statuses, the professional's confirmation or refusal. */
    async followUp(id: string, who: Participant, command: FollowUpCommand): Promise<ConversationResult> {
      if (
        command.action === 'declarer-installation' &&
        !deps.communes.details(command.installation.communeCode)
      )
        return { ok: false, reason: 'unknown-installation-commune' };
      const result = await store.write<ConversationRefusal>(id, (current) => {
        const refusal = guard(current, who);
        if (refusal) return refuse(refusal);
        const next = nextStep(current.history, command, who.side, stateOf(current), now());
        if (!next.ok) return refuse(next.reason);
        return {
          update: { $push: { history: stepDocument(next.step) }, $set: { lastActivityAt: next.step.at } },
        };
      });
      return afterWrite(result, (conversation) =>
        deps.notices.statusChanged(conversation, who.side, currentStep(conversation.history).status),
      );
    },

    /** Assigns the conversation to a validated staff member of the same commune, or to nobody. */
    async assign(id: string, who: Participant, assigneeId: string | null): Promise<ConversationResult> {
      if (who.side !== 'commune') return { ok: false, reason: 'not-found' };
      if (assigneeId !== null) {
        const staff = await deps.staff.activeStaffOf(who.communeCode ?? '');
        if (!staff.some((member) => member.id === assigneeId))
          return { ok: false, reason: 'not-a-colleague' };
      }
      return store.write<ConversationRefusal>(id, (current) => {
        const refusal = guard(current, who);
        if (refusal) return refuse(refusal);
        return { update: { $set: { assignedTo: assigneeId && new Types.ObjectId(assigneeId) } } };
      });
    },
  };
}
