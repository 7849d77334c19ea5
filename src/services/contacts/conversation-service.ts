// Conversations between professionals and communes: the first message (which shares what the
// professional chose of their project), replies, read marks, the follow-up, assignment, closing,
// withdrawal and blocking. Every method checks who acts: another person's conversation is "not found".
import { Types } from 'mongoose';
import {
  type ContactRefusal,
  MESSAGE_MAX_LENGTH,
  type Reader,
  type WritingRefusal,
  canRead,
  contactRefusal,
  writingRefusal,
} from '../../domain/contacts/conversation-rules';
import {
  type FollowUpCommand,
  type FollowUpRefusal,
  type FollowUpStep,
  type Side,
  currentStep,
  firstStep,
  nextStep,
} from '../../domain/contacts/follow-up';
import type { ProjectStatus } from '../../domain/matching/types';
import type { Profession } from '../../domain/professions';
import { ConversationModel, conversationId } from '../../models/conversation';
import type { CommuneDirectory } from '../geography/commune-directory';
import type { AccountDirectory } from '../accounts/account-directory';
import type { Limits } from '../limits/limits';
import type { ConversationNotices } from './conversation-notices';
import type { ConversationReadModel } from './conversation-read-model';
import {
  type Change,
  type StoreRefusal,
  type WriteResult,
  createConversationStore,
} from './conversation-store';
import {
  type ConversationSummary,
  type ConversationView,
  type SharedLine,
  stateOf,
  toConversationView,
} from './conversation-view';

/** Someone acting on a conversation; `active` is false for a commune account not yet validated. */
export interface Participant extends Reader {
  active: boolean;
}

export interface ProfessionalWriter {
  id: string;
  name: string;
  profession: Profession;
  status: ProjectStatus;
}

export interface ContactInput {
  communeCode: string;
  projectId: string | null;
  offerId: string | null;
  shared: SharedLine[];
  text: string;
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

const refuse = (refusal: ConversationRefusal): Change<ConversationRefusal> => ({ refusal });

const messageOf = (side: Side, authorId: string, text: string, at: Date, offerId: string | null = null) => ({
  side,
  authorId: new Types.ObjectId(authorId),
  text,
  at,
  offerId,
});

const stepDocument = (step: FollowUpStep) => ({
  ...step,
  installation: step.installation && { ...step.installation, levers: [...step.installation.levers] },
});

export function createConversationService(deps: ConversationServiceDeps) {
  const store = createConversationStore(deps.readModel);
  const now = deps.now ?? (() => new Date());

  /** Checks the participant may act on this conversation at all, and (for writes) is validated. */
  const guard = (current: ConversationView, who: Participant): ConversationRefusal | null => {
    if (!canRead(current, who)) return 'not-found';
    if (!who.active) return 'account-pending';
    return null;
  };

  const checkText = (text: string): ConversationRefusal | null => {
    const trimmed = text.trim();
    if (!trimmed) return 'empty-message';
    if (trimmed.length > MESSAGE_MAX_LENGTH) return 'message-too-long';
    return null;
  };

  /** Appends a message from this side, marks it read by its author, and starts the discussion. */
  const appendMessage = (
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

  const afterWrite = async (
    result: ConversationResult,
    then: (conversation: ConversationView) => Promise<void>,
  ) => {
    if (result.ok) await then(result.conversation);
    return result;
  };

  return {
    readModel: deps.readModel,

    /**
     * "Je suis intéressé(e)": opens the conversation with the commune, or adds to it (from another
     * offer, or after a withdrawal: writing again shares the profile again).
     */
    async contact(professional: ProfessionalWriter, input: ContactInput): Promise<ConversationResult> {
      const textRefusal = checkText(input.text);
      if (textRefusal) return { ok: false, reason: textRefusal };
      if (!deps.communes.details(input.communeCode)) return { ok: false, reason: 'unknown-commune' };
      const noStaff = await this.receivingRefusal(input.communeCode);
      if (noStaff) return { ok: false, reason: noStaff };
      const id = conversationId(professional.id, input.communeCode);
      const at = now();
      const snapshot = {
        professional: {
          name: professional.name,
          profession: professional.profession,
          status: professional.status,
        },
        shared: input.shared,
      };
      const who: Participant = {
        side: 'professionnel',
        id: professional.id,
        communeCode: null,
        active: true,
      };
      const existing = await store.load(id);
      const counted = await deps.limits.message({
        authorId: professional.id,
        conversationId: id,
        side: 'professionnel',
        opensConversation: !existing,
      });
      if (!counted.ok) return counted;

      if (!existing) {
        try {
          await ConversationModel.create({
            _id: id,
            professionalId: new Types.ObjectId(professional.id),
            communeCode: input.communeCode,
            projectId: input.projectId,
            offerId: input.offerId,
            ...snapshot,
            messages: [messageOf('professionnel', professional.id, input.text.trim(), at, input.offerId)],
            lastMessage: { side: 'professionnel', text: input.text.trim() },
            history: [stepDocument(firstStep(at))],
            reads: { [professional.id]: 1 },
            startedAt: at,
            lastActivityAt: at,
            revision: 1,
          });
          const created = await store.load(id);
          if (created) {
            // A new conversation: the other instances are told.
            deps.readModel.putFull(created);
            await deps.notices.newMessage(created, 'professionnel');
          }
          return created ? { ok: true, conversation: created } : { ok: false, reason: 'not-found' };
        } catch (error) {
          // Two first messages at once: the other one created it; add this one to it.
          if ((error as { code?: number }).code !== 11000) throw error;
        }
      }
      const result = await store.write<ConversationRefusal>(id, (current) => {
        const refusal = contactRefusal(stateOf(current));
        if (refusal) return refuse(refusal);
        return appendMessage(current, who, input.text, at, { ...snapshot, withdrawnAt: null }, input.offerId);
      });
      return afterWrite(result, (conversation) => deps.notices.newMessage(conversation, 'professionnel'));
    },

    /** The commune's validated staff, by name (the thread page's assignment list). */
    activeStaffOf: (communeCode: string) => deps.staff.activeStaffOf(communeCode),

    /** Why nobody would read a message to this commune (no validated staff account), or null. */
    async receivingRefusal(communeCode: string): Promise<'commune-without-staff' | null> {
      return (await deps.staff.activeStaffOf(communeCode)).length > 0 ? null : 'commune-without-staff';
    },

    /** The professional's conversation with this commune, if there is one (from memory). */
    between: (professionalId: string, communeCode: string): ConversationSummary | undefined =>
      deps.readModel.get(conversationId(professionalId, communeCode)),

    /** Why this professional cannot write to this commune now (a block, a closing, nobody to read), or null. */
    async refusalToWrite(
      professionalId: string,
      communeCode: string,
    ): Promise<ContactRefusal | 'commune-without-staff' | null> {
      const existing = this.between(professionalId, communeCode);
      return (
        (existing ? contactRefusal(stateOf(existing)) : null) ?? (await this.receivingRefusal(communeCode))
      );
    },

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

    /** Closes (or reopens) the conversation: nobody writes in a closed one, its follow-up is frozen. */
    async setClosed(id: string, who: Participant, closed: boolean): Promise<ConversationResult> {
      return store.write<ConversationRefusal>(id, (current) => {
        const refusal = who.side === 'commune' ? guard(current, who) : 'not-found';
        if (refusal) return refuse(refusal);
        if (current.closed === closed) return refuse(closed ? 'already-closed' : 'already-open');
        return { update: { $set: { closed } } };
      });
    },

    /** The professional withdraws: the commune keeps the messages, no longer sees the profile. */
    async withdraw(id: string, who: Participant): Promise<ConversationResult> {
      return store.write<ConversationRefusal>(id, (current) => {
        const refusal = who.side === 'professionnel' ? guard(current, who) : 'not-found';
        if (refusal) return refuse(refusal);
        if (current.withdrawnAt) return refuse('already-withdrawn');
        return { update: { $set: { withdrawnAt: now() } } };
      });
    },

    /** Blocks (or unblocks) the other side; only the side that blocked can unblock. */
    async setBlocked(id: string, who: Participant, blocked: boolean): Promise<ConversationResult> {
      return store.write<ConversationRefusal>(id, (current) => {
        const refusal = guard(current, who);
        if (refusal) return refuse(refusal);
        if (current.blockedBy.includes(who.side) === blocked)
          return refuse(blocked ? 'already-blocked' : 'not-blocked');
        const blockedBy = blocked
          ? [...current.blockedBy, who.side]
          : current.blockedBy.filter((side) => side !== who.side);
        return { update: { $set: { blockedBy } } };
      });
    },

    /** The reader's conversations, most recent first (from memory). */
    inbox(reader: Reader): ConversationSummary[] {
      return reader.side === 'professionnel'
        ? deps.readModel.ofProfessional(reader.id)
        : deps.readModel.ofCommune(reader.communeCode ?? '');
    },

    unreadIn: (conversation: ConversationSummary, reader: Reader) =>
      deps.readModel.unreadFor(conversation, reader),
    totalUnread: (reader: Reader) => deps.readModel.totalUnread(reader),

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

export type ConversationService = ReturnType<typeof createConversationService>;
