import { type InferSchemaType, Schema, Types, model } from 'mongoose';
import { CHECK_IN_MONTHS } from '../domain/retention/check-in-schedule';
import { RETENTION_LEVERS } from '../domain/retention/retention-levers';

const answerSchema = new Schema(
  {
    checkIn: { type: Number, enum: CHECK_IN_MONTHS, required: true },
    answeredAt: { type: Date, required: true },
    stillPractising: { type: Boolean, required: true },
    failedLevers: { type: [String], enum: RETENTION_LEVERS, default: [] },
  },
  { _id: false, strict: 'throw' },
);

/**
 * A professional's answers to the check-ins after a confirmed installation ("are you still
 * practising there?"). `_id` is the conversation whose installation was confirmed (one record per
 * installation, read by `_id`); the installation itself stays in the conversation's follow-up.
 * `emailed`: the check-ins whose e-mail was claimed (added atomically before sending: one e-mail per
 * check-in, whichever instance runs the pass).
 * Personal data: exported with the account and erased with it.
 */
const checkInSchema = new Schema(
  {
    _id: { type: String, required: true },
    professionalId: { type: Types.ObjectId, required: true },
    answers: { type: [answerSchema], default: [] },
    emailed: { type: [Number], enum: CHECK_IN_MONTHS, default: [] },
  },
  { timestamps: true, strict: 'throw', versionKey: false },
);

export type CheckInDocument = InferSchemaType<typeof checkInSchema>;
export const CheckInModel = model('CheckIn', checkInSchema, 'check_ins');
