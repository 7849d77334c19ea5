// Rate limits counted in the database, so that every instance of the service shares them. Fixed
// windows: one document per limit, key and window (its `_id`), changed by one atomic operator by
// `_id` (FerretDB with the app's single connection, or MongoDB). Two ways of counting:
// - `hit`: every use counts on arrival (messages, sign-ups, open data requests);
// - `failuresOnly`: only failures count (wrong passwords): checked before and after the attempt, so
//   that correct logins from one address never lock it and a refused attempt never counts.
// The first refusal of a key in a window goes to the journal ('limite-atteinte'), no other.
import { createHash } from 'node:crypto';
import { RateLimitCounterModel } from '../../models/rate-limit-counter';
import type { AuditEntry, AuditLog } from '../audit/audit-log';
import { operators } from '../../db/trusted-operators';

export interface Limit {
  /** Named in the journal and in the stored `_id`s, e.g. 'messages-par-minute'. */
  name: string;
  max: number;
  windowMs: number;
}

/** Who acted and on what, for the journal entry of a refusal. */
export type Journal = Pick<AuditEntry, 'actor' | 'target'>;

/** One limit applied to one key (an account, a network address, a conversation…). */
export interface Counted {
  limit: Limit;
  /** Stored hashed: the counters hold no address or e-mail in clear. */
  key: string;
  /** Called for the journal only, at most once per key and window. */
  journal: () => Promise<Journal>;
}

export interface RateLimited {
  ok: false;
  reason: 'rate-limited';
  /** When every refusing window has ended. */
  retryAfterSeconds: number;
}

export type LimitOutcome = { ok: true } | RateLimited;

/** A failures-only attempt: its value, a failure (counted), or a refusal (not counted). */
export type GuardedOutcome<T> = { ok: true; value: T } | { ok: false; reason: 'failed' } | RateLimited;

export const isRateLimited = (outcome: { ok: boolean; reason?: unknown }): outcome is RateLimited =>
  !outcome.ok && outcome.reason === 'rate-limited';

export const LIMIT_REACHED_ACTION = 'limite-atteinte';

const SWEEP_BATCH = 1000;

export interface RateLimiterDeps {
  audit: Pick<AuditLog, 'record'>;
  /** Milliseconds since the epoch (tests move it past a window). */
  now?: () => number;
  log?: (error: unknown) => void;
}

const hashed = (key: string) => createHash('sha256').update(key).digest('base64url').slice(0, 22);

/** "10 en 1 minute", "200 en 24 heures": the journal's description of a limit. */
const described = ({ name, max, windowMs }: Limit) => {
  const minutes = Math.round(windowMs / 60_000);
  const window =
    minutes % 60 === 0
      ? `${minutes / 60} heure${minutes > 60 ? 's' : ''}`
      : `${minutes} minute${minutes > 1 ? 's' : ''}`;
  return `${name} : ${max} en ${window}`;
};

export function createRateLimiter(deps: RateLimiterDeps) {
  const now = deps.now ?? Date.now;
  const log = deps.log ?? ((error: unknown) => console.error('Rate limit journal failed:', error));
  let sweeper: NodeJS.Timeout | undefined;

  const windowOf = ({ limit, key }: Counted, at: number) => {
    const index = Math.floor(at / limit.windowMs);
    return { id: `${limit.name}:${hashed(key)}:${index}`, endsAt: (index + 1) * limit.windowMs };
  };

  const journalise = async (counted: Counted) => {
    try {
      await deps.audit.record({
        ...(await counted.journal()),
        action: LIMIT_REACHED_ACTION,
        details: described(counted.limit),
      });
    } catch (error) {
      log(error);
    }
  };

  /** Refused until the last of the refusing windows ends; allowed if none refused. */
  const outcomeOf = (refusedUntil: (number | undefined)[], at: number): LimitOutcome => {
    const ends = refusedUntil.filter((end) => end !== undefined);
    if (ends.length === 0) return { ok: true };
    return {
      ok: false,
      reason: 'rate-limited',
      retryAfterSeconds: Math.ceil((Math.max(...ends) - at) / 1000),
    };
  };

  /** Refused (and the first refusal journalised) if any key has reached its maximum; counts nothing. */
  const check = async (counted: readonly Counted[]): Promise<LimitOutcome> => {
    const at = now();
    const refusedUntil = await Promise.all(
      counted.map(async (one) => {
        const window = windowOf(one, at);
        const stored = await RateLimitCounterModel.findById(window.id).lean();
        if ((stored?.count ?? 0) < one.limit.max) return undefined;
        const marked = await RateLimitCounterModel.findByIdAndUpdate(
          window.id,
          { $inc: { refused: 1 } },
          { returnDocument: 'after' },
        ).lean();
        if (marked?.refused === 1) await journalise(one);
        return window.endsAt;
      }),
    );
    return outcomeOf(refusedUntil, at);
  };

  const fail = async (counted: readonly Counted[]): Promise<void> => {
    const at = now();
    await Promise.all(
      counted.map((one) => {
        const window = windowOf(one, at);
        return RateLimitCounterModel.updateOne(
          { _id: window.id },
          { $inc: { count: 1 }, $setOnInsert: { expiresAt: new Date(window.endsAt) } },
          { upsert: true },
        );
      }),
    );
  };

  /** Deletes the counters of ended windows, in batches (FerretDB refuses very large deletions). */
  const sweep = async (): Promise<number> => {
    let deleted = 0;
    for (;;) {
      const ended = await RateLimitCounterModel.find(
        { expiresAt: operators({ $lte: new Date(now()) }) },
        { _id: 1 },
      )
        .limit(SWEEP_BATCH)
        .lean();
      if (ended.length === 0) return deleted;
      const result = await RateLimitCounterModel.deleteMany({
        _id: operators({ $in: ended.map(({ _id }) => _id) }),
      });
      deleted += result.deletedCount;
      if (ended.length < SWEEP_BATCH) return deleted;
    }
  };

  return {
    /** Counts one use against each limit; refused if any is now past its maximum. */
    async hit(counted: readonly Counted[]): Promise<LimitOutcome> {
      const at = now();
      const refusedUntil = await Promise.all(
        counted.map(async (one) => {
          const window = windowOf(one, at);
          const stored = await RateLimitCounterModel.findOneAndUpdate(
            { _id: window.id },
            { $inc: { count: 1 }, $setOnInsert: { expiresAt: new Date(window.endsAt) } },
            { upsert: true, returnDocument: 'after' },
          ).lean();
          const count = stored?.count ?? 1;
          if (count <= one.limit.max) return undefined;
          // Exactly one request sees the first count past the maximum.
          if (count === one.limit.max + 1) await journalise(one);
          return window.endsAt;
        }),
      );
      return outcomeOf(refusedUntil, at);
    },

    /**
     * Runs `attempt` (a password check: undefined when wrong) unless a key is locked. A failure counts
     * against every key; a success is refused too if a lock was reached meanwhile (guesses sent at
     * once all pass the first check: the right one must not win past the limit). Refusals never count.
     */
    async failuresOnly<T>(
      counted: readonly Counted[],
      attempt: () => Promise<T | undefined>,
    ): Promise<GuardedOutcome<T>> {
      const before = await check(counted);
      if (!before.ok) return before;
      const value = await attempt();
      if (value === undefined) {
        await fail(counted);
        return { ok: false, reason: 'failed' };
      }
      const after = await check(counted);
      return after.ok ? { ok: true, value } : after;
    },

    /**
     * True for the first caller per key in `gapMs`, false for the others until then (e.g. one e-mail
     * per conversation and recipient every few minutes). One read when refused; one atomic `$max`
     * decides between callers that read at the same time.
     */
    async pace(name: string, key: string, gapMs: number): Promise<boolean> {
      const id = `${name}:${hashed(key)}`;
      const at = now();
      const known = await RateLimitCounterModel.findById(id).lean();
      if (known && known.expiresAt.getTime() > at) return false;
      const before = await RateLimitCounterModel.findByIdAndUpdate(
        id,
        { $max: { expiresAt: new Date(at + gapMs) } },
        { upsert: true, returnDocument: 'before' },
      ).lean();
      return !before || before.expiresAt.getTime() <= at;
    },

    sweep,

    startSweeping(intervalMs: number): void {
      clearInterval(sweeper);
      sweeper = setInterval(() => {
        sweep().catch((error: unknown) => console.error('Rate limit sweep failed:', error));
      }, intervalMs);
      sweeper.unref();
    },

    stopSweeping(): void {
      clearInterval(sweeper);
    },
  };
}

export type RateLimiter = ReturnType<typeof createRateLimiter>;
