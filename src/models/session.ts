import { Schema, model } from 'mongoose';
import { signalWrites } from './write-signals';

/** A browser session (`_id`: the session id). Expired ones are swept periodically: no TTL index on FerretDB. */
const sessionSchema = new Schema(
  {
    _id: { type: String, required: true },
    data: { type: String, required: true },
    expiresAt: { type: Date, required: true },
  },
  { versionKey: false, strict: 'throw' },
);

/** Every write of a session, for the store's cache. */
export const onSessionWrites = signalWrites(sessionSchema);
export const SessionModel = model('Session', sessionSchema, 'sessions');
