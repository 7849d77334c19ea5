// Each person's newest notifications, read or not, as « Mes notifications » lists them: the page
// never queries the collection (on the embedded database a query by recipient reads every
// notification of everyone). Bound: at most LIST_LIMIT notifications per person (the list shows no
// more), the older ones are dropped from memory as newer ones come; the database keeps them all
// (the account export reads it).
import type { NotificationKind } from '../../domain/notifications/notification-event';
import { type NotificationDocument, NotificationModel } from '../../models/notification';
import { ReadModel } from '../read-models/read-model';

/** The longest in-app list shown. */
export const LIST_LIMIT = 100;

export interface NotificationView {
  id: string;
  kind: NotificationKind;
  title: string;
  link: string;
  createdAt: Date;
  read: boolean;
}

export interface ListedNotification extends NotificationView {
  recipientId: string;
}

export const toListedNotification = (
  stored: Pick<
    NotificationDocument,
    '_id' | 'recipientId' | 'kind' | 'title' | 'link' | 'createdAt' | 'readAt'
  >,
): ListedNotification => ({
  id: String(stored._id),
  recipientId: String(stored.recipientId),
  kind: stored.kind,
  title: stored.title,
  link: stored.link,
  createdAt: stored.createdAt,
  read: stored.readAt !== null,
});

const newestFirst = (a: NotificationView, b: NotificationView) =>
  b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1);

export class NotificationLists extends ReadModel<ListedNotification, 'recipient'> {
  constructor() {
    super({
      name: 'notification-lists',
      model: NotificationModel as never,
      select: { recipientId: 1, kind: 1, title: 1, link: 1, createdAt: 1, readAt: 1 },
      toView: toListedNotification,
      idOf: (notification) => notification.id,
      keys: { recipient: (notification) => notification.recipientId },
    });
  }

  /** The person's newest notifications first, at most LIST_LIMIT. */
  of(recipientId: string): ListedNotification[] {
    return [...this.list('recipient', recipientId)].sort(newestFirst);
  }

  /** Keeps each person's LIST_LIMIT newest: the one that falls out of the list leaves memory. */
  protected override applied(
    _id: string,
    _previous: ListedNotification | undefined,
    next: ListedNotification | undefined,
  ): void {
    if (!next) return;
    const listed = this.list('recipient', next.recipientId);
    if (listed.length <= LIST_LIMIT) return;
    const oldest = listed.reduce((older, other) => (newestFirst(older, other) < 0 ? other : older));
    this.apply(oldest.id, undefined);
  }
}
