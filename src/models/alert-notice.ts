import { type InferSchemaType, Schema, Types, model } from 'mongoose';

/**
 * An offer an alert already told its project's owner about. The `_id` "<projectId>:<offerId>" lets
 * the database refuse a second notice (an offer unpublished and published again, two servers).
 */
const alertNoticeSchema = new Schema(
  {
    _id: { type: String, required: true },
    projectId: { type: Types.ObjectId, required: true },
    offerId: { type: Types.ObjectId, required: true },
    at: { type: Date, required: true },
  },
  { strict: 'throw', versionKey: false },
);

export const alertNoticeId = (projectId: string, offerId: string): string => `${projectId}:${offerId}`;

export type AlertNoticeDocument = InferSchemaType<typeof alertNoticeSchema>;
export const AlertNoticeModel = model('AlertNotice', alertNoticeSchema, 'alert_notices');
