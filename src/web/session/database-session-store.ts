// express-session store on the application's own database connection. Expired sessions are
// swept periodically (FerretDB has no TTL index); reads ignore them meanwhile.
import { Store, type SessionData } from 'express-session';
import { SessionModel } from '../../models/session';

type Callback<T = void> = (error?: unknown, value?: T) => void;

/**
 * A session's stored expiry is pushed back at most once a minute: every page would otherwise write
 * to the database (idle lifetimes are then exact to the minute).
 */
export const TOUCH_INTERVAL_MS = 60_000;
/** Expiries read by `get`, for the `touch` of the same request; bounded in case no touch follows. */
const MAX_REMEMBERED_EXPIRIES = 10_000;

export class DatabaseSessionStore extends Store {
  private sweeper: NodeJS.Timeout | undefined;
  private readonly storedExpiries = new Map<string, number>();

  constructor(private readonly defaultLifetimeMs: number) {
    super();
  }

  override get(sid: string, callback: Callback<SessionData | null>): void {
    SessionModel.findById(sid)
      .lean()
      .then((stored) => {
        if (!stored || stored.expiresAt.getTime() <= Date.now()) return callback(undefined, null);
        if (this.storedExpiries.size >= MAX_REMEMBERED_EXPIRIES) this.storedExpiries.clear();
        this.storedExpiries.set(sid, stored.expiresAt.getTime());
        callback(undefined, JSON.parse(stored.data) as SessionData);
      }, callback);
  }

  override set(sid: string, session: SessionData, callback?: Callback): void {
    this.storedExpiries.delete(sid);
    SessionModel.replaceOne(
      { _id: sid },
      { _id: sid, data: JSON.stringify(session), expiresAt: this.expiryOf(session) },
      { upsert: true },
    ).then(
      () => callback?.(),
      (error: unknown) => callback?.(error),
    );
  }

  override touch(sid: string, session: SessionData, callback?: Callback): void {
    const stored = this.storedExpiries.get(sid);
    this.storedExpiries.delete(sid);
    const expiresAt = this.expiryOf(session);
    if (stored !== undefined && expiresAt.getTime() - stored < TOUCH_INTERVAL_MS) return callback?.();
    SessionModel.updateOne({ _id: sid }, { $set: { expiresAt } }).then(
      () => callback?.(),
      (error: unknown) => callback?.(error),
    );
  }

  override destroy(sid: string, callback?: Callback): void {
    this.storedExpiries.delete(sid);
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

  private expiryOf(session: SessionData): Date {
    const expires = session.cookie?.expires;
    return expires ? new Date(expires) : new Date(Date.now() + this.defaultLifetimeMs);
  }
}
