import { type InferSchemaType, Schema, Types, model } from 'mongoose';

/**
 * A professional's alert on one of their projects: tell them when a newly published offer makes a
 * commune match the project, or raises a commune's score by at least `threshold` points. One per
 * project: the `_id` is the project's id.
 */
const alertSchema = new Schema(
  {
    _id: { type: String, required: true },
    ownerId: { type: Types.ObjectId, required: true },
    threshold: { type: Number, required: true, min: 1, max: 100 },
    createdAt: { type: Date, required: true },
  },
  { strict: 'throw', versionKey: false },
);

export type AlertDocument = InferSchemaType<typeof alertSchema>;
export const AlertModel = model('Alert', alertSchema, 'alerts');
