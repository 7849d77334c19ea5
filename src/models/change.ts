import { Schema, model } from 'mongoose';

/**
 * One entry of the change journal through which instances keep their in-memory read models in step
 * (see services/read-models/). `_id` is the entry's sequence number allocated by the counter below,
 * written with leading zeros (see journalKey): a follower reads the entries one by one by `_id`, and
 * the embedded database reaches its `_id` index for a string, not for a number (a numbered entry
 * was found by reading the whole journal, hundreds of milliseconds at every poll). `every` names every document of the collection (a write of several at once). A `sealed` entry was
 * never written by its allocator: a follower closed the slot (the allocator then uses another number).
 */
const changeSchema = new Schema(
  {
    _id: { type: String, required: true },
    collectionName: { type: String, default: '' },
    ids: { type: [String], default: [] },
    every: { type: Boolean, default: false },
    /** The instance that wrote it (it applied the change itself already). */
    origin: { type: String, default: '' },
    sealed: { type: Boolean, default: false },
  },
  { versionKey: false, strict: 'throw' },
);

export interface ChangeDocument {
  _id: string;
  collectionName: string;
  ids: string[];
  every: boolean;
  origin: string;
  sealed: boolean;
}

export const ChangeModel = model('Change', changeSchema, 'changes');

/**
 * The journal's counter (one document, `_id` "changes"): `seq` is the last number allocated (one
 * atomic `$inc` each); entries below `trimmedBelow` were deleted (a follower that far behind reloads).
 */
const changeCounterSchema = new Schema(
  {
    _id: { type: String, required: true },
    seq: { type: Number, default: 0 },
    trimmedBelow: { type: Number, default: 0 },
  },
  { versionKey: false, strict: 'throw' },
);

export const ChangeCounterModel = model('ChangeCounter', changeCounterSchema, 'change_counters');
