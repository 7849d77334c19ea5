// The thread page of a conversation, as each side sees it: the messages and follow-up (see
// conversation-presenter.ts), why this side cannot write (if so), and this side's own forms.
import { writingRefusal } from '../../domain/contacts/conversation-rules';
import { availableActions } from '../../domain/contacts/follow-up';
import { LEVER_LABELS } from '../../domain/statistics/contact-fact';
import type { Participant } from '../../services/contacts/conversation-service';
import { type ConversationView, stateOf } from '../../services/contacts/conversation-view';
import type { ReplyTemplate } from '../../services/contacts/reply-templates';
import type { CommuneDirectory } from '../../services/geography/commune-directory';
import { COMMUNE_MESSAGES, PROFESSIONAL_MESSAGES, threadPath } from '../conversations/paths';
import type { ThreadFeedback } from '../conversations/thread-side';
import { optionsOf } from './choices';
import { CONVERSATION_REFUSALS } from './contact-refusals';
import { communeLabel, presentThread } from './conversation-presenter';

type Communes = Pick<CommuneDirectory, 'details'>;

/** What the page says instead of the reply form, when this side cannot write. */
const refusalOf = (conversation: ConversationView, reader: Participant) => {
  const refusal = writingRefusal(stateOf(conversation), reader.side);
  return refusal && CONVERSATION_REFUSALS[refusal].message;
};

export function professionalThreadPage(
  conversation: ConversationView,
  reader: Participant,
  communes: Communes,
  feedback: ThreadFeedback,
) {
  const thread = presentThread(conversation, reader, communes, new Map());
  const actions = availableActions(conversation.history, 'professionnel', stateOf(conversation));
  return {
    title: `Conversation avec la commune de ${thread.commune}`,
    heading: `Commune de ${thread.commune}`,
    thread,
    isProfessional: true,
    inboxHref: PROFESSIONAL_MESSAGES,
    action: threadPath(PROFESSIONAL_MESSAGES, conversation.id),
    refusal: refusalOf(conversation, reader),
    canAnswerInstallation: actions.includes('confirmer-installation'),
    errors: feedback.errors,
    values: feedback.values ?? {},
  };
}

export interface CommuneThreadContext {
  communes: Communes;
  /** The commune's validated staff (the assignment list, the names of colleagues' messages). */
  staff: readonly { id: string; name: string }[];
  templates: readonly ReplyTemplate[];
  /** The reply template chosen to prefill the answer (the `modele` query), if any. */
  chosenTemplate: unknown;
}

export function communeThreadPage(
  conversation: ConversationView,
  reader: Participant,
  { communes, staff, templates, chosenTemplate }: CommuneThreadContext,
  feedback: ThreadFeedback,
) {
  const names = new Map(staff.map((member) => [member.id, member.name]));
  const thread = presentThread(conversation, reader, communes, names);
  const actions = availableActions(conversation.history, 'commune', stateOf(conversation));
  const chosen = templates.find((template) => template.id === chosenTemplate);
  return {
    title: `Conversation : ${thread.professional ? thread.professional.name : 'profil retiré'}`,
    heading: thread.professional
      ? `${thread.professional.name} – ${thread.professional.profession}`
      : 'Professionnel(le) ayant retiré son profil',
    thread,
    isCommune: true,
    useCommuneAutocomplete: true,
    inboxHref: COMMUNE_MESSAGES,
    action: threadPath(COMMUNE_MESSAGES, conversation.id),
    refusal: refusalOf(conversation, reader),
    templates: templates.map((template) => ({ value: template.id, label: template.title })),
    chosenTemplate: chosen?.id ?? '',
    actions: Object.fromEntries(actions.map((action) => [action, true])),
    levers: optionsOf(LEVER_LABELS),
    staff: staff.map((member) => ({
      value: member.id,
      label: member.id === reader.id ? `${member.name} (vous)` : member.name,
    })),
    assignedTo: conversation.assignedTo ?? '',
    errors: feedback.errors,
    values: {
      message: chosen?.text ?? '',
      communeInstallation: communeLabel(conversation.communeCode, communes),
      leviers: [],
      ...feedback.values,
    },
  };
}
