// The daily digest (npm run jobs:digest, or the in-service schedule): per person, one e-mail listing
// the notifications they chose to receive once a day and that no digest has claimed yet.
//
// Guarantee: AT MOST ONCE. Running it twice, or two servers running it at the same moment, never
// e-mails a notification twice, because every step claims before it sends:
//   1. one atomic per-document update marks the pending notifications with this run's id (a
//      notification can be claimed by one run only);
//   2. per person, creating the record "<userId>:<Paris day>" claims that day's digest (the
//      database refuses a second one; a run that loses gives its notifications back for the next day);
//   3. then the e-mail is sent, and the record marked sent.
// A run killed between a claim and the sending loses those e-mails (the record stays without
// `sentAt`): the notifications stay in the person's in-app list. Sending twice was judged worse.
import crypto from 'node:crypto';
import { calendarDay } from '../../domain/notifications/daily-schedule';
import { type PendingNotification, planDigests } from '../../domain/notifications/digest-plan';
import { frequencyFor, preferencesOf } from '../../domain/notifications/notification-preferences';
import { type NotificationDocument, NotificationModel } from '../../models/notification';
import { NotificationDigestModel, notificationDigestId } from '../../models/notification-digest';
import { UserModel } from '../../models/user';
import type { Mailer } from '../mail/mailer';
import { digestEmail } from './notification-emails';
import { EMAILED_STATUSES } from './notifier';
import type { UnsubscribeLinks } from './unsubscribe-links';
import { operators } from '../../db/trusted-operators';

export interface DigestReport {
  day: string;
  /** One line per e-mail sent. */
  sent: { to: string; notifications: number }[];
  /** People whose notifications were claimed but not e-mailed (no e-mail wanted any more, account gone). */
  skipped: number;
  /** People who already had today's digest: their new notifications wait for tomorrow's. */
  deferred: number;
  /** E-mails the mail server refused (logged; not retried: see the guarantee above). */
  failed: number;
}

export interface DigestDeps {
  mailer: Mailer;
  links: UnsubscribeLinks;
  publicUrl: string;
  log?: (error: unknown) => void;
}

const toPending = (stored: NotificationDocument): PendingNotification => ({
  id: String(stored._id),
  recipientId: String(stored.recipientId),
  kind: stored.kind,
  title: stored.title,
  link: stored.link,
  topic: stored.topic,
  createdAt: stored.createdAt,
});

export function createDigest(deps: DigestDeps) {
  const log = deps.log ?? ((error: unknown) => console.error('Digest e-mail failed:', error));
  /** Claims the person's digest of the day; false if another run (or an earlier one) has it. */
  const claimDay = async (recipientId: string, day: string, count: number): Promise<string | undefined> => {
    const _id = notificationDigestId(recipientId, day);
    try {
      await NotificationDigestModel.create({
        _id,
        recipientId,
        day,
        claimedAt: new Date(),
        notificationCount: count,
      });
      return _id;
    } catch (error) {
      if ((error as { code?: number }).code === 11000) return undefined;
      throw error;
    }
  };

  return {
    async run(now = new Date()): Promise<DigestReport> {
      const day = calendarDay(now);
      const report: DigestReport = { day, sent: [], skipped: 0, deferred: 0, failed: 0 };
      const runId = `${day}:${crypto.randomBytes(6).toString('hex')}`;
      await NotificationModel.updateMany(
        { delivery: 'quotidien', digestId: null, createdAt: operators({ $lte: now }) },
        { $set: { digestId: runId } },
      );
      const claimed = await NotificationModel.find({ digestId: runId }).lean();
      const byId = new Map(claimed.map((stored) => [String(stored._id), stored]));

      for (const plan of planDigests(claimed.map(toPending))) {
        const digestId = await claimDay(plan.recipientId, day, plan.notificationIds.length);
        if (!digestId) {
          await NotificationModel.updateMany(
            { digestId: runId, recipientId: plan.recipientId },
            { $set: { digestId: null } },
          );
          report.deferred += 1;
          continue;
        }
        const user = await UserModel.findById(plan.recipientId, {
          email: 1,
          status: 1,
          notificationPreferences: 1,
        }).lean();
        // The person may have chosen "aucun" since: only the kinds they still want.
        const preferences = preferencesOf(user?.notificationPreferences);
        const wanted = plan.notificationIds
          .map((id) => byId.get(id))
          .filter((stored) => stored !== undefined && frequencyFor(preferences, stored.kind) !== 'aucun')
          .map((stored) => toPending(stored as NotificationDocument));
        const entries = planDigests(wanted)[0]?.entries ?? [];
        if (!user || !EMAILED_STATUSES.has(user.status) || entries.length === 0) {
          await NotificationDigestModel.updateOne({ _id: digestId }, { $set: { skipped: true } });
          report.skipped += 1;
          continue;
        }
        try {
          await deps.mailer.send(
            digestEmail(user.email, entries, {
              publicUrl: deps.publicUrl,
              unsubscribeUrl: deps.links.urlFor(plan.recipientId),
            }),
          );
        } catch (error) {
          log(error);
          report.failed += 1;
          continue;
        }
        await NotificationDigestModel.updateOne({ _id: digestId }, { $set: { sentAt: new Date() } });
        report.sent.push({ to: user.email, notifications: wanted.length });
      }
      return report;
    },
  };
}

export type Digest = ReturnType<typeof createDigest>;
