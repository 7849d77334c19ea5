// The in-service schedule of the digest, on Jest's fake clock: it runs at the next DIGEST_HOUR in
// Paris, then again the next day, and stops cleanly (waiting for a run in progress).
import type { DigestReport } from '../../../src/services/notifications/digest';
import { startDigestSchedule } from '../../../src/services/notifications/digest-schedule';

const report = (day: string): DigestReport => ({ day, sent: [], skipped: 0, deferred: 0, failed: 0 });

afterEach(() => jest.useRealTimers());

it('runs every day at the hour, Paris time, until stopped', async () => {
  jest.useFakeTimers({ now: new Date('2026-01-15T05:00:00Z') });
  const runs: string[] = [];
  const lines: string[] = [];
  const schedule = startDigestSchedule(
    async (now) => {
      runs.push(now.toISOString());
      return report(now.toISOString().slice(0, 10));
    },
    7,
    (line) => lines.push(line),
  );
  await jest.advanceTimersByTimeAsync(59 * 60_000);
  expect(runs).toEqual([]);
  await jest.advanceTimersByTimeAsync(60_000);
  expect(runs).toEqual(['2026-01-15T06:00:00.000Z']);
  await jest.advanceTimersByTimeAsync(24 * 3_600_000);
  expect(runs).toEqual(['2026-01-15T06:00:00.000Z', '2026-01-16T06:00:00.000Z']);
  expect(lines).toEqual([
    'Daily digest 2026-01-15: 0 e-mail(s) sent, 0 failed',
    'Daily digest 2026-01-16: 0 e-mail(s) sent, 0 failed',
  ]);
  await schedule.stop();
  await jest.advanceTimersByTimeAsync(48 * 3_600_000);
  expect(runs).toHaveLength(2);
});
