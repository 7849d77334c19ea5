import { type InferSchemaType, Schema, Types, model } from 'mongoose';
import { NOTIFICATION_KINDS } from '../domain/notifications/notification-event';
import { FREQUENCIES } from '../domain/notifications/notification-preferences';

/**
 * One in-app notification of one person. `delivery` is how its e-mail was decided when it happened
 * (at once, in the daily digest, or none); `digestId` is the digest that claimed it (see
 * services/notifications/digest.ts), so that no notification is e-mailed in two digests.
 */
const notificationSchema = new Schema(
  {
    recipientId: { type: Types.ObjectId, required: true },
    kind: { type: String, enum: NOTIFICATION_KINDS, required: true },
    title: { type: String, required: true },
    /** A path inside the service. */
    link: { type: String, required: true },
    topic: { type: String, default: '' },
    createdAt: { type: Date, required: true },
    readAt: { type: Date, default: null },
    delivery: { type: String, enum: FREQUENCIES, required: true },
    emailedAt: { type: Date, default: null },
    digestId: { type: String, default: null },
  },
  { strict: 'throw', versionKey: false },
);

export type NotificationDocument = InferSchemaType<typeof notificationSchema> & { _id: Types.ObjectId };
export const NotificationModel = model('Notification', notificationSchema, 'notifications');
