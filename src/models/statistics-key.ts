import { Schema, model } from 'mongoose';

/**
 * The statistics' secret key (`_id`: what it keys, "record-keys"): drawn once, by the first instance
 * that starts on the database, and never changed, so that partner figures stay the same after a
 * restart and on every instance (src/services/statistics/record-keys.ts).
 */
const statisticsKeySchema = new Schema(
  {
    _id: { type: String, required: true },
    secret: { type: String, required: true },
    createdAt: { type: Date, required: true },
  },
  { versionKey: false, strict: 'throw' },
);

export const StatisticsKeyModel = model('StatisticsKey', statisticsKeySchema, 'statistics_keys');
