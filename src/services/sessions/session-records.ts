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
    onWrites: (listener) => onSessionWrites(listener),
  };
}
