import { type InferSchemaType, Schema, Types, model } from 'mongoose';
import { AUDIENCES, OFFER_STATUSES, OFFER_TYPES } from '../domain/offers/offer-vocabulary';
import { PROFESSIONS } from '../domain/professions';

const contactSchema = new Schema(
  {
    name: { type: String, required: true },
    email: { type: String, default: '' },
    phone: { type: String, default: '' },
  },
  { _id: false, strict: 'throw' },
);

/**
 * An offer of one commune. `details` holds the fields of its type, validated by the offer form
 * before any write (src/web/forms/offer-form.ts). `revision` is compared-and-set on every update:
 * two staff saving the same version cannot overwrite each other.
 */
const offerSchema = new Schema(
  {
    commune: { type: String, required: true },
    type: { type: String, enum: OFFER_TYPES, required: true },
    title: { type: String, required: true },
    description: { type: String, required: true },
    status: { type: String, enum: OFFER_STATUSES, required: true },
    availableFrom: { type: Date, required: true },
    expiresAt: { type: Date, default: null },
    audiences: { type: [String], enum: AUDIENCES, default: [] },
    /** Empty: every profession. */
    professions: { type: [String], enum: PROFESSIONS, default: [] },
    contact: { type: contactSchema, required: true },
    details: { type: Schema.Types.Mixed, required: true },
    revision: { type: Number, required: true, default: 1 },
    createdBy: { type: Types.ObjectId, default: null },
    updatedBy: { type: Types.ObjectId, default: null },
    publishedAt: { type: Date, default: null },
  },
  { timestamps: true, strict: 'throw', versionKey: false, minimize: false },
);

export type OfferDocument = InferSchemaType<typeof offerSchema> & { _id: Types.ObjectId };
export const OfferModel = model('Offer', offerSchema, 'offers');
