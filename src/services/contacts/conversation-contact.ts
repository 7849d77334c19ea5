// "Je suis intéressé(e)": a professional's first message to a commune, or a new one to it (from
// another offer, or after a withdrawal: writing again shares the profile again), and why they
// cannot write to it now.
import { Types } from 'mongoose';
import { type ContactRefusal, contactRefusal } from '../../domain/contacts/conversation-rules';
import { firstStep } from '../../domain/contacts/follow-up';
import type { ProjectStatus } from '../../domain/matching/types';
import type { Profession } from '../../domain/professions';
import { ConversationModel, conversationId } from '../../models/conversation';
import { type ConversationSummary, type SharedLine, stateOf } from './conversation-view';
import {
  type ConversationRefusal,
  type ConversationResult,
  type ConversationTools,
  type Participant,
  afterWrite,
  appendMessage,
  checkText,
  messageOf,
  refuse,
  stepDocument,
} from './conversation-writing';

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

export function createContacts({ deps, store, now }: ConversationTools) {
  /** Why nobody would read a message to this commune (no validated staff account), or null. */
  const receivingRefusal = async (communeCode: string): Promise<'commune-without-staff' | null> =>
    (await deps.staff.activeStaffOf(communeCode)).length > 0 ? null : 'commune-without-staff';

  /** The professional's conversation with this commune, if there is one (from memory). */
  const between = (professionalId: string, communeCode: string): ConversationSummary | undefined =>
    deps.readModel.get(conversationId(professionalId, communeCode));

  /** The first message: creates the conversation, or undefined when another first message did. */
  async function open(
    id: string,
    professional: ProfessionalWriter,
    input: ContactInput,
    snapshot: object,
    at: Date,
  ): Promise<ConversationResult | undefined> {
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
    } catch (error) {
      // Two first messages at once: the other one created it; this one is added to it.
      if ((error as { code?: number }).code !== 11000) throw error;
      return undefined;
    }
    const created = await store.load(id);
    if (!created) return { ok: false, reason: 'not-found' };
    // A new conversation: the other instances are told.
    deps.readModel.putFull(created);
    await deps.notices.newMessage(created, 'professionnel');
    return { ok: true, conversation: created };
  }

  return {
    receivingRefusal,
    between,

    /** The commune's validated staff, by name (the thread page's assignment list). */
    activeStaffOf: (communeCode: string) => deps.staff.activeStaffOf(communeCode),

    /** Why this professional cannot write to this commune now (a block, a closing, nobody to read), or null. */
    async refusalToWrite(
      professionalId: string,
      communeCode: string,
    ): Promise<ContactRefusal | 'commune-without-staff' | null> {
      const existing = between(professionalId, communeCode);
      return (existing ? contactRefusal(stateOf(existing)) : null) ?? (await receivingRefusal(communeCode));
    },

    async contact(professional: ProfessionalWriter, input: ContactInput): Promise<ConversationResult> {
      const textRefusal = checkText(input.text);
      if (textRefusal) return { ok: false, reason: textRefusal };
      if (!deps.communes.details(input.communeCode)) return { ok: false, reason: 'unknown-commune' };
      const noStaff = await receivingRefusal(input.communeCode);
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

      const opened = existing ? undefined : await open(id, professional, input, snapshot, at);
      if (opened) return opened;
      const result = await store.write<ConversationRefusal>(id, (current) => {
        const refusal = contactRefusal(stateOf(current));
        if (refusal) return refuse(refusal);
        return appendMessage(current, who, input.text, at, { ...snapshot, withdrawnAt: null }, input.offerId);
      });
      return afterWrite(result, (conversation) => deps.notices.newMessage(conversation, 'professionnel'));
    },
  };
}
