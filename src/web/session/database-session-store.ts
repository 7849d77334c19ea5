// express-session store on the application's own database connection. Expired sessions are
// swept periodically (FerretDB has no TTL index); reads ignore them meanwhile. Sessions read or
// written here are kept in memory for a short while: every page would otherwise read the database.
import { Store, type SessionData } from 'express-session';
import { SessionModel, onSessionWrites } from '../../models/session';

type Callback<T = void> = (error?: unknown, value?: T) => void;

/**
 * A session's stored expiry is pushed back at most once a minute: every page would otherwise write
 * to the database (idle lifetimes are then exact to the minute).
 */
export const TOUCH_INTERVAL_MS = 60_000;
const MAX_KEPT = 10_000;

interface Kept {
  /** As stored: each `get` parses it again, since express-session changes the object it is given. */
  data: string;
  /** The expiry stored in the database. */
  expiresAt: number;
  readAt: number;
}

export class DatabaseSessionStore extends Store {
  private sweeper: NodeJS.Timeout | undefined;
  private readonly kept = new Map<string, Kept>();
  /** Grows at every write signal: a read that overlapped a write does not keep what it read. */
  private generation = 0;
  private readonly stopListening: () => void;

  /**
   * `recheckMs`: how long a session is served from memory before being read again (another
   * instance may have ended it). Writes made in this process, through this store or not, count at once.
   */
  constructor(
    private readonly defaultLifetimeMs: number,
    private readonly recheckMs = 0,
  ) {
    super();
    this.stopListening = onSessionWrites((sid) => {
      this.generation += 1;
      if (sid === undefined) this.kept.clear();
      else this.kept.delete(sid);
    });
  }

  override get(sid: string, callback: Callback<SessionData | null>): void {
    const now = Date.now();
    const known = this.kept.get(sid);
    if (known && now - known.readAt < this.recheckMs) {
      if (known.expiresAt <= now) return callback(undefined, null);
      return callback(undefined, JSON.parse(known.data) as SessionData);
    }
    const generation = this.generation;
    SessionModel.findById(sid)
      .lean()
      .then((stored) => {
        if (!stored) {
          this.kept.delete(sid);
          return callback(undefined, null);
        }
        if (generation === this.generation)
          this.keep(sid, { data: stored.data, expiresAt: stored.expiresAt.getTime(), readAt: now });
        if (stored.expiresAt.getTime() <= Date.now()) return callback(undefined, null);
        callback(undefined, JSON.parse(stored.data) as SessionData);
      }, callback);
  }

  override set(sid: string, session: SessionData, callback?: Callback): void {
    const data = JSON.stringify(session);
    const expiresAt = this.expiryOf(session);
    SessionModel.replaceOne({ _id: sid }, { _id: sid, data, expiresAt }, { upsert: true }).then(
      () => {
        this.keep(sid, { data, expiresAt: expiresAt.getTime(), readAt: Date.now() });
        callback?.();
      },
      (error: unknown) => callback?.(error),
    );
  }

  override touch(sid: string, session: SessionData, callback?: Callback): void {
    const known = this.kept.get(sid);
    const expiresAt = this.expiryOf(session);
    if (known && expiresAt.getTime() - known.expiresAt < TOUCH_INTERVAL_MS) return callback?.();
    SessionModel.updateOne({ _id: sid }, { $set: { expiresAt } }).then(
      () => {
        if (known) this.keep(sid, { ...known, expiresAt: expiresAt.getTime() });
        callback?.();
      },
      (error: unknown) => callback?.(error),
    );
  }

  override destroy(sid: string, callback?: Callback): void {
    SessionModel.deleteOne({ _id: sid }).then(
      () => callback?.(),
      (error: unknown) => callback?.(error),
    );
  }

  /** Deletes expired sessions now; returns how many. */
  async sweep(): Promise<number> {
    const result = await SessionModel.deleteMany({ expiresAt: { $lte: new Date() } });
    return result.deletedCount;
  }

  startSweeping(intervalMs: number): void {
    this.stopSweeping();
    this.sweeper = setInterval(() => {
      this.sweep().catch((error: unknown) => console.error('Session sweep failed:', error));
    }, intervalMs);
    this.sweeper.unref();
  }

  stopSweeping(): void {
    clearInterval(this.sweeper);
  }

  /** Stops the sweeps and forgets the sessions kept (the store is not used after this). */
  close(): void {
    this.stopSweeping();
    this.stopListening();
    this.kept.clear();
  }

  private keep(sid: string, entry: Kept): void {
    // The oldest first out: a Map iterates in insertion order.
    this.kept.delete(sid);
    if (this.kept.size >= MAX_KEPT) this.kept.delete(this.kept.keys().next().value as string);
    this.kept.set(sid, entry);
  }

  private expiryOf(session: SessionData): Date {
    const expires = session.cookie?.expires;
    return expires ? new Date(expires) : new Date(Date.now() + this.defaultLifetimeMs);
  }
}
