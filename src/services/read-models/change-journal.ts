// The change journal: which documents of which collection an instance changed, numbered in one
// increasing sequence shared by every instance. Only `_id` lookups and single-document atomic
// writes: it works the same on MongoDB ≥ 6 (standalone or replica set) and on FerretDB.
import { operators } from '../../db/trusted-operators';
import { ChangeCounterModel, type ChangeDocument, ChangeModel } from '../../models/change';

const COUNTER = 'changes';
/** Allocations retried when the number was taken (sealed by a follower, or a lost update on FerretDB). */
const ATTEMPTS = 10;
/** Above this many entries to read, one range query costs less than one lookup each. */
const LOOKUPS_AT_MOST = 16;

export interface Change {
  seq: number;
  collection: string;
  /** The documents changed; `every`: any document of the collection may have changed. */
  ids: string[];
  every: boolean;
  origin: string;
  /** The slot was closed by a follower: nothing to apply. */
  sealed: boolean;
}

export interface JournalHead {
  /** The last number allocated. */
  seq: number;
  /** Entries below were deleted. */
  trimmedBelow: number;
}

/** Digits of an entry's key: as strings, keys sort as their numbers do (10^12 entries). */
const KEY_DIGITS = 12;
/** The `_id` of the entry numbered `seq` (models/change.ts says why a string). */
export const journalKey = (seq: number): string => String(seq).padStart(KEY_DIGITS, '0');

const isDuplicateKey = (error: unknown) => (error as { code?: number }).code === 11000;

const toChange = (stored: ChangeDocument): Change => ({
  seq: Number(stored._id),
  collection: stored.collectionName,
  ids: [...stored.ids],
  every: stored.every,
  origin: stored.origin,
  sealed: stored.sealed,
});

export class ChangeJournal {
  /** `origin`: this instance's name in the entries it writes. */
  constructor(readonly origin: string) {}

  async head(): Promise<JournalHead> {
    const counter = await ChangeCounterModel.findById(COUNTER).lean();
    return { seq: counter?.seq ?? 0, trimmedBelow: counter?.trimmedBelow ?? 0 };
  }

  /**
   * Records that these documents changed (after they were written). The number is allocated by one
   * atomic `$inc`, then the entry inserted under it; if the slot is taken (a follower sealed it
   * because this instance was too slow, or FerretDB handed the same number twice), a new number is
   * allocated: the entry is never lost, only numbered later.
   */
  async record(collection: string, ids: string[] | 'every'): Promise<void> {
    for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
      try {
        const seq = await this.allocate();
        await ChangeModel.create({
          _id: journalKey(seq),
          collectionName: collection,
          ids: ids === 'every' ? [] : ids,
          every: ids === 'every',
          origin: this.origin,
        });
        return;
      } catch (error) {
        if (!isDuplicateKey(error)) throw error;
      }
    }
    throw new Error(`Change journal: no free number after ${ATTEMPTS} attempts`);
  }

  /** The entries of these numbers that exist now. */
  async read(seqs: readonly number[]): Promise<Map<number, Change>> {
    const found = new Map<number, Change>();
    if (seqs.length === 0) return found;
    if (seqs.length <= LOOKUPS_AT_MOST) {
      for (const seq of seqs) {
        const stored = await ChangeModel.findById(journalKey(seq)).lean<ChangeDocument>();
        if (stored) found.set(seq, toChange(stored));
      }
      return found;
    }
    const wanted = new Set(seqs);
    const range = operators({ $gte: journalKey(Math.min(...seqs)), $lte: journalKey(Math.max(...seqs)) });
    for (const stored of await ChangeModel.find({ _id: range }).lean<ChangeDocument[]>()) {
      const change = toChange(stored);
      if (wanted.has(change.seq)) found.set(change.seq, change);
    }
    return found;
  }

  /**
   * Closes a slot whose entry never came: an insert under its number. If the allocator's entry came
   * first, the insert fails and that entry is returned, to be applied.
   */
  async seal(seq: number): Promise<Change | undefined> {
    try {
      await ChangeModel.create({ _id: journalKey(seq), sealed: true, origin: this.origin });
      return undefined;
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      return (await this.read([seq])).get(seq);
    }
  }

  /** Deletes the entries below `seq` (every follower has read them long ago). */
  async trim(seq: number): Promise<void> {
    if (seq <= 0) return;
    await ChangeCounterModel.updateOne({ _id: COUNTER }, { $max: { trimmedBelow: seq } });
    await ChangeModel.deleteMany({ _id: operators({ $lt: journalKey(seq) }) });
  }

  /**
   * Deletes the entries of the journal's first format, numbered `_id`s (long since applied by
   * every instance: they were at most a minute old when the instances stopped).
   */
  async removeNumberedEntries(): Promise<void> {
    // Through the driver: the model's `_id` is a string now, and mongoose would cast the filter.
    const numbered = (['int', 'long', 'double'] as const).map((type) => ({ _id: { $type: type } }));
    await ChangeModel.collection.deleteMany({ $or: numbered });
  }

  private async allocate(): Promise<number> {
    const counter = await ChangeCounterModel.findOneAndUpdate(
      { _id: COUNTER },
      { $inc: { seq: 1 } },
      { upsert: true, returnDocument: 'after' },
    ).lean();
    if (!counter) throw new Error('Change journal: counter not written');
    return counter.seq;
  }
}
