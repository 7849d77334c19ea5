// Reads and writes of conversations: the database first, then the read model.
// FerretDB has no transactions: an edit (a status, a closing, an assignment) names the revision it
// was computed from, and is recomputed from the stored document when someone else wrote in between.
// Appending a message is atomic instead ($push, read marks by $max): it commutes with any other
// append, so two people writing at the same second never refuse each other.
import type { UpdateQuery } from 'mongoose';
import { ConversationModel } from '../../models/conversation';
import type { RateLimited } from '../limits/rate-limiter';
import type { ConversationReadModel } from './conversation-read-model';
import { type ConversationView, toConversationView } from './conversation-view';

/**
 * What a change computes from the current conversation: an update, or why not (a reason code). An
 * `append` update is applied whatever was written since it was computed (see above).
 */
export type Change<Refusal extends string> =
  { update: UpdateQuery<unknown>; append?: true } | { refusal: Refusal };

/** No such conversation; or others kept writing in between, every attempt (reload and retry). */
export type StoreRefusal = 'not-found' | 'conflict';

export type WriteResult<Refusal extends string> =
  | { ok: true; conversation: ConversationView }
  | { ok: false; reason: Refusal | StoreRefusal }
  /** Too many messages (per account or conversation): nothing written. */
  | RateLimited;

const ATTEMPTS = 5;

export function createConversationStore(readModel: ConversationReadModel) {
  return {
    /** The stored conversation (fresh from the database, by `_id`), refreshed in memory. */
    async load(id: string): Promise<ConversationView | undefined> {
      if (!/^[0-9a-f]{24}$/.test(id)) return undefined;
      const stored = await ConversationModel.findById(id).lean();
      if (!stored) return undefined;
      const conversation = toConversationView(stored);
      readModel.refreshFull(conversation);
      return conversation;
    },

    /** Applies `change` to the current conversation, retrying when another write came first. */
    async write<Refusal extends string>(
      id: string,
      change: (current: ConversationView) => Change<Refusal>,
    ): Promise<WriteResult<Refusal>> {
      for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
        const current = await this.load(id);
        if (!current) return { ok: false, reason: 'not-found' };
        const computed = change(current);
        if ('refusal' in computed) return { ok: false, reason: computed.refusal };
        const update = { ...computed.update, $inc: { revision: 1 } };
        const stored = await ConversationModel.findOneAndUpdate(
          computed.append ? { _id: id } : { _id: id, revision: current.revision },
          update,
          { returnDocument: 'after' },
        ).lean();
        if (stored) {
          const conversation = toConversationView(stored);
          readModel.putFull(conversation);
          return { ok: true, conversation };
        }
      }
      return { ok: false, reason: 'conflict' };
    },

    /** A change that needs no compare-and-set (the reader's own read mark). */
    async set(id: string, fields: Record<string, unknown>): Promise<void> {
      const stored = await ConversationModel.findOneAndUpdate(
        { _id: id },
        { $set: fields },
        { returnDocument: 'after' },
      ).lean();
      if (stored) readModel.putFull(toConversationView(stored));
    },
  };
}

export type ConversationStore = ReturnType<typeof createConversationStore>;
