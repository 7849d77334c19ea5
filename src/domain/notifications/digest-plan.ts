// What goes into the daily digests: the pending notifications grouped per recipient, repeated
// events of one topic (several messages of one conversation) shown once with their number.
import type { NotificationKind } from './notification-event';

export interface PendingNotification {
  id: string;
  recipientId: string;
  kind: NotificationKind;
  title: string;
  link: string;
  topic: string;
  createdAt: Date;
}

export interface DigestEntry {
  title: string;
  link: string;
  /** How many notifications of the same topic this entry stands for (1 without a topic). */
  count: number;
  latestAt: Date;
}

export interface DigestPlan {
  recipientId: string;
  /** Every notification the digest covers, to mark them as sent. */
  notificationIds: string[];
  /** Newest first. */
  entries: DigestEntry[];
}

export function planDigests(pending: readonly PendingNotification[]): DigestPlan[] {
  const byRecipient = new Map<string, PendingNotification[]>();
  for (const notification of pending) {
    const list = byRecipient.get(notification.recipientId) ?? [];
    list.push(notification);
    byRecipient.set(notification.recipientId, list);
  }
  return [...byRecipient].map(([recipientId, notifications]) => ({
    recipientId,
    notificationIds: notifications.map((notification) => notification.id),
    entries: entriesOf(notifications),
  }));
}

function entriesOf(notifications: readonly PendingNotification[]): DigestEntry[] {
  const newestFirst = [...notifications].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  const byTopic = new Map<string, DigestEntry>();
  const entries: DigestEntry[] = [];
  for (const notification of newestFirst) {
    const key = notification.topic ? `${notification.kind}:${notification.topic}` : '';
    const existing = key ? byTopic.get(key) : undefined;
    if (existing) {
      existing.count += 1;
      continue;
    }
    // The newest notification of a topic gives the entry its title and link.
    const entry = {
      title: notification.title,
      link: notification.link,
      count: 1,
      latestAt: notification.createdAt,
    };
    if (key) byTopic.set(key, entry);
    entries.push(entry);
  }
  return entries;
}
