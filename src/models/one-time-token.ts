import { Schema, Types, model } from 'mongoose';

export const TOKEN_PURPOSES = ['verify-email', 'reset-password'] as const;
export type TokenPurpose = (typeof TOKEN_PURPOSES)[number];

/** A single-use token sent by e-mail; only its SHA-256 is stored (`_id`), so a database leak reveals none. */
const oneTimeTokenSchema = new Schema(
  {
    _id: { type: String, required: true },
    userId: { type: Types.ObjectId, required: true },
    purpose: { type: String, enum: TOKEN_PURPOSES, required: true },
    /** For an e-mail change: the new address, applied once verified. */
    email: { type: String, default: null },
    expiresAt: { type: Date, required: true },
  },
  { versionKey: false, strict: 'throw' },
);

export const OneTimeTokenModel = model('OneTimeToken', oneTimeTokenSchema, 'one_time_tokens');
