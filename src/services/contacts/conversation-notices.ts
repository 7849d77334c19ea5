// The notifications a conversation causes: a title and a link, never a message's text. A
// professional's message goes to the commune's validated staff, or only to the assignee if there is one.
import type { FollowUpStatus, Side } from '../../domain/contacts/follow-up';
import type { NotificationEvent, Notify } from '../../domain/notifications/notification-event';
import type { CommuneDirectory } from '../geography/commune-directory';
import type { AccountDirectory } from '../accounts/account-directory';
import {
  communeThreadPath,
  newMessageTitle,
  professionalThreadPath,
  statusChangedTitle,
} from './conversation-notice-words';
import type { ConversationView } from './conversation-view';

export interface NoticeDeps {
  notify: Notify;
  communes: Pick<CommuneDirectory, 'details'>;
  staff: Pick<AccountDirectory, 'activeStaffOf'>;
  /** Where notification failures are reported (the write is already recorded). */
  log?: (error: unknown) => void;
}

export function createConversationNotices(deps: NoticeDeps) {
  const log = deps.log ?? ((error: unknown) => console.error(error));
  const communeName = (code: string) => deps.communes.details(code)?.nom ?? code;

  const communeRecipients = async (conversation: ConversationView) => {
    const staff = (await deps.staff.activeStaffOf(conversation.communeCode)).map((member) => member.id);
    return conversation.assignedTo && staff.includes(conversation.assignedTo)
      ? [conversation.assignedTo]
      : staff;
  };

  /** The other side of `from`, with the link to the conversation on their side. */
  const toOtherSide = async (conversation: ConversationView, from: Side) =>
    from === 'professionnel'
      ? { recipients: await communeRecipients(conversation), link: communeThreadPath(conversation.id) }
      : { recipients: [conversation.professionalId], link: professionalThreadPath(conversation.id) };

  const send = async (event: NotificationEvent) => {
    if (event.recipients.length === 0) return;
    try {
      await deps.notify(event);
    } catch (error) {
      log(error);
    }
  };

  return {
    async newMessage(conversation: ConversationView, from: Side): Promise<void> {
      await send({
        kind: 'message',
        title: newMessageTitle(from, communeName(conversation.communeCode)),
        ...(await toOtherSide(conversation, from)),
        topic: `conversation:${conversation.id}`,
      });
    },

    async statusChanged(conversation: ConversationView, from: Side, status: FollowUpStatus): Promise<void> {
      await send({
        kind: 'statut',
        title: statusChangedTitle(from, communeName(conversation.communeCode), status),
        ...(await toOtherSide(conversation, from)),
        topic: `conversation:${conversation.id}`,
      });
    },
  };
}

export type ConversationNotices = ReturnType<typeof createConversationNotices>;

/** Notices that tell nobody: for a history written afterwards (the demo seed's past follow-ups). */
export const silentNotices: ConversationNotices = {
  newMessage: () => Promise.resolve(),
  statusChanged: () => Promise.resolve(),
};
