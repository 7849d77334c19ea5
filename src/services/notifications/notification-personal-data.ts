// A person's notifications and the digests that grouped them: exported with the account, erased with it.
import type { PersonalData } from '../personal-data/personal-data';
import type { Notifier } from './notifier';

export const notificationPersonalData = (notifier: Notifier): PersonalData => ({
  name: 'notifications',
  models: ['Notification', 'NotificationDigest'],
  exportOf: async (userId) => ({ notifications: await notifier.exportOf(userId) }),
  erase: (userId) => notifier.removeAllOf(userId),
});
