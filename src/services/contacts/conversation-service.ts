// Conversations between professionals and communes: the first message (which shares what the
// professional chose of their project), replies, read marks, the follow-up, assignment, closing,
// withdrawal and blocking. Every method checks who acts: another person's conversation is "not found".
// Each job lives in a file of its own; this one puts them together behind one service.
import type { Reader } from '../../domain/contacts/conversation-rules';
import { createContacts } from './conversation-contact';
import { createControls } from './conversation-controls';
import { createHandling } from './conversation-handling';
import { createPersonRecords } from './conversation-person-records';
import { createReplies } from './conversation-replies';
import { createConversationStore } from './conversation-store';
import type { ConversationSummary } from './conversation-view';
import type { ConversationServiceDeps, ConversationTools } from './conversation-writing';

export type { ContactInput, ProfessionalWriter } from './conversation-contact';
export type {
  ConversationRefusal,
  ConversationResult,
  ConversationServiceDeps,
  Participant,
} from './conversation-writing';

export function createConversationService(deps: ConversationServiceDeps) {
  const tools: ConversationTools = {
    deps,
    store: createConversationStore(deps.readModel),
    now: deps.now ?? (() => new Date()),
  };
  return {
    readModel: deps.readModel,
    ...createContacts(tools),
    ...createReplies(tools),
    ...createHandling(tools),
    ...createControls(tools),
    ...createPersonRecords(tools),

    /** The reader's conversations, most recent first (from memory). */
    inbox(reader: Reader): ConversationSummary[] {
      return reader.side === 'professionnel'
        ? deps.readModel.ofProfessional(reader.id)
        : deps.readModel.ofCommune(reader.communeCode ?? '');
    },

    unreadIn: (conversation: ConversationSummary, reader: Reader) =>
      deps.readModel.unreadFor(conversation, reader),
    totalUnread: (reader: Reader) => deps.readModel.totalUnread(reader),
  };
}

export type ConversationService = ReturnType<typeof createConversationService>;
