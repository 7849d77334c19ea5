// A professional's answers to the 6-, 12- and 24-month check-ins: exported with the account, erased with it.
import type { PersonalData } from '../personal-data/personal-data';
import type { CheckIns } from './check-ins';

export const checkInPersonalData = (checkIns: CheckIns): PersonalData => ({
  name: 'check-ins',
  models: ['CheckIn'],
  exportOf: async (userId) => ({ checkIns: await checkIns.exportOf(userId) }),
  erase: (userId) => checkIns.eraseOf(userId),
});
