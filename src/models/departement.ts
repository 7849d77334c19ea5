import { Schema, model } from 'mongoose';

/** `_id` is the département code (01…95, 2A, 2B, 971…976). */
const departementSchema = new Schema(
  {
    _id: { type: String, required: true },
    nom: { type: String, required: true },
    region: { type: String, required: true },
    chefLieu: { type: String, required: true },
  },
  { versionKey: false, strict: 'throw' },
);

export const DepartementModel = model('Departement', departementSchema, 'departements');
