// A conversation as the services and pages use it (the stored document, with plain types).
import type { FollowUpStep, Side } from '../../domain/contacts/follow-up';
import type { ProjectStatus } from '../../domain/matching/types';
import type { Profession } from '../../domain/professions';
import type { Lever } from '../../domain/statistics/contact-fact';
import type { ConversationDocument } from '../../models/conversation';

export interface MessageView {
  side: Side;
  authorId: string;
  text: string;
  at: Date;
  offerId: string | null;
}

export interface SharedLine {
  key: string;
  label: string;
  text: string;
}

export interface ConversationView {
  id: string;
  professionalId: string;
  communeCode: string;
  projectId: string | null;
  offerId: string | null;
  professional: { name: string; profession: Profession; status: ProjectStatus };
  shared: SharedLine[];
  messages: MessageView[];
  history: FollowUpStep[];
  assignedTo: string | null;
  closed: boolean;
  withdrawnAt: Date | null;
  blockedBy: Side[];
  reads: Map<string, number>;
  startedAt: Date;
  lastActivityAt: Date;
  revision: number;
}

export function toConversationView(stored: unknown): ConversationView {
  const doc = stored as ConversationDocument & { _id: string };
  const reads = doc.reads as unknown;
  return {
    id: doc._id,
    professionalId: String(doc.professionalId),
    communeCode: doc.communeCode,
    projectId: doc.projectId ?? null,
    offerId: doc.offerId ?? null,
    professional: {
      name: doc.professional.name ?? '',
      profession: doc.professional.profession,
      status: doc.professional.status,
    },
    shared: doc.shared.map((line) => ({
      key: line.key ?? '',
      label: line.label ?? '',
      text: line.text ?? '',
    })),
    messages: doc.messages.map((message) => ({
      side: message.side,
      authorId: String(message.authorId),
      text: message.text,
      at: message.at,
      offerId: message.offerId ?? null,
    })),
    history: doc.history.map((step) => ({
      status: step.status,
      at: step.at,
      side: step.side,
      visitDate: step.visitDate ?? null,
      installation: step.installation
        ? {
            date: step.installation.date,
            communeCode: step.installation.communeCode,
            levers: [...step.installation.levers] as Lever[],
          }
        : null,
      reason: step.reason ?? '',
    })),
    assignedTo: doc.assignedTo ? String(doc.assignedTo) : null,
    closed: doc.closed,
    withdrawnAt: doc.withdrawnAt ?? null,
    blockedBy: [...doc.blockedBy] as Side[],
    // A lean read gives a plain object, a hydrated one a Map.
    reads: new Map(
      reads instanceof Map
        ? (reads as Map<string, number>)
        : Object.entries((reads ?? {}) as Record<string, number>),
    ),
    startedAt: doc.startedAt,
    lastActivityAt: doc.lastActivityAt,
    revision: doc.revision,
  };
}

/** The state the domain rules look at. */
export const stateOf = (conversation: Pick<ConversationView, 'withdrawnAt' | 'closed' | 'blockedBy'>) => ({
  withdrawn: conversation.withdrawnAt !== null,
  closed: conversation.closed,
  blockedBy: conversation.blockedBy,
});

/**
 * What the inboxes, the unread counts and the statistics need of a conversation, kept in memory:
 * who wrote each message and when, and the last message's text; the other texts stay in the database.
 */
export interface ConversationSummary extends Omit<ConversationView, 'messages'> {
  messages: { side: Side; at: Date }[];
  lastMessage: { side: Side; text: string } | null;
}

/** What a summary reads of a stored conversation. */
export const SUMMARY_FIELDS = { 'messages.text': 0, 'messages.authorId': 0, 'messages.offerId': 0 } as const;

/** A conversation's summary, from a full conversation or a document read with SUMMARY_FIELDS. */
export function toConversationSummary(stored: unknown): ConversationSummary {
  const doc = stored as ConversationDocument & { _id: string };
  const last = doc.lastMessage as { side: Side; text: string } | null | undefined;
  const full = toConversationView({ ...doc, messages: [] });
  return {
    ...full,
    messages: doc.messages.map((message) => ({ side: message.side, at: message.at })),
    lastMessage: last ? { side: last.side, text: last.text } : null,
  };
}

/** The summary of a full conversation (what the services hold after a write). */
export const summaryOf = (conversation: ConversationView): ConversationSummary => {
  const last = conversation.messages.at(-1);
  return {
    ...conversation,
    messages: conversation.messages.map(({ side, at }) => ({ side, at })),
    lastMessage: last ? { side: last.side, text: last.text } : null,
  };
};
