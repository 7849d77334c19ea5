// notify(event): one in-app notification per recipient, and an e-mail at once to those whose
// frequency for the event's kind is "immediat" (the daily digest sends the others, see digest.ts),
// unless one about the same conversation went to them a few minutes ago (see email-grouping.ts).
// Also the in-app list, marking as read, and what the account export and deletion need.
import { Types } from 'mongoose';
import type { AccountStatus } from '../../domain/accounts/roles';
import type { NotificationEvent } from '../../domain/notifications/notification-event';
import {
  type Frequency,
  frequencyFor,
  preferencesOf,
} from '../../domain/notifications/notification-preferences';
import { type NotificationDocument, NotificationModel } from '../../models/notification';
import { NotificationDigestModel } from '../../models/notification-digest';
import { UserModel } from '../../models/user';
import type { Mailer } from '../mail/mailer';
import type { EmailGrouping } from './email-grouping';
import { notificationEmail } from './notification-emails';
import {
  type ListedNotification,
  type NotificationLists,
  type NotificationView,
  toListedNotification,
} from './notification-lists';
import type { UnreadCounts } from './unread-counts';
import type { UnsubscribeLinks } from './unsubscribe-links';

/** Accounts that may receive notification e-mails (not suspended, refused or unverified ones). */
export const EMAILED_STATUSES: ReadonlySet<AccountStatus> = new Set(['actif', 'en-attente']);

export interface NotifierDeps {
  mailer: Mailer;
  links: UnsubscribeLinks;
  publicUrl: string;
  counts: UnreadCounts;
  /** Each person's newest notifications, for the list page. */
  lists: NotificationLists;
  grouping: EmailGrouping;
  /** Where e-mail failures are reported (the in-app notification stays). */
  log?: (error: unknown) => void;
}

const toView = ({ recipientId: _recipientId, ...view }: ListedNotification): NotificationView => view;

export function createNotifier(deps: NotifierDeps) {
  const log = deps.log ?? ((error: unknown) => console.error('Notification e-mail failed:', error));

  const emailNow = async (notification: NotificationDocument, to: string) => {
    try {
      await deps.mailer.send(
        notificationEmail(to, notification, {
          publicUrl: deps.publicUrl,
          unsubscribeUrl: deps.links.urlFor(String(notification.recipientId)),
        }),
      );
      await NotificationModel.updateOne({ _id: notification._id }, { $set: { emailedAt: new Date() } });
    } catch (error) {
      log(error);
    }
  };

  const deliver = async (event: NotificationEvent, recipientId: string, createdAt: Date) => {
    const user = await UserModel.findById(recipientId, {
      email: 1,
      status: 1,
      notificationPreferences: 1,
    }).lean();
    if (!user) return;
    const delivery: Frequency = EMAILED_STATUSES.has(user.status)
      ? frequencyFor(preferencesOf(user.notificationPreferences), event.kind)
      : 'aucun';
    const stored = await NotificationModel.create({
      recipientId: user._id,
      kind: event.kind,
      title: event.title,
      link: event.link,
      topic: event.topic ?? '',
      createdAt,
      delivery,
    });
    deps.counts.put({ id: String(stored._id), recipientId });
    deps.lists.put(toListedNotification(stored));
    if (delivery === 'immediat' && (await deps.grouping.mayEmail(recipientId, stored.topic)))
      await emailNow(stored.toObject(), user.email);
  };

  const owned = (userId: string) =>
    Types.ObjectId.isValid(userId) ? { recipientId: new Types.ObjectId(userId) } : undefined;

  return {
    async notify(event: NotificationEvent): Promise<void> {
      const createdAt = new Date();
      for (const recipientId of new Set(event.recipients)) {
        if (Types.ObjectId.isValid(recipientId)) await deliver(event, recipientId, createdAt);
      }
    },

    unreadCount: (userId: string): number => deps.counts.of(userId),

    /** The person's newest notifications first (at most LIST_LIMIT), from memory. */
    list(userId: string): NotificationView[] {
      return deps.lists.of(userId).map(toView);
    },

    /** Marks one of the person's notifications as read; returns its link, or undefined if not theirs. */
    async open(userId: string, id: string): Promise<string | undefined> {
      const filter = owned(userId);
      if (!filter || !Types.ObjectId.isValid(id)) return undefined;
      const stored = await NotificationModel.findOne({ _id: id, ...filter }).lean();
      if (!stored) return undefined;
      if (stored.readAt === null) {
        const marked = await NotificationModel.updateOne(
          { _id: id, readAt: null },
          { $set: { readAt: new Date() } },
        );
        if (marked.modifiedCount === 1) deps.counts.remove(id);
        const listed = deps.lists.get(id);
        if (listed) deps.lists.put({ ...listed, read: true });
      }
      return stored.link;
    },

    async markAllRead(userId: string): Promise<void> {
      const filter = owned(userId);
      if (!filter) return;
      const unread = await NotificationModel.find({ ...filter, readAt: null }, { _id: 1 }).lean();
      await NotificationModel.updateMany({ ...filter, readAt: null }, { $set: { readAt: new Date() } });
      // Every one the database named, including those another instance made and this one did not see yet.
      const ids = unread.map((notification) => String(notification._id));
      deps.counts.remove(...ids);
      deps.counts.noneFor(userId);
      for (const id of ids) {
        const listed = deps.lists.get(id);
        if (listed) deps.lists.put({ ...listed, read: true });
      }
    },

    /** For the account export: every notification, with its delivery bookkeeping. */
    async exportOf(userId: string) {
      const filter = owned(userId);
      if (!filter) return [];
      return (await NotificationModel.find(filter).lean()).map((stored) => ({
        ...toView(toListedNotification(stored)),
        delivery: stored.delivery,
        emailedAt: stored.emailedAt,
      }));
    },

    /** On account deletion. */
    async removeAllOf(userId: string): Promise<void> {
      const filter = owned(userId);
      if (!filter) return;
      const unread = await NotificationModel.find({ ...filter, readAt: null }, { _id: 1 }).lean();
      await NotificationModel.deleteMany(filter);
      await NotificationDigestModel.deleteMany(filter);
      deps.counts.remove(...unread.map((notification) => String(notification._id)));
      deps.counts.noneFor(userId);
      deps.lists.remove(...deps.lists.of(userId).map((notification) => notification.id));
    },
  };
}

export type Notifier = ReturnType<typeof createNotifier>;
