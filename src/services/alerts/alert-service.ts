// Alerts on installation projects. A professional turns a project into an alert; when a commune
// publishes an offer (offer service's onPublished hook), a stored job evaluates every alert project
// whose area is concerned, after the commune's request has been answered, one offer at a time in an
// instance (a serial job kind: it survives a crash and runs once across instances), and notifies
// its owner once per (project, offer), whatever the republications.
import { Types } from 'mongoose';
import type { Notify } from '../../domain/notifications/notification-event';
import { AlertModel } from '../../models/alert';
import { AlertNoticeModel, alertNoticeId } from '../../models/alert-notice';
import { UserModel } from '../../models/user';
import { toProfessionalProfile } from '../accounts/account-user';
import type { JobQueue } from '../jobs/job-queue';
import type { MatchingService } from '../matching/matching-service';
import type { OfferView } from '../offers/offer-view';
import type { ProjectService } from '../projects/project-service';
import { alertTitle, changesFromOffer, offerConcernsArea } from './alert-evaluation';
import { type AlertReadModel, type AlertView, toAlertView } from './alert-read-model';

/** "Notify me when a commune's score rises by at least this many points." */
export const DEFAULT_ALERT_THRESHOLD = 10;

export interface AlertDeps {
  alerts: AlertReadModel;
  projects: Pick<ProjectService, 'get' | 'getOwned'>;
  matching: Pick<MatchingService, 'geography' | 'toMatchingProject'>;
  notify: Notify;
  jobs: Pick<JobQueue, 'define' | 'enqueue' | 'idle'>;
  /** Where evaluation failures are reported (they never reach the commune's request). */
  log?: (error: unknown) => void;
}

export const ALERT_EVALUATION_JOB = 'alert-evaluation';

/** What the job keeps of the published offer. */
interface PublishedOffer {
  id: string;
  commune: string;
}

/** Lets the event loop answer pending requests first (the engine runs are CPU work). */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export function createAlertService(deps: AlertDeps) {
  const log = deps.log ?? ((error: unknown) => console.error('Alert evaluation failed:', error));
  /** Jobs being stored (offerPublished returns before the write). */
  const storing = new Set<Promise<void>>();

  /** Records the (project, offer) notice; false if it was already there. */
  const claimNotice = async (projectId: string, offerId: string): Promise<boolean> => {
    try {
      await AlertNoticeModel.create({
        _id: alertNoticeId(projectId, offerId),
        projectId: new Types.ObjectId(projectId),
        offerId: new Types.ObjectId(offerId),
        at: new Date(),
      });
      return true;
    } catch (error) {
      if ((error as { code?: number }).code === 11000) return false;
      throw error;
    }
  };

  const evaluateOne = async (alert: AlertView, offer: PublishedOffer, now: Date) => {
    const project = deps.projects.get(alert.projectId);
    const offerCommune = deps.matching.geography.commune(offer.commune);
    if (!project || !offerCommune) return;
    if (!offerConcernsArea(project.area, deps.matching.geography, offerCommune)) return;
    // The owner's profession and status complete the project (an _id read, after the area check).
    const owner = await UserModel.findById(alert.ownerId, { professional: 1, status: 1 }).lean();
    const professional = toProfessionalProfile(owner?.professional);
    if (!owner || owner.status !== 'actif' || !professional) return;
    const changes = changesFromOffer(
      deps.matching.toMatchingProject(project, professional),
      deps.matching.geography,
      offer,
      alert.threshold,
      now,
    );
    if (changes.length === 0 || !(await claimNotice(project.id, offer.id))) return;
    await deps.notify({
      kind: 'alerte',
      recipients: [alert.ownerId],
      title: alertTitle(offerCommune, project.name, changes),
      link: `/professionnel/projets/${project.id}/resultats`,
      topic: `projet:${project.id}`,
    });
  };

  const evaluate = async (offer: PublishedOffer) => {
    const now = new Date();
    for (const alert of [...deps.alerts.all()]) {
      await nextTurn();
      try {
        await evaluateOne(alert, offer, now);
      } catch (error) {
        log(error);
      }
    }
  };
  // A full pass over the alerts is CPU work: a generous lease before another instance takes over.
  deps.jobs.define(ALERT_EVALUATION_JOB, {
    run: (payload) => evaluate(payload as PublishedOffer),
    leaseMs: 10 * 60_000,
    serial: true,
  });

  return {
    forProject: (projectId: string): AlertView | undefined => deps.alerts.get(projectId),

    /** Creates the alert of one of the owner's projects, or changes its threshold. */
    async save(ownerId: string, projectId: string, threshold: number): Promise<AlertView | undefined> {
      if (!deps.projects.getOwned(ownerId, projectId)) return undefined;
      const stored = await AlertModel.findOneAndUpdate(
        { _id: projectId },
        {
          $set: { threshold, ownerId: new Types.ObjectId(ownerId) },
          $setOnInsert: { createdAt: new Date() },
        },
        { upsert: true, returnDocument: 'after' },
      ).lean();
      if (!stored) return undefined;
      const alert = toAlertView(stored);
      deps.alerts.put(alert);
      return alert;
    },

    /** False when the project is not the owner's or had no alert. */
    async remove(ownerId: string, projectId: string): Promise<boolean> {
      const alert = deps.alerts.get(projectId);
      if (!alert || alert.ownerId !== ownerId) return false;
      await AlertModel.deleteOne({ _id: projectId });
      deps.alerts.remove(projectId);
      return true;
    },

    /** When a project is deleted: its alert and notices go with it. */
    async removeOfProject(projectId: string): Promise<void> {
      if (!Types.ObjectId.isValid(projectId)) return;
      await AlertModel.deleteOne({ _id: projectId });
      deps.alerts.remove(projectId);
      await AlertNoticeModel.deleteMany({ projectId: new Types.ObjectId(projectId) });
    },

    /** For the account export. */
    ofOwner: (ownerId: string): AlertView[] => [...deps.alerts.ofOwner(ownerId)],

    /** The offer service's hook: returns at once; the evaluation is stored, then runs in order. */
    offerPublished(offer: OfferView): void {
      const published: PublishedOffer = { id: offer.id, commune: offer.commune };
      const stored = deps.jobs.enqueue(ALERT_EVALUATION_JOB, published).then(() => undefined, log);
      storing.add(stored);
      void stored.finally(() => storing.delete(stored));
    },

    /** Resolves when every evaluation started so far is done (tests, and before shutdown). */
    async idle(): Promise<void> {
      await Promise.allSettled([...storing]);
      await deps.jobs.idle();
    },
  };
}

export type AlertService = ReturnType<typeof createAlertService>;
