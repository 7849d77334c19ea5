// Jobs stored in the database: e-mails and alert evaluations survive a crash and run once across
// instances.
// - `enqueue` writes the job first, then (by default) tries it at once in this instance: an e-mail
//   leaves as quickly as before, and a crash in between leaves it stored for the next poll.
// - A claim is one atomic findOneAndUpdate (pending and due, or running with an expired lease →
//   running, this instance, a new lease): two instances never hold the same job. A job is deleted
//   when done; a failure puts it back with an exponential backoff, until `maxAttempts`.
// - An instance that dies mid-job leaves it `running` until its lease expires; another instance's
//   poll then takes it over. An e-mail can go twice only if the instance dies between the mail
//   server's acceptance and the deletion of the job (a few milliseconds), never because two
//   instances ran it.
// On the embedded database the poll reads the whole (small: done jobs are deleted) collection.
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import { Types } from 'mongoose';
import { operators } from '../../db/trusted-operators';
import { type JobDocument, JobModel } from '../../models/job';

export interface JobKind {
  run(payload: unknown): Promise<void>;
  /** How long a run may take before another instance may take the job over. */
  leaseMs: number;
  /** Runs of this kind one after another in an instance (alert evaluations are CPU work). */
  serial?: boolean;
}

/** done: ran at once; retrying: the first attempt failed, the job waits for its retry; stored: not tried yet. */
export type EnqueueOutcome = 'done' | 'retrying' | 'stored';

export interface JobQueueOptions {
  /** The kinds known at creation; services add theirs with `define`. */
  kinds?: Record<string, JobKind>;
  /** Distinguishes this instance's claims (tests give two queues two names). */
  instanceId?: string;
  now?: () => number;
  maxAttempts?: number;
  log?: (line: string) => void;
}

const DEFAULT_MAX_ATTEMPTS = 8;

/** 30 s, 1 min, 2 min… up to an hour between attempts (8 attempts span about two hours). */
export const backoffMs = (attempts: number): number => Math.min(30_000 * 2 ** (attempts - 1), 3_600_000);

export function createJobQueue(options: JobQueueOptions) {
  const instanceId = options.instanceId ?? `${hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`;
  const now = options.now ?? Date.now;
  const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const log = options.log ?? ((line: string) => console.error(line));
  const kinds = new Map(Object.entries(options.kinds ?? {}));
  const inFlight = new Set<Promise<void>>();
  const chains = new Map<string, Promise<void>>();
  let timer: NodeJS.Timeout | undefined;

  const kindOf = (name: string): JobKind => {
    const kind = kinds.get(name);
    if (!kind) throw new Error(`Unknown job kind: ${name}`);
    return kind;
  };

  const claimUpdate = (kind: JobKind) => ({
    $set: { state: 'running', claimedBy: instanceId, leaseUntil: new Date(now() + kind.leaseMs) },
    $inc: { attempts: 1 },
  });

  const finish = async (job: JobDocument, error: unknown): Promise<void> => {
    const mine = { _id: job._id, claimedBy: instanceId };
    if (error === undefined) {
      await JobModel.deleteOne(mine);
      return;
    }
    const reason = error instanceof Error ? error.message : String(error);
    if (job.attempts >= maxAttempts) {
      log(`Job ${String(job._id)} (${job.kind}) abandoned after ${job.attempts} attempts: ${reason}`);
      await JobModel.deleteOne(mine);
      return;
    }
    log(`Job ${String(job._id)} (${job.kind}) failed (attempt ${job.attempts}), retried later: ${reason}`);
    await JobModel.updateOne(mine, {
      $set: {
        state: 'pending',
        runAt: new Date(now() + backoffMs(job.attempts)),
        claimedBy: null,
        leaseUntil: null,
        lastError: reason.slice(0, 500),
      },
    });
  };

  const execute = async (job: JobDocument): Promise<void> => {
    let failure: unknown;
    try {
      await kindOf(job.kind).run(job.payload);
    } catch (error) {
      failure = error ?? new Error('failed');
    }
    await finish(job, failure);
  };

  /** Runs a claimed job, after the previous one of its kind when the kind is serial. */
  const run = (job: JobDocument): Promise<void> => {
    const kind = kindOf(job.kind);
    const previous = kind.serial ? (chains.get(job.kind) ?? Promise.resolve()) : Promise.resolve();
    const running = previous.then(() => execute(job)).catch((error: unknown) => log(String(error)));
    if (kind.serial) chains.set(job.kind, running);
    inFlight.add(running);
    void running.finally(() => inFlight.delete(running));
    return running;
  };

  const claimById = async (id: Types.ObjectId, kind: JobKind): Promise<JobDocument | null> =>
    (await JobModel.findOneAndUpdate({ _id: id, state: 'pending' }, claimUpdate(kind), {
      returnDocument: 'after',
    }).lean()) as JobDocument | null;

  /** Claims one due job of any kind (pending and due, or abandoned by its instance). */
  const claimDue = async (): Promise<JobDocument | null> => {
    const at = new Date(now());
    const due = await JobModel.findOne(
      {
        $or: [
          { state: 'pending', runAt: operators({ $lte: at }) },
          { state: 'running', leaseUntil: operators({ $lte: at }) },
        ],
      },
      { _id: 1, kind: 1, state: 1, leaseUntil: 1 },
    ).lean();
    if (!due) return null;
    // The claim repeats the condition: another instance may have taken the job in between.
    const filter: Record<string, unknown> =
      due.state === 'pending'
        ? { _id: due._id, state: 'pending' }
        : { _id: due._id, state: 'running', leaseUntil: due.leaseUntil };
    const claimed = await JobModel.findOneAndUpdate(filter, claimUpdate(kindOf(due.kind)), {
      returnDocument: 'after',
    }).lean();
    return (claimed as JobDocument | null) ?? (await claimDue());
  };

  return {
    instanceId,

    define(name: string, kind: JobKind): void {
      kinds.set(name, kind);
    },

    /**
     * Stores a job; with `runNow` (the default) this instance tries it at once and the promise
     * resolves after that first attempt (an e-mail is in the outbox when a request answers), with
     * what became of it.
     */
    async enqueue(kind: string, payload: unknown, { runNow = true } = {}): Promise<EnqueueOutcome> {
      const definition = kindOf(kind);
      const { _id } = await JobModel.create({
        kind,
        payload,
        state: 'pending',
        runAt: new Date(now()),
        createdAt: new Date(now()),
      });
      if (!runNow) return 'stored';
      const claimed = await claimById(_id, definition);
      if (!claimed) return 'stored';
      await run(claimed);
      return (await JobModel.exists({ _id })) ? 'retrying' : 'done';
    },

    /** Claims and runs every due job (a poll); resolves with how many this instance ran. */
    async runDue(): Promise<number> {
      let count = 0;
      for (let job = await claimDue(); job; job = await claimDue()) {
        count += 1;
        // Serial kinds queue behind each other; others run side by side with the next claim.
        void run(job);
      }
      await this.idle();
      return count;
    },

    startPolling(intervalMs: number): void {
      if (timer) return;
      const tick = () =>
        void this.runDue().catch((error: unknown) => log(`Job poll failed: ${String(error)}`));
      timer = setInterval(tick, intervalMs);
      timer.unref();
    },

    stopPolling(): void {
      clearInterval(timer);
      timer = undefined;
    },

    /** Resolves when every run started so far in this instance is over (tests, shutdown). */
    async idle(): Promise<void> {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
  };
}

export type JobQueue = ReturnType<typeof createJobQueue>;
