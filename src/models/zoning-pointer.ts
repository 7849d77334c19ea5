import { Schema, Types, model } from 'mongoose';

const activationSchema = new Schema(
  {
    version: { type: Number, required: true },
    action: { type: String, enum: ['import', 'restauration'], required: true },
    by: { type: Types.ObjectId, required: true },
    byLabel: { type: String, required: true },
    at: { type: Date, required: true },
  },
  { _id: false, strict: 'throw' },
);

/**
 * Which zoning version of a région is in force (`_id` = région code). Writes compare-and-set on
 * `active` and `latest`: of two imports at once, only one wins. `activations` keeps who made each
 * version active, and when.
 */
const zoningPointerSchema = new Schema(
  {
    _id: { type: String, required: true },
    active: { type: Number, required: true },
    latest: { type: Number, required: true },
    activations: { type: [activationSchema], default: [] },
  },
  { strict: 'throw', versionKey: false },
);

export const ZoningPointerModel = model('ZoningPointer', zoningPointerSchema, 'zoning_pointers');
