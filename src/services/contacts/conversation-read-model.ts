// Every conversation in memory, indexed by professional and by commune, so that inboxes and the
// unread badge shown on every page cost no database query. The database stays the store of record:
// services write there first, then put the stored result here.
import { type Reader, unreadCount } from '../../domain/contacts/conversation-rules';
import { ConversationModel } from '../../models/conversation';
import { ReadModel } from '../read-models/read-model';
import { type ConversationView, toConversationView } from './conversation-view';

const byActivity = (a: ConversationView, b: ConversationView) =>
  b.lastActivityAt.getTime() - a.lastActivityAt.getTime();

export class ConversationReadModel extends ReadModel<ConversationView, 'professional' | 'commune'> {
  constructor() {
    super({
      name: 'conversations',
      model: ConversationModel as never,
      toView: toConversationView,
      idOf: (conversation) => conversation.id,
      keys: {
        professional: (conversation) => conversation.professionalId,
        commune: (conversation) => conversation.communeCode,
      },
      revisionOf: (conversation) => conversation.revision,
    });
  }

  /** Most recent activity first. */
  ofProfessional(professionalId: string): ConversationView[] {
    return [...this.list('professional', professionalId)].sort(byActivity);
  }

  ofCommune(communeCode: string): ConversationView[] {
    return [...this.list('commune', communeCode)].sort(byActivity);
  }

  unreadFor(conversation: ConversationView, reader: Reader): number {
    return unreadCount(conversation.messages, reader.side, conversation.reads.get(reader.id));
  }

  /** The header badge: unread messages over the reader's conversations. */
  totalUnread(reader: Reader): number {
    const conversations =
      reader.side === 'professionnel'
        ? this.list('professional', reader.id)
        : this.list('commune', reader.communeCode ?? '');
    return conversations.reduce((total, conversation) => total + this.unreadFor(conversation, reader), 0);
  }
}
