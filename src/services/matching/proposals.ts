// "Proposer nos offres": a commune tells a professional that its offers fit their project. One
// proposal per project and commune; the professional is notified (in-app, and by e-mail as they
// chose) with a link to their results page (never a text written by the commune) and sees the
// commune at the top of that page.
import { Types } from 'mongoose';
import type { Notify } from '../../domain/notifications/notification-event';
import { OfferProposalModel, offerProposalId } from '../../models/offer-proposal';
import type { AuditLog } from '../audit/audit-log';
import type { CommuneDirectory } from '../geography/commune-directory';
import type { Limits } from '../limits/limits';
import type { RateLimited } from '../limits/rate-limiter';
import type { CommuneStaff } from '../offers/offer-service';
import type { ProjectView } from '../projects/project-view';
import { type OfferProposalView, type ProposalReadModel, toProposalView } from './proposal-read-model';

export type { OfferProposalView } from './proposal-read-model';

export type ProposalResult =
  | { ok: true; proposal: OfferProposalView }
  | { ok: false; reason: 'already-proposed'; proposal: OfferProposalView }
  | { ok: false; reason: 'not-allowed' }
  /** Too many proposals from this account: nothing recorded or sent. */
  | RateLimited;

export interface OfferProposalDeps {
  readModel: ProposalReadModel;
  notify: Notify;
  audit: AuditLog;
  communes: Pick<CommuneDirectory, 'details'>;
  limits: Pick<Limits, 'proposal'>;
  /** Where notification failures are reported (the proposal stays recorded). */
  log?: (error: unknown) => void;
}

/** The notification's title: the commune's name, nothing the commune wrote. */
export const proposalTitle = (communeLabel: string): string =>
  `La commune de ${communeLabel} vous propose ses offres`;

export function createOfferProposals(deps: OfferProposalDeps) {
  const { readModel } = deps;
  const log = deps.log ?? ((error: unknown) => console.error(error));
  const communeLabel = (code: string) => {
    const commune = deps.communes.details(code);
    return commune ? `${commune.nom} (${commune.departement.code})` : code;
  };

  return {
    /**
     * Records the proposal of the staff member's commune for the project (the caller checked that
     * the project is shared with this commune), then notifies the project's owner.
     */
    async propose(
      staff: CommuneStaff,
      project: Pick<ProjectView, 'id' | 'ownerId'>,
    ): Promise<ProposalResult> {
      if (!staff.active) return { ok: false, reason: 'not-allowed' };
      const existing = readModel.getOf(project.id, staff.communeCode);
      if (existing) return { ok: false, reason: 'already-proposed', proposal: existing };
      const counted = await deps.limits.proposal(staff.id);
      if (!counted.ok) return counted;
      const proposal: OfferProposalView = {
        projectId: project.id,
        communeCode: staff.communeCode,
        at: new Date(),
      };
      try {
        await OfferProposalModel.create({
          _id: offerProposalId(project.id, staff.communeCode),
          projectId: new Types.ObjectId(project.id),
          communeCode: staff.communeCode,
          by: new Types.ObjectId(staff.id),
          at: proposal.at,
        });
      } catch (error) {
        // Two clicks at once, or another server: the database refused the second proposal.
        if ((error as { code?: number }).code !== 11000) throw error;
        const stored = await OfferProposalModel.findById(
          offerProposalId(project.id, staff.communeCode),
        ).lean();
        const known = stored ? toProposalView(stored) : proposal;
        readModel.refresh(known);
        return { ok: false, reason: 'already-proposed', proposal: known };
      }
      readModel.put(proposal);
      await deps.audit.record({
        actor: { id: new Types.ObjectId(staff.id), label: staff.email },
        action: 'commune.offres-proposees',
        // The project only: the professional stays anonymous to the commune, and in the journal.
        target: { type: 'projet', id: project.id },
        details: `commune ${communeLabel(staff.communeCode)}`,
      });
      try {
        await deps.notify({
          kind: 'proposition',
          recipients: [project.ownerId],
          title: proposalTitle(communeLabel(staff.communeCode)),
          link: `/professionnel/projets/${project.id}/resultats`,
        });
      } catch (error) {
        // The proposal is recorded and shown on the results page even if the notification fails.
        log(error);
      }
      return { ok: true, proposal };
    },

    /** The communes that proposed their offers to a project, newest first (from memory). */
    ofProject(projectId: string): OfferProposalView[] {
      return readModel.ofProject(projectId);
    },

    /** The projects a commune already proposed its offers to, with the date (from memory). */
    ofCommune(communeCode: string): Map<string, Date> {
      return new Map(readModel.ofCommune(communeCode).map((proposal) => [proposal.projectId, proposal.at]));
    },

    /** When a project is deleted: its proposals go with it. */
    async removeOfProject(projectId: string): Promise<void> {
      if (!Types.ObjectId.isValid(projectId)) return;
      await OfferProposalModel.deleteMany({ projectId: new Types.ObjectId(projectId) });
      readModel.removeOfProject(projectId);
    },
  };
}

export type OfferProposals = ReturnType<typeof createOfferProposals>;
