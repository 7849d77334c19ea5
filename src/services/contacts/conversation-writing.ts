// What every conversation use case shares: who acts, why a write is refused, the dependencies, and
// the checks and changes a message makes (the use cases: conversation-service.ts).
import { Types } from 'mongoose';
import {
  type ContactRefusal,
  MESSAGE_MAX_LENGTH,
  type Reader,
  type WritingRefusal,
  canRead,
} from '../../domain/contacts/conversation-rules';
import {
  type FollowUpRefusal,
  type FollowUpStep,
  type Side,
  currentStep,
  firstStep,
} from '../../domain/contacts/follow-up';
import type { CommuneDirectory } from '../geography/commune-directory';
import type { AccountDirectory } from '../accounts/account-directory';
import type { Limits } from '../limits/limits';
import type { ConversationNotices } from './conversation-notices';
import type { ConversationReadModel } from './conversation-read-model';
import type { Change, ConversationStore, StoreRefusal, WriteResult } from './conversation-store';
import type { ConversationView } from './conversation-view';

/** Someone acting on a conversation; `active` is false for a commune account not yet validated. */
export interface Participant extends Reader {
  active: boolean;
}

export interface ConversationServiceDeps {
  readModel: ConversationReadModel;
  notices: ConversationNotices;
  communes: Pick<CommuneDirectory, 'details'>;
  /** Messages are counted per account and per conversation. */
  limits: Pick<Limits, 'message'>;
  /** Who works for each commune (validated accounts), from memory. */
  staff: Pick<AccountDirectory, 'activeStaffOf'>;
  now?: () => Date;
}

/** What each use case is built on: the dependencies, the store and the clock. */
export interface ConversationTools {
  deps: ConversationServiceDeps;
  store: ConversationStore;
  now: () => Date;
}

/** Why a conversation write is refused (the web layer words each reason and picks the status). */
export type ConversationRefusal =
  | StoreRefusal
  /** A commune account not yet validated by a moderator. */
  | 'account-pending'
  /** The commune has no validated staff account: nobody would read the message. */
  | 'commune-without-staff'
  | 'unknown-commune'
  | 'unknown-installation-commune'
  | 'empty-message'
  | 'message-too-long'
  /** An assignment to someone who is not a validated staff member of the commune. */
  | 'not-a-colleague'
  | 'already-closed'
  | 'already-open'
  | 'already-withdrawn'
  | 'already-blocked'
  | 'not-blocked'
  | WritingRefusal
  | ContactRefusal
  | FollowUpRefusal;

export type ConversationResult = WriteResult<ConversationRefusal>;

export const refuse = (refusal: ConversationRefusal): Change<ConversationRefusal> => ({ refusal });

export const messageOf = (
  side: Side,
  authorId: string,
  text: string,
  at: Date,
  offerId: string | null = null,
) => ({
  side,
  authorId: new Types.ObjectId(authorId),
  text,
  at,
  offerId,
});

export const stepDocument = (step: FollowUpStep) => ({
  ...step,
  installation: step.installation && { ...step.installation, levers: [...step.installation.levers] },
});

/** Checks the participant may act on this conversation at all, and (for writes) is validated. */
export const guard = (current: ConversationView, who: Participant): ConversationRefusal | null => {
  if (!canRead(current, who)) return 'not-found';
  if (!who.active) return 'account-pending';
  return null;
};

export const checkText = (text: string): ConversationRefusal | null => {
  const trimmed = text.trim();
  if (!trimmed) return 'empty-message';
  if (trimmed.length > MESSAGE_MAX_LENGTH) return 'message-too-long';
  return null;
};

/** Appends a message from this side, marks it read by its author, and starts the discussion. */
export const appendMessage = (
  current: ConversationView,
  who: Participant,
  text: string,
  at: Date,
  extra: Record<string, unknown> = {},
  offerId: string | null = null,
): Change<ConversationRefusal> => {
  const push: Record<string, unknown> = { messages: messageOf(who.side, who.id, text.trim(), at, offerId) };
  // The commune's first answer moves a new contact to "en discussion".
  if (who.side === 'commune' && currentStep(current.history).status === 'nouveau')
    push.history = stepDocument({ ...firstStep(at), status: 'en-discussion', side: 'commune' });
  const update = {
    $push: push,
    $set: { ...extra, lastActivityAt: at, lastMessage: { side: who.side, text: text.trim() } },
    // Concurrent appends may land first: the writer has read at least what they saw, plus theirs.
    $max: { [`reads.${who.id}`]: current.messages.length + 1 },
  };
  // A step in the follow-up is an edit of the history: it compares revisions like other edits.
  return push.history ? { update } : { update, append: true };
};

/** Runs `then` (the notices) once the write is done. */
export const afterWrite = async (
  result: ConversationResult,
  then: (conversation: ConversationView) => Promise<void>,
) => {
  if (result.ok) await then(result.conversation);
  return result;
};
