// The check-in e-mails: a pass (run with the daily digest, in the service or by npm run jobs:digest)
// that e-mails each professional whose installation has a check-in due, once per check-in.
//
// Once, across runs and instances: before sending, the pass claims the check-in with one atomic
// update of the installation's record (add the check-in to `emailed` unless it is there; upsert on
// `_id`, so two instances creating the record collide on the key and one loses). Only the winner
// hands the e-mail to the queued mailer (a stored job, retried until it leaves). A crash between
// the claim and the job's storage loses that e-mail: the check-in stays asked on « Mes installations ».
import { Types } from 'mongoose';
import { operators } from '../../db/trusted-operators';
import { preferencesOf } from '../../domain/notifications/notification-preferences';
import { type CheckInMonth, checkInToEmail } from '../../domain/retention/check-in-schedule';
import { CheckInModel } from '../../models/check-in';
import { UserModel } from '../../models/user';
import type { ConversationView } from '../contacts/conversation-view';
import { MailDeferredError } from '../mail/queued-mailer';
import type { Mailer } from '../mail/mailer';
import { EMAILED_STATUSES } from '../notifications/notifier';
import type { UnsubscribeLinks } from '../notifications/unsubscribe-links';
import { checkInEmail } from './check-in-emails';
import type { CheckInLinkSigner } from './check-in-links';
import { toCheckInView } from './check-in-read-model';
import { confirmationOf } from './check-ins';

type Installation = Pick<ConversationView, 'id' | 'professionalId' | 'communeCode' | 'history'>;

export interface CheckInReminderReport {
  /** E-mails handed to the mail queue. */
  sent: number;
  /** Check-ins due whose person wants no e-mail (or whose account is not active): asked in the service only. */
  skipped: number;
  /** E-mails that could not even be queued (logged). */
  failed: number;
}

export interface CheckInReminderDeps {
  /** Every conversation (the confirmed installations are found among them). */
  conversations: () => Iterable<Installation>;
  mailer: Mailer;
  links: Pick<CheckInLinkSigner, 'urlFor'>;
  unsubscribe: UnsubscribeLinks;
  communeName: (code: string) => string | Promise<string>;
  publicUrl: string;
  log?: (error: unknown) => void;
}

/** True for the one caller that added `checkIn` to the installation's e-mailed check-ins. */
async function claim(installation: Installation, checkIn: CheckInMonth): Promise<boolean> {
  try {
    const result = await CheckInModel.updateOne(
      { _id: installation.id, emailed: operators({ $ne: checkIn }) },
      {
        $push: { emailed: checkIn },
        $setOnInsert: { professionalId: new Types.ObjectId(installation.professionalId) },
      },
      { upsert: true },
    );
    return result.modifiedCount + result.upsertedCount === 1;
  } catch (error) {
    // The record exists with the check-in claimed: the upsert's insert hit the key.
    if ((error as { code?: number }).code === 11000) return false;
    throw error;
  }
}

export function createCheckInReminders(deps: CheckInReminderDeps) {
  const log = deps.log ?? ((error: unknown) => console.error('Check-in e-mail failed:', error));
  return {
    async run(now = new Date()): Promise<CheckInReminderReport> {
      const report: CheckInReminderReport = { sent: 0, skipped: 0, failed: 0 };
      for (const installation of [...deps.conversations()]) {
        const confirmation = confirmationOf(installation);
        if (!confirmation) continue;
        const stored = await CheckInModel.findById(installation.id).lean();
        const emailed = (stored?.emailed ?? []) as CheckInMonth[];
        const checkIn = checkInToEmail(
          confirmation.at,
          stored ? toCheckInView(stored).answers : [],
          emailed,
          now,
        );
        if (checkIn === null) continue;
        const user = await UserModel.findById(installation.professionalId, {
          email: 1,
          status: 1,
          notificationPreferences: 1,
        }).lean();
        if (
          !user ||
          !EMAILED_STATUSES.has(user.status) ||
          preferencesOf(user.notificationPreferences).general === 'aucun'
        ) {
          report.skipped += 1;
          continue;
        }
        if (!(await claim(installation, checkIn))) continue;
        const link = deps.links.urlFor(installation.id, checkIn, now);
        const message = checkInEmail(
          user.email,
          {
            checkIn,
            commune: await deps.communeName(confirmation.communeCode),
            stillThereUrl: link.url,
            expiresAt: link.expiresAt,
            installationUrl: `${deps.publicUrl}/professionnel/installations#installation-${installation.id}`,
          },
          { publicUrl: deps.publicUrl, unsubscribeUrl: deps.unsubscribe.urlFor(installation.professionalId) },
        );
        try {
          await deps.mailer.send(message);
        } catch (error) {
          // Deferred: stored and retried by the job queue, so it counts as sent.
          if (!(error instanceof MailDeferredError)) {
            log(error);
            report.failed += 1;
            continue;
          }
        }
        report.sent += 1;
      }
      return report;
    },
  };
}

export type CheckInReminders = ReturnType<typeof createCheckInReminders>;
