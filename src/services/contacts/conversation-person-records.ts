// A professional's conversations as their account export shows them, and what their account's
// deletion erases of them (see conversation-personal-data.ts).
import { Types } from 'mongoose';
import { ConversationModel } from '../../models/conversation';
import { toConversationView } from './conversation-view';
import type { ConversationTools } from './conversation-writing';

export function createPersonRecords({ deps, store, now }: ConversationTools) {
  return {
    /** A professional's conversations in their account export (every message: from the database). */
    async exportOf(professionalId: string) {
      if (!Types.ObjectId.isValid(professionalId)) return [];
      const stored = await ConversationModel.find({
        professionalId: new Types.ObjectId(professionalId),
      }).lean();
      return stored.map(toConversationView).map((conversation) => ({
        communeCode: conversation.communeCode,
        startedAt: conversation.startedAt,
        sharedWithCommune: conversation.shared,
        messages: conversation.messages.map(({ side, text, at }) => ({ side, text, at })),
        followUp: conversation.history,
        withdrawnAt: conversation.withdrawnAt,
      }));
    },

    /**
     * On account deletion: every conversation is withdrawn and the snapshot of the person (name,
     * shared project) erased; the commune keeps the messages, the statistics their anonymous facts.
     */
    async eraseOf(professionalId: string): Promise<void> {
      for (const conversation of deps.readModel.ofProfessional(professionalId))
        await store.write(conversation.id, (current) => ({
          update: {
            $set: { withdrawnAt: current.withdrawnAt ?? now(), 'professional.name': '', shared: [] },
          },
        }));
    },
  };
}
