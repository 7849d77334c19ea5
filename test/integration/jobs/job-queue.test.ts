// Stored jobs: run at once by the instance that stores them, retried with backoff after a failure,
// claimed by one instance only, taken over when their instance dies mid-job.
import { JobModel } from '../../../src/models/job';
import { type JobKind, backoffMs, createJobQueue } from '../../../src/services/jobs/job-queue';
import { useTestDatabase } from '../../support/test-database';

useTestDatabase();

const clock = { now: Date.parse('2026-12-03T08:00:00Z') };
const now = () => clock.now;
const quiet = () => {};

afterEach(async () => {
  await JobModel.deleteMany({});
});

/** A kind that records each run, and fails the first `failures` ones. */
function recording(failures = 0, leaseMs = 60_000) {
  const runs: unknown[] = [];
  const kind: JobKind = {
    leaseMs,
    async run(payload) {
      runs.push(payload);
      if (runs.length <= failures) throw new Error('mail server unreachable');
    },
  };
  return { runs, kind };
}

it('runs a job at once and deletes it', async () => {
  const { runs, kind } = recording();
  const queue = createJobQueue({ kinds: { email: kind }, now, log: quiet });
  await queue.enqueue('email', { to: 'a@example.fr' });
  expect(runs).toEqual([{ to: 'a@example.fr' }]);
  expect(await JobModel.countDocuments()).toBe(0);
});

it('keeps a failed job for a retry after a backoff, then abandons it after the last attempt', async () => {
  const { runs, kind } = recording(2);
  const lines: string[] = [];
  const queue = createJobQueue({
    kinds: { email: kind },
    now,
    maxAttempts: 2,
    log: (line) => lines.push(line),
  });
  await queue.enqueue('email', { to: 'b@example.fr' });
  const kept = await JobModel.findOne().lean();
  expect(kept).toMatchObject({ state: 'pending', attempts: 1, lastError: 'mail server unreachable' });
  expect(kept?.runAt.getTime()).toBe(clock.now + backoffMs(1));

  expect(await queue.runDue()).toBe(0); // not due yet
  clock.now += backoffMs(1);
  expect(await queue.runDue()).toBe(1);
  expect(runs).toHaveLength(2);
  expect(await JobModel.countDocuments()).toBe(0);
  expect(lines.at(-1)).toMatch(/abandoned after 2 attempts/);
});

it('retries until it succeeds, never running a done job again', async () => {
  const { runs, kind } = recording(1);
  const queue = createJobQueue({ kinds: { email: kind }, now, log: quiet });
  await queue.enqueue('email', { to: 'c@example.fr' });
  clock.now += backoffMs(1);
  expect(await queue.runDue()).toBe(1);
  clock.now += backoffMs(8);
  expect(await queue.runDue()).toBe(0);
  expect(runs).toHaveLength(2);
});

it('gives a job to one instance only when two poll at once', async () => {
  const { runs, kind } = recording();
  const a = createJobQueue({ kinds: { email: kind }, instanceId: 'a', now, log: quiet });
  const b = createJobQueue({ kinds: { email: kind }, instanceId: 'b', now, log: quiet });
  // Stored by an instance that stopped before trying them.
  for (let index = 0; index < 6; index += 1) await a.enqueue('email', { index }, { runNow: false });

  const [byA, byB] = await Promise.all([a.runDue(), b.runDue()]);

  expect(byA + byB).toBe(6);
  expect(runs.map((payload) => (payload as { index: number }).index).sort()).toEqual([0, 1, 2, 3, 4, 5]);
  expect(await JobModel.countDocuments()).toBe(0);
});

it('leaves the job of an instance killed mid-job to another instance once its lease is over', async () => {
  let started!: () => void;
  const startedRun = new Promise<void>((resolve) => (started = resolve));
  // Instance A dies while running: its run never ends and it never deletes the job.
  const dying: JobKind = {
    leaseMs: 60_000,
    run: () => {
      started();
      return new Promise<void>(() => {});
    },
  };
  const a = createJobQueue({ kinds: { email: dying }, instanceId: 'a', now, log: quiet });
  const { runs, kind } = recording();
  const b = createJobQueue({ kinds: { email: kind }, instanceId: 'b', now, log: quiet });
  void a.enqueue('email', { to: 'd@example.fr' });
  await startedRun;

  expect(await b.runDue()).toBe(0); // A's lease still holds
  clock.now += 60_001;
  expect(await b.runDue()).toBe(1);
  expect(runs).toEqual([{ to: 'd@example.fr' }]);
  expect(await JobModel.countDocuments()).toBe(0);
});

it('runs the jobs of a serial kind one after another', async () => {
  const order: string[] = [];
  const serial: JobKind = {
    leaseMs: 60_000,
    serial: true,
    async run(payload) {
      const { name } = payload as { name: string };
      order.push(`start ${name}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
      order.push(`end ${name}`);
    },
  };
  const queue = createJobQueue({ kinds: { alert: serial }, now, log: quiet });
  await Promise.all([queue.enqueue('alert', { name: '1' }), queue.enqueue('alert', { name: '2' })]);
  expect(order).toEqual(['start 1', 'end 1', 'start 2', 'end 2']);
});
