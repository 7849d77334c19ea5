// Every commune's proposal in memory, by project and by commune: the professional's results page
// and the commune's "Projets compatibles" read them at every request. The database stays the store
// of record (and refuses a second proposal): the service writes there first, then puts it here.
import { OfferProposalModel } from '../../models/offer-proposal';

export interface OfferProposalView {
  projectId: string;
  communeCode: string;
  at: Date;
}

export class ProposalReadModel {
  /** Project id → commune code → proposal. */
  private readonly byProject = new Map<string, Map<string, OfferProposalView>>();
  /** Commune code → project id → proposal. */
  private readonly byCommune = new Map<string, Map<string, OfferProposalView>>();

  put(proposal: OfferProposalView): void {
    const index = (map: Map<string, Map<string, OfferProposalView>>, key: string, second: string) => {
      const entries = map.get(key) ?? new Map<string, OfferProposalView>();
      entries.set(second, proposal);
      map.set(key, entries);
    };
    index(this.byProject, proposal.projectId, proposal.communeCode);
    index(this.byCommune, proposal.communeCode, proposal.projectId);
  }

  get(projectId: string, communeCode: string): OfferProposalView | undefined {
    return this.byProject.get(projectId)?.get(communeCode);
  }

  /** Newest first. */
  ofProject(projectId: string): OfferProposalView[] {
    return [...(this.byProject.get(projectId)?.values() ?? [])].sort(
      (a, b) => b.at.getTime() - a.at.getTime(),
    );
  }

  ofCommune(communeCode: string): OfferProposalView[] {
    return [...(this.byCommune.get(communeCode)?.values() ?? [])];
  }

  removeOfProject(projectId: string): void {
    for (const proposal of this.byProject.get(projectId)?.values() ?? []) {
      const ofCommune = this.byCommune.get(proposal.communeCode);
      ofCommune?.delete(projectId);
      if (ofCommune?.size === 0) this.byCommune.delete(proposal.communeCode);
    }
    this.byProject.delete(projectId);
  }
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

export async function loadProposalReadModel(readModel: ProposalReadModel): Promise<void> {
  const stored = await OfferProposalModel.find({}, { projectId: 1, communeCode: 1, at: 1 }).lean();
  for (const proposal of stored) readModel.put(toProposalView(proposal));
}
