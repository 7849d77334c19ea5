// "Did they stay?": the check-ins of a professional's confirmed installations, 6, 12 and 24 months
// after the confirmation (src/domain/retention/), answered in the service. The installations come
// from the conversations' follow-up (memory); the answers are stored per installation (by _id)
// and kept in memory (./check-in-read-model.ts): no page view reads the collection.
import { Types } from 'mongoose';
import { currentStep } from '../../domain/contacts/follow-up';
import {
  type CheckInAnswer,
  type CheckInStatus,
  checkInSchedule,
  dueCheckIn,
} from '../../domain/retention/check-in-schedule';
import { type CheckInReply, recordCheckInAnswer } from '../../domain/retention/check-in-answers';
import { CheckInModel } from '../../models/check-in';
import type { ConversationReadModel } from '../contacts/conversation-read-model';
import type { ConversationView } from '../contacts/conversation-view';
import { type CheckInReadModel, toCheckInView } from './check-in-read-model';

export interface ConfirmedInstallation {
  conversationId: string;
  /** Where the professional settled (the declared installation's commune). */
  communeCode: string;
  confirmedAt: Date;
  schedule: CheckInStatus[];
  due: CheckInStatus | null;
}

export type CheckInOutcome =
  | { ok: true; changed: boolean }
  | { ok: false; reason: 'not-found' | 'not-due' | 'already-left' | 'superseded' };

/** The confirmation of a conversation's installation, with where it is, or null. */
export function confirmationOf(
  conversation: Pick<ConversationView, 'history' | 'communeCode'>,
): { at: Date; communeCode: string } | null {
  const step = currentStep(conversation.history);
  if (step.status !== 'installation-confirmee') return null;
  const declared = [...conversation.history].reverse().find((earlier) => earlier.installation !== null);
  return { at: step.at, communeCode: declared?.installation?.communeCode ?? conversation.communeCode };
}

export function createCheckIns(
  conversations: Pick<ConversationReadModel, 'ofProfessional' | 'get'>,
  readModel: CheckInReadModel,
) {
  const answersOf = (conversationId: string) => readModel.answersOf(conversationId);

  return {
    /** The professional's confirmed installations with their check-ins as they stand at `now`. */
    async ofProfessional(professionalId: string, now: Date): Promise<ConfirmedInstallation[]> {
      const installations: ConfirmedInstallation[] = [];
      for (const conversation of conversations.ofProfessional(professionalId)) {
        const confirmation = confirmationOf(conversation);
        if (!confirmation) continue;
        const answers = answersOf(conversation.id);
        installations.push({
          conversationId: conversation.id,
          communeCode: confirmation.communeCode,
          confirmedAt: confirmation.at,
          schedule: checkInSchedule(confirmation.at, answers, now),
          due: dueCheckIn(confirmation.at, answers, now),
        });
      }
      return installations;
    },

    /** Records an answer of the professional about one of their confirmed installations. */
    async answer(
      professionalId: string,
      conversationId: string,
      reply: CheckInReply,
      now: Date,
    ): Promise<CheckInOutcome> {
      const conversation = conversations.get(conversationId);
      const confirmation =
        conversation && conversation.professionalId === professionalId && confirmationOf(conversation);
      if (!confirmation) return { ok: false, reason: 'not-found' };
      const outcome = recordCheckInAnswer(confirmation.at, answersOf(conversationId), reply, now);
      if (!outcome.ok) return outcome;
      if (outcome.changed) {
        await CheckInModel.updateOne(
          { _id: conversationId },
          {
            $set: {
              professionalId: new Types.ObjectId(professionalId),
              answers: outcome.answers.map((answer) => ({
                ...answer,
                failedLevers: [...answer.failedLevers],
              })),
            },
          },
          { upsert: true },
        );
        readModel.put({ conversationId, professionalId, answers: outcome.answers });
      }
      return { ok: true, changed: outcome.changed };
    },

    /** Every installation's answers, by conversation: the partner statistics count them (perturbed). */
    all(): Map<string, readonly CheckInAnswer[]> {
      return new Map([...readModel.all()].map((checkIn) => [checkIn.conversationId, checkIn.answers]));
    },

    /** Every answer of the person (and which check-ins were e-mailed), for their data export. */
    async exportOf(professionalId: string) {
      const stored = await CheckInModel.find({ professionalId: new Types.ObjectId(professionalId) }).lean();
      return stored.map((record) => ({
        installation: record._id,
        answers: toCheckInView(record).answers,
        emailedCheckIns: record.emailed,
      }));
    },

    /** With the account: the answers go. */
    async eraseOf(professionalId: string): Promise<void> {
      await CheckInModel.deleteMany({ professionalId: new Types.ObjectId(professionalId) });
      readModel.remove(...readModel.ofProfessional(professionalId).map((checkIn) => checkIn.conversationId));
    },
  };
}

export type CheckIns = ReturnType<typeof createCheckIns>;
