// Every conversation's summary in memory (who wrote each message and when, the last message's text;
// not every message), indexed by professional and by commune, so that inboxes and the unread badge
// shown on every page cost no database query. The database stays the store of record: services
// write there first, then put the summary of the stored result here; threads are read from there.
import { type Reader, unreadCount } from '../../domain/contacts/conversation-rules';
import { ConversationModel } from '../../models/conversation';
import { ReadModel } from '../read-models/read-model';
import {
  type ConversationSummary,
  type ConversationView,
  SUMMARY_FIELDS,
  summaryOf,
  toConversationSummary,
  toConversationView,
} from './conversation-view';

const byActivity = (a: ConversationSummary, b: ConversationSummary) =>
  b.lastActivityAt.getTime() - a.lastActivityAt.getTime();

export class ConversationReadModel extends ReadModel<ConversationSummary, 'professional' | 'commune'> {
  constructor() {
    super({
      name: 'conversations',
      model: ConversationModel as never,
      select: SUMMARY_FIELDS,
      toView: toConversationSummary,
      idOf: (conversation) => conversation.id,
      keys: {
        professional: (conversation) => conversation.professionalId,
        commune: (conversation) => conversation.communeCode,
      },
      revisionOf: (conversation) => conversation.revision,
    });
  }

  /** Keeps the summary of a conversation this instance wrote (announced to the other instances). */
  putFull(conversation: ConversationView): void {
    this.put(summaryOf(conversation));
  }

  /** Keeps the summary of a conversation this instance read in full (not announced). */
  refreshFull(conversation: ConversationView): void {
    this.refresh(summaryOf(conversation));
  }

  /** Most recent activity first. */
  ofProfessional(professionalId: string): ConversationSummary[] {
    return [...this.list('professional', professionalId)].sort(byActivity);
  }

  ofCommune(communeCode: string): ConversationSummary[] {
    return [...this.list('commune', communeCode)].sort(byActivity);
  }

  unreadFor(conversation: ConversationSummary, reader: Reader): number {
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

  protected override async read(id: string): Promise<ConversationSummary | undefined> {
    const summary = await super.read(id);
    return summary && this.withLastMessage(summary);
  }

  protected override async readAll(): Promise<Map<string, ConversationSummary>> {
    const summaries = await super.readAll();
    for (const [id, summary] of summaries) summaries.set(id, await this.withLastMessage(summary));
    return summaries;
  }

  /** Conversations written before `lastMessage` existed: read in full once. */
  private async withLastMessage(summary: ConversationSummary): Promise<ConversationSummary> {
    if (summary.lastMessage || summary.messages.length === 0) return summary;
    const stored = await ConversationModel.findById(summary.id).lean();
    return stored ? summaryOf(toConversationView(stored)) : summary;
  }
}
