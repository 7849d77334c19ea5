import { Schema, Types, model } from 'mongoose';

/** Unique e-mail → account: `_id` is the normalised address, so uniqueness and lookups use the index. */
const userEmailSchema = new Schema(
  {
    _id: { type: String, required: true },
    userId: { type: Types.ObjectId, required: true },
  },
  { versionKey: false, strict: 'throw' },
);

export const UserEmailModel = model('UserEmail', userEmailSchema, 'user_emails');
