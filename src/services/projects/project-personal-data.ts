// A professional's installation projects: exported with the account; erased with it (their
// proposals and alerts go with them, see createServices' project removal).
import type { PersonalData } from '../personal-data/personal-data';
import type { ProjectService } from './project-service';

export const projectPersonalData = (projects: ProjectService): PersonalData => ({
  name: 'projects',
  models: ['Project'],
  exportOf: async (userId) => ({ projects: projects.ofOwner(userId) }),
  erase: (userId) => projects.removeAllOf(userId),
});
