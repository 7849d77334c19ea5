// The digest inside the service (DIGEST_SCHEDULE=true): once a day at DIGEST_HOUR, Paris time.
// Several instances may each run it: the digest itself never sends twice (see digest.ts).
import { nextDailyRun } from '../../domain/notifications/daily-schedule';
import type { DigestReport } from './digest';

export interface DigestSchedule {
  /** Stops the timer and waits for a run in progress (before the database closes). */
  stop(): Promise<void>;
}

export function startDigestSchedule(
  runDigest: (now: Date) => Promise<DigestReport>,
  hour: number,
  log: (line: string) => void,
): DigestSchedule {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;

  const schedule = () => {
    if (stopped) return;
    const next = nextDailyRun(new Date(), hour);
    timer = setTimeout(() => {
      running = runDigest(new Date()).then(
        (report) =>
          log(`Daily digest ${report.day}: ${report.sent.length} e-mail(s) sent, ${report.failed} failed`),
        (error: unknown) => console.error('Daily digest failed:', error),
      );
      void running.then(schedule);
    }, next.getTime() - Date.now());
    // The schedule alone never keeps the process alive.
    timer.unref();
  };
  schedule();

  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
