// A person's signed-in sessions (the account id inside each browser session): their expiry dates in
// the export, and every one of them deleted with the account, so that nothing stored still names it.
import type { PersonalData } from '../personal-data/personal-data';
import type { SessionRecords } from './session-records';

export const sessionPersonalData = (records: Pick<SessionRecords, 'ofAccount' | 'remove'>): PersonalData => ({
  name: 'sessions',
  models: ['Session'],
  exportOf: async (userId) => ({
    sessions: (await records.ofAccount(userId)).map((session) => ({ expiresAt: session.expiresAt })),
  }),
  erase: async (userId) => {
    for (const session of await records.ofAccount(userId)) await records.remove(session.sid);
  },
});
