// A person's e-mail frequencies, kept on their account document (read by `_id`: cheap).
import { Types } from 'mongoose';
import {
  NO_EMAIL,
  type NotificationPreferences,
  preferencesOf,
} from '../../domain/notifications/notification-preferences';
import { UserModel } from '../../models/user';

export function createNotificationPreferences() {
  return {
    async of(userId: string): Promise<NotificationPreferences | undefined> {
      if (!Types.ObjectId.isValid(userId)) return undefined;
      const user = await UserModel.findById(userId, { notificationPreferences: 1 }).lean();
      return user ? preferencesOf(user.notificationPreferences) : undefined;
    },

    /** False when the account no longer exists. */
    async set(userId: string, preferences: NotificationPreferences): Promise<boolean> {
      if (!Types.ObjectId.isValid(userId)) return false;
      const result = await UserModel.updateOne(
        { _id: userId },
        { $set: { notificationPreferences: { ...preferences } } },
      );
      return result.matchedCount === 1;
    },

    /** The unsubscribe link: no notification e-mail any more (in-app notifications stay). */
    stopEmails(userId: string): Promise<boolean> {
      return this.set(userId, NO_EMAIL);
    },
  };
}

export type NotificationPreferencesService = ReturnType<typeof createNotificationPreferences>;
