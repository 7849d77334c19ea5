// The messages a person reported and the reports of their own messages: exported with the account,
// erased with it (the moderator who decided a report acts for the service: the record is not theirs).
import type { PersonalData } from '../personal-data/personal-data';
import type { MessageReports } from './message-reports';

export const messageReportPersonalData = (reports: MessageReports): PersonalData => ({
  name: 'message-reports',
  models: ['MessageReport'],
  exportOf: async (userId) => ({ messageReports: await reports.exportOf(userId) }),
  erase: (userId) => reports.eraseOf(userId),
});
