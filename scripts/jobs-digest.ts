// npm run jobs:digest — sends the daily digest of notifications now (e.g. from cron, when the
// service does not schedule it itself: DIGEST_SCHEDULE=false), then the check-in e-mails due.
// Idempotent: a second run the same day sends nothing already sent (see
// src/services/notifications/digest.ts and src/services/retention/check-in-reminders.ts).
// With the embedded database, stop the service first (the command opens the same data/).
import { loadConfig } from '../src/config';
import { openDatabase } from '../src/db/database';
import { CommuneModel } from '../src/models/commune';
import { ConversationModel } from '../src/models/conversation';
import { SUMMARY_FIELDS, toConversationSummary } from '../src/services/contacts/conversation-view';
import { createJobQueue } from '../src/services/jobs/job-queue';
import { createMailer } from '../src/services/mail/mailer';
import { createQueuedMailer } from '../src/services/mail/queued-mailer';
import { createDigest } from '../src/services/notifications/digest';
import { createUnsubscribeLinks } from '../src/services/notifications/unsubscribe-links';
import { resolveSessionSecret } from '../src/config/session-secret';
import { createCheckInLinkSigner } from '../src/services/retention/check-in-links';
import { createCheckInReminders } from '../src/services/retention/check-in-reminders';
import { runScript } from './run-script';

runScript(async () => {
  const config = loadConfig();
  const database = await openDatabase(config);
  try {
    const links = createUnsubscribeLinks(resolveSessionSecret(config), config.publicUrl);
    const digest = createDigest({ mailer: createMailer(config.mail), links, publicUrl: config.publicUrl });
    const now = new Date();
    const report = await digest.run(now);
    for (const sent of report.sent) console.log(`sent to ${sent.to}: ${sent.notifications} notification(s)`);
    console.log(
      `Digest of ${report.day}: ${report.sent.length} e-mail(s) sent, ${report.failed} failed, ` +
        `${report.skipped} skipped (no e-mail wanted), ${report.deferred} already sent today`,
    );
    // Check-in e-mails go through the stored job queue: one the mail server refuses now is retried
    // by the service's poll.
    const conversations = (await ConversationModel.find({}, SUMMARY_FIELDS).lean()).map(
      toConversationSummary,
    );
    const checkIns = await createCheckInReminders({
      conversations: () => conversations,
      mailer: createQueuedMailer(createJobQueue({}), createMailer(config.mail)),
      links: createCheckInLinkSigner(resolveSessionSecret(config), config.publicUrl),
      unsubscribe: links,
      communeName: async (code) => (await CommuneModel.findById(code, { nom: 1 }).lean())?.nom ?? code,
      publicUrl: config.publicUrl,
    }).run(now);
    console.log(
      `Check-in e-mails: ${checkIns.sent} sent, ${checkIns.failed} failed, ${checkIns.skipped} skipped (no e-mail wanted)`,
    );
  } finally {
    await database.close();
  }
});
