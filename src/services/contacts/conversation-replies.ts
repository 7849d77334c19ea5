// Reading a conversation and answering in it: open (for its reader only), read marks, replies.
import { type Reader, canRead, writingRefusal } from '../../domain/contacts/conversation-rules';
import { type ConversationView, stateOf } from './conversation-view';
import type {
  ConversationRefusal,
  ConversationResult,
  ConversationTools,
  Participant,
} from './conversation-writing';
import { afterWrite, appendMessage, checkText, guard, refuse } from './conversation-writing';

export function createReplies({ deps, store, now }: ConversationTools) {
  return {
    /** The conversation if this reader may read it (fresh from the database); undefined otherwise. */
    async open(id: string, reader: Reader): Promise<ConversationView | undefined> {
      const conversation = await store.load(id);
      return conversation && canRead(conversation, reader) ? conversation : undefined;
    },

    /** Records that the reader has seen every message of the conversation. */
    async markRead(conversation: ConversationView, reader: Reader): Promise<void> {
      if (!canRead(conversation, reader)) return;
      if ((conversation.reads.get(reader.id) ?? 0) >= conversation.messages.length) return;
      await store.set(conversation.id, { [`reads.${reader.id}`]: conversation.messages.length });
    },

    async reply(id: string, who: Participant, text: string): Promise<ConversationResult> {
      const textRefusal = checkText(text);
      if (textRefusal) return { ok: false, reason: textRefusal };
      const counted = await deps.limits.message({
        authorId: who.id,
        conversationId: id,
        side: who.side,
        opensConversation: false,
      });
      if (!counted.ok) return counted;
      const result = await store.write<ConversationRefusal>(id, (current) => {
        const refusal = guard(current, who) ?? writingRefusal(stateOf(current), who.side);
        return refusal ? refuse(refusal) : appendMessage(current, who, text, now());
      });
      return afterWrite(result, (conversation) => deps.notices.newMessage(conversation, who.side));
    },
  };
}
