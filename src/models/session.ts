import { Schema, model } from 'mongoose';

/** A browser session (`_id`: the session id). Expired ones are swept periodically: no TTL index on FerretDB. */
const sessionSchema = new Schema(
  {
    _id: { type: String, required: true },
    data: { type: String, required: true },
    expiresAt: { type: Date, required: true },
  },
  { versionKey: false, strict: 'throw' },
);

export const SessionModel = model('Session', sessionSchema, 'sessions');
