import { Schema, model } from 'mongoose';

/** `_id` is the INSEE région code (e.g. 27 Bourgogne-Franche-Comté, 53 Bretagne). */
const regionSchema = new Schema(
  {
    _id: { type: String, required: true },
    nom: { type: String, required: true },
    chefLieu: { type: String, required: true },
  },
  { versionKey: false, strict: 'throw' },
);

export const RegionModel = model('Region', regionSchema, 'regions');
