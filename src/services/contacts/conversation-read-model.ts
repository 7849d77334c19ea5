// Every conversation in memory, indexed by professional and by commune, so that inboxes and the
// unread badge shown on every page cost no database query. The database stays the store of record:
// services write there first, then put the stored result here.
import { type Reader, unreadCount } from '../../domain/contacts/conversation-rules';
import { ConversationModel } from '../../models/conversation';
import { type ConversationView, toConversationView } from './conversation-view';

export class ConversationReadModel {
  private readonly byId = new Map<string, ConversationView>();
  private readonly byProfessional = new Map<string, Set<string>>();
  private readonly byCommune = new Map<string, Set<string>>();

  put(conversation: ConversationView): void {
    this.byId.set(conversation.id, conversation);
    const index = (map: Map<string, Set<string>>, key: string) => {
      const ids = map.get(key) ?? new Set<string>();
      ids.add(conversation.id);
      map.set(key, ids);
    };
    index(this.byProfessional, conversation.professionalId);
    index(this.byCommune, conversation.communeCode);
  }

  get(id: string): ConversationView | undefined {
    return this.byId.get(id);
  }

  all(): IterableIterator<ConversationView> {
    return this.byId.values();
  }

  /** Most recent activity first. */
  ofProfessional(professionalId: string): ConversationView[] {
    return this.collect(this.byProfessional.get(professionalId));
  }

  ofCommune(communeCode: string): ConversationView[] {
    return this.collect(this.byCommune.get(communeCode));
  }

  unreadFor(conversation: ConversationView, reader: Reader): number {
    return unreadCount(conversation.messages, reader.side, conversation.reads.get(reader.id));
  }

  /** The header badge: unread messages over the reader's conversations. */
  totalUnread(reader: Reader): number {
    const conversations =
      reader.side === 'professionnel'
        ? this.ofProfessional(reader.id)
        : this.ofCommune(reader.communeCode ?? '');
    return conversations.reduce((total, conversation) => total + this.unreadFor(conversation, reader), 0);
  }

  private collect(ids: Set<string> | undefined): ConversationView[] {
    return [...(ids ?? [])]
      .map((id) => this.byId.get(id))
      .filter((conversation): conversation is ConversationView => conversation !== undefined)
      .sort((a, b) => b.lastActivityAt.getTime() - a.lastActivityAt.getTime());
  }
}

export async function loadConversationReadModel(model: ConversationReadModel): Promise<void> {
  for (const stored of await ConversationModel.find().lean()) model.put(toConversationView(stored));
}
