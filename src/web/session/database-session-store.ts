// express-session's store interface over the stored sessions (services/sessions/session-records.ts).
// Expired sessions are swept periodically (FerretDB has no TTL index); reads ignore them meanwhile.
// Sessions read or written here are kept in memory for a short while: every page would otherwise
// read the database.
import { setNewest } from '../../domain/recent-entries';
import { Store, type SessionData } from 'express-session';
import { type KeptListener, KeptDocuments } from '../../db/kept-documents';
import type { SessionRecords, StoredSession } from '../../services/sessions/session-records';

type Callback<T = void> = (error?: unknown, value?: T) => void;

/**
 * A session's stored expiry is pushed back at most once a minute: every page would otherwise write
 * to the database (idle lifetimes are then exact to the minute).
 */
export const TOUCH_INTERVAL_MS = 60_000;
/** As many expiries remembered as sessions kept (see KeptDocuments): a few dozen bytes each. */
const MAX_REMEMBERED_EXPIRIES = 10_000;

export class DatabaseSessionStore extends Store {
  private sweeper: NodeJS.Timeout | undefined;
  private readonly kept: KeptDocuments<StoredSession>;
  /**
   * Each session's stored expiry as this process last read or wrote it. A touch less than
   * TOUCH_INTERVAL_MS past it writes nothing, even when the kept copy is gone: when pages of one
   * session overlap, each write forgets the copy, and each page's touch would write again (and
   * forget it again). Another instance may have pushed it further since: skipping is then all the
   * more right.
   */
  private readonly storedExpiries = new Map<string, number>();

  /**
   * `recheckMs`: how long a session is served from memory before being read again (another
   * instance may have ended it). Writes made in this process, through this store or not, count at
   * once; another instance's once `changes` tells (the change journal). Each `get` parses the
   * stored data again, since express-session changes the object it is given.
   */
  constructor(
    private readonly records: SessionRecords,
    private readonly defaultLifetimeMs: number,
    recheckMs = 0,
    changes: (listener: KeptListener) => () => void = (listener) =>
      records.onWrites((id) => listener(id, false)),
  ) {
    super();
    this.kept = new KeptDocuments(changes, recheckMs);
  }

  override get(sid: string, callback: Callback<SessionData | null>): void {
    this.kept
      .get(sid, () => this.records.find(sid))
      .then((stored) => {
        if (!stored || stored.expiresAt <= Date.now()) return callback(undefined, null);
        this.rememberExpiry(sid, stored.expiresAt);
        callback(undefined, JSON.parse(stored.data) as SessionData);
      }, callback);
  }

  override set(sid: string, session: SessionData, callback?: Callback): void {
    const data = JSON.stringify(session);
    const stored = { data, expiresAt: this.expiryOf(session).getTime() };
    const written = this.kept.writing(sid, stored);
    this.rememberExpiry(sid, stored.expiresAt);
    this.records.save(sid, stored).then(
      () => {
        written();
        callback?.();
      },
      (error: unknown) => {
        this.forget(sid);
        callback?.(error);
      },
    );
  }

  override touch(sid: string, session: SessionData, callback?: Callback): void {
    const known = this.kept.peek(sid);
    const expiresAt = this.expiryOf(session);
    const stored = Math.max(known?.expiresAt ?? 0, this.storedExpiries.get(sid) ?? 0);
    if (expiresAt.getTime() - stored < TOUCH_INTERVAL_MS) return callback?.();
    this.rememberExpiry(sid, expiresAt.getTime());
    if (!known) {
      this.records.pushExpiry(sid, expiresAt).then(
        () => callback?.(),
        (error: unknown) => {
          this.storedExpiries.delete(sid);
          callback?.(error);
        },
      );
      return;
    }
    // express-session ends the response only once the touch is done: the page does not wait for
    // the database's one connection. The copy kept is the session as written (not read again);
    // should the write fail, it is forgotten and the stored expiry, a minute older at most, stays.
    const written = this.kept.writing(sid, { data: known.data, expiresAt: expiresAt.getTime() });
    callback?.();
    this.records.pushExpiry(sid, expiresAt).then(written, (error: unknown) => {
      this.forget(sid);
      console.error('Session expiry not pushed back:', error);
    });
  }

  override destroy(sid: string, callback?: Callback): void {
    // A logout's redirect may also be followed before the deletion completes.
    this.forget(sid);
    this.records.remove(sid).then(
      () => callback?.(),
      (error: unknown) => callback?.(error),
    );
  }

  /** Deletes expired sessions now; returns how many. */
  sweep(): Promise<number> {
    return this.records.removeExpired();
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
    this.kept.close();
    this.storedExpiries.clear();
  }

  private forget(sid: string): void {
    this.kept.forget(sid);
    this.storedExpiries.delete(sid);
  }

  private rememberExpiry(sid: string, expiresAt: number): void {
    setNewest(this.storedExpiries, sid, expiresAt, MAX_REMEMBERED_EXPIRIES);
  }

  private expiryOf(session: SessionData): Date {
    const expires = session.cookie?.expires;
    return expires ? new Date(expires) : new Date(Date.now() + this.defaultLifetimeMs);
  }
}
