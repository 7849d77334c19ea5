// "Mes notifications" as the pages show them: where they live, each notification's label and
// link, and the frequency choices of the e-mail preferences.
import type { NotificationKind } from '../../domain/notifications/notification-event';
import { FREQUENCY_LABELS } from '../../domain/notifications/notification-preferences';
import type { NotificationView } from '../../services/notifications/notification-lists';
import { optionsOf } from './choices';

export const NOTIFICATIONS = '/mon-compte/notifications';
export const PREFERENCES = `${NOTIFICATIONS}/preferences`;

const KIND_LABELS: Record<NotificationKind, string> = {
  message: 'Message',
  statut: 'Suivi',
  proposition: 'Proposition',
  alerte: 'Alerte',
};

/** Stored links are paths of this service; anything else goes back to the list. */
export const localPath = (link: string) => (/^\/(?!\/)/.test(link) ? link : NOTIFICATIONS);

/** The list, each notification with its label and the form that opens it; `limit`: the most listed. */
export function presentNotifications(notifications: readonly NotificationView[], limit: number) {
  return {
    notifications: notifications.map((notification) => ({
      ...notification,
      kindLabel: KIND_LABELS[notification.kind],
      openAction: `${NOTIFICATIONS}/${notification.id}/ouvrir`,
    })),
    unread: notifications.some((notification) => !notification.read),
    limited: notifications.length === limit,
    limit,
  };
}

export const FREQUENCY_CHOICES = optionsOf(FREQUENCY_LABELS);
