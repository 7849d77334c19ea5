// npm run jobs:digest — sends the daily digest of notifications now (e.g. from cron, when the
// service does not schedule it itself: DIGEST_SCHEDULE=false). Idempotent: a second run the same
// day sends nothing already sent (see src/services/notifications/digest.ts).
// With the embedded database, stop the service first (the command opens the same data/).
import { loadConfig } from '../src/config';
import { openDatabase } from '../src/db/database';
import { createMailer } from '../src/services/mail/mailer';
import { createDigest } from '../src/services/notifications/digest';
import { createUnsubscribeLinks } from '../src/services/notifications/unsubscribe-links';
import { resolveSessionSecret } from '../src/config/session-secret';
import { runScript } from './run-script';

runScript(async () => {
  const config = loadConfig();
  const database = await openDatabase(config);
  try {
    const digest = createDigest({
      mailer: createMailer(config.mail),
      links: createUnsubscribeLinks(resolveSessionSecret(config), config.publicUrl),
      publicUrl: config.publicUrl,
    });
    const report = await digest.run(new Date());
    for (const sent of report.sent) console.log(`sent to ${sent.to}: ${sent.notifications} notification(s)`);
    console.log(
      `Digest of ${report.day}: ${report.sent.length} e-mail(s) sent, ${report.failed} failed, ` +
        `${report.skipped} skipped (no e-mail wanted), ${report.deferred} already sent today`,
    );
  } finally {
    await database.close();
  }
});
