import { type InferSchemaType, Schema, Types, model } from 'mongoose';

/**
 * One person's daily digest. The `_id` "<userId>:<YYYY-MM-DD>" (Paris day) makes the database
 * refuse a second digest for the same person and day, whichever run or server tries: creating this
 * record is how a run claims the digest, before sending anything.
 */
const notificationDigestSchema = new Schema(
  {
    _id: { type: String, required: true },
    recipientId: { type: Types.ObjectId, required: true },
    day: { type: String, required: true },
    claimedAt: { type: Date, required: true },
    notificationCount: { type: Number, default: 0 },
    /** Set once the e-mail went out; null after a crash between the claim and the sending. */
    sentAt: { type: Date, default: null },
    /** Nothing was sent: the person chose no e-mail since, or the account is not active. */
    skipped: { type: Boolean, default: false },
  },
  { strict: 'throw', versionKey: false },
);

export const notificationDigestId = (userId: string, day: string): string => `${userId}:${day}`;

export type NotificationDigestDocument = InferSchemaType<typeof notificationDigestSchema>;
export const NotificationDigestModel = model(
  'NotificationDigest',
  notificationDigestSchema,
  'notification_digests',
);
