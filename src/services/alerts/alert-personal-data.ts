// A professional's alerts on their projects (and the offers already notified): exported with the
// account; erased with the projects they watch.
import type { PersonalData } from '../personal-data/personal-data';
import type { AlertService } from './alert-service';

export const alertPersonalData = (alerts: AlertService): PersonalData => ({
  name: 'alerts',
  models: ['Alert', 'AlertNotice'],
  exportOf: async (userId) => ({ alerts: alerts.ofOwner(userId) }),
  erasedWith: 'projects',
});
