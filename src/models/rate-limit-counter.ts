import { Schema, model } from 'mongoose';

/**
 * One rate limit's counter for one key over one window (`_id`: the limit's name, the hashed key
 * and the window), or the pacing of one kind of e-mail (`_id` without a window: `expiresAt` is when
 * the next may go). Written only by `_id` with atomic operators, so that every instance shares it;
 * expired ones are swept periodically (FerretDB has no TTL index). See services/limits/.
 */
const rateLimitCounterSchema = new Schema(
  {
    _id: { type: String, required: true },
    /** Uses (or failures) counted in the window. */
    count: { type: Number, default: 0 },
    /** Attempts refused in the window: the first one goes to the journal. */
    refused: { type: Number, default: 0 },
    expiresAt: { type: Date, required: true },
  },
  { versionKey: false, strict: 'throw' },
);

export const RateLimitCounterModel = model('RateLimitCounter', rateLimitCounterSchema, 'rate_limits');
