// The unread notifications of each person, for the header's count on every page. Kept in memory
// (a count query scans the whole collection on the embedded database): one small entry per unread
// notification, gone once it is read or deleted.
import { type NotificationDocument, NotificationModel } from '../../models/notification';
import { ReadModel } from '../read-models/read-model';

export interface UnreadNotification {
  id: string;
  recipientId: string;
}

export class UnreadCounts extends ReadModel<UnreadNotification, 'recipient'> {
  constructor() {
    super({
      name: 'notifications',
      model: NotificationModel as never,
      select: { recipientId: 1, readAt: 1 },
      filter: { readAt: null },
      toView: (stored: Pick<NotificationDocument, '_id' | 'recipientId' | 'readAt'>) =>
        stored.readAt === null
          ? { id: String(stored._id), recipientId: String(stored.recipientId) }
          : undefined,
      idOf: (unread) => unread.id,
      keys: { recipient: (unread) => unread.recipientId },
    });
  }

  of(userId: string): number {
    return this.list('recipient', userId).length;
  }

  /** The person's notifications were all read or deleted. */
  noneFor(userId: string): void {
    this.remove(...this.list('recipient', userId).map((unread) => unread.id));
  }
}
