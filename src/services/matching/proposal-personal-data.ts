// The proposals communes made on a professional's projects: exported with the account; erased with
// the projects they were made on.
import type { PersonalData } from '../personal-data/personal-data';
import type { ProjectService } from '../projects/project-service';
import type { OfferProposals } from './proposals';

export const proposalPersonalData = (projects: ProjectService, proposals: OfferProposals): PersonalData => ({
  name: 'proposals',
  models: ['OfferProposal'],
  exportOf: async (userId) => ({
    proposals: projects.ofOwner(userId).flatMap((project) => proposals.ofProject(project.id)),
  }),
  erasedWith: 'projects',
});
