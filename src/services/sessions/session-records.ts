// The stored browser sessions: what the web layer's session store reads and writes. Expired
// sessions are deleted by `removeExpired` (FerretDB has no TTL index).
import { operators } from '../../db/trusted-operators';
import { SessionModel, onSessionWrites } from '../../models/session';

/** A session as stored: its serialised data and its expiry (epoch milliseconds). */
export interface StoredSession {
  data: string;
  expiresAt: number;
}

export interface SessionRecords {
  find(sid: string): Promise<StoredSession | undefined>;
  /** Writes the whole session (created if new). */
  save(sid: string, session: StoredSession): Promise<void>;
  pushExpiry(sid: string, expiresAt: Date): Promise<void>;
  remove(sid: string): Promise<void>;
  /** Deletes the sessions expired by now; returns how many. */
  removeExpired(): Promise<number>;
  /**
   * The sessions signed in as this account, with their expiry. Reads every session (the account id is
   * inside the serialised data): for the account export and deletion only, never a page view.
   */
  ofAccount(userId: string): Promise<{ sid: string; expiresAt: Date }[]>;
  /**
   * Tells every write of a session made in this process (its id; `undefined`: maybe several);
   * returns the unsubscription.
   */
  onWrites(listener: (sid: string | undefined) => void): () => void;
}

export function createSessionRecords(): SessionRecords {
  return {
    async find(sid) {
      const stored = await SessionModel.findById(sid).lean();
      return stored ? { data: stored.data, expiresAt: stored.expiresAt.getTime() } : undefined;
    },
    async save(sid, { data, expiresAt }) {
      await SessionModel.replaceOne(
        { _id: sid },
        { _id: sid, data, expiresAt: new Date(expiresAt) },
        { upsert: true },
      );
    },
    async pushExpiry(sid, expiresAt) {
      await SessionModel.updateOne({ _id: sid }, { $set: { expiresAt } });
    },
    async remove(sid) {
      await SessionModel.deleteOne({ _id: sid });
    },
    async removeExpired() {
      const result = await SessionModel.deleteMany({ expiresAt: operators({ $lte: new Date() }) });
      return result.deletedCount;
    },
    async ofAccount(userId) {
      const stored = await SessionModel.find({}, { data: 1, expiresAt: 1 }).lean();
      return stored
        .filter((session) => signedInAccount(session.data) === userId)
        .map((session) => ({ sid: session._id, expiresAt: session.expiresAt }));
    },
    onWrites: (listener) => onSessionWrites(listener),
  };
}

/** The account id passport keeps in a session's data (`<id>:<credentials version>`), if any. */
function signedInAccount(data: string): string | undefined {
  try {
    const user = (JSON.parse(data) as { passport?: { user?: unknown } }).passport?.user;
    return typeof user === 'string' ? user.split(':')[0] : undefined;
  } catch {
    return undefined;
  }
}
