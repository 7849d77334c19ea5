// Every commune's proposal in memory, by project and by commune: the professional's results page
// and the commune's "Projets compatibles" read them at every request. The database stays the store
// of record (and refuses a second proposal): the service writes there first, then puts it here.
import { OfferProposalModel, offerProposalId } from '../../models/offer-proposal';
import { ReadModel } from '../read-models/read-model';

export interface OfferProposalView {
  projectId: string;
  communeCode: string;
  at: Date;
}

export const toProposalView = (stored: {
  projectId: unknown;
  communeCode: string;
  at: Date;
}): OfferProposalView => ({
  projectId: String(stored.projectId),
  communeCode: stored.communeCode,
  at: stored.at,
});

const idOf = (proposal: OfferProposalView) => offerProposalId(proposal.projectId, proposal.communeCode);

export class ProposalReadModel extends ReadModel<OfferProposalView, 'project' | 'commune'> {
  constructor() {
    super({
      name: 'offer_proposals',
      model: OfferProposalModel as never,
      select: { projectId: 1, communeCode: 1, at: 1 },
      toView: toProposalView,
      idOf,
      keys: { project: (proposal) => proposal.projectId, commune: (proposal) => proposal.communeCode },
    });
  }

  getOf(projectId: string, communeCode: string): OfferProposalView | undefined {
    return this.get(offerProposalId(projectId, communeCode));
  }

  /** Newest first. */
  ofProject(projectId: string): OfferProposalView[] {
    return [...this.list('project', projectId)].sort((a, b) => b.at.getTime() - a.at.getTime());
  }

  ofCommune(communeCode: string): OfferProposalView[] {
    return [...this.list('commune', communeCode)];
  }

  /** The project's proposals were deleted. */
  removeOfProject(projectId: string): void {
    this.remove(...this.list('project', projectId).map(idOf));
  }
}
