// The commune's inbox: its filters (status, view) and which conversations each view shows.
import { FOLLOW_UP_LABELS, type FollowUpStatus, currentStep } from '../../domain/contacts/follow-up';
import type { Reader } from '../../domain/contacts/conversation-rules';
import type { ConversationSummary } from '../../services/contacts/conversation-view';
import type { InboxView } from '../forms/conversation-forms';
import { optionsOf } from './choices';

const VIEW_LABELS: Record<InboxView, string> = {
  ouvertes: 'Toutes les conversations ouvertes',
  moi: 'Qui me sont assignées',
  'non-assignees': 'Non assignées',
  closes: 'Closes',
};

/** The filters of the inbox, with what was typed. */
export const communeInboxFilters = (values: { statut: string; vue: string }) => ({
  title: 'Messages',
  values: { statut: values.statut, vue: values.vue || 'ouvertes' },
  statuses: optionsOf(FOLLOW_UP_LABELS),
  views: optionsOf(VIEW_LABELS),
});

/** Whether the chosen view (and status, if any) shows this conversation to this reader. */
export const inboxFilter =
  (reader: Reader, vue: InboxView, statut: FollowUpStatus | '' | undefined) =>
  (conversation: ConversationSummary): boolean =>
    (vue === 'closes' ? conversation.closed : !conversation.closed) &&
    (vue !== 'moi' || conversation.assignedTo === reader.id) &&
    (vue !== 'non-assignees' || conversation.assignedTo === null) &&
    (!statut || currentStep(conversation.history).status === statut);
