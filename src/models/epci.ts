import { Schema, model } from 'mongoose';

/** Intercommunalité; `_id` is its SIREN number. */
const epciSchema = new Schema(
  {
    _id: { type: String, required: true },
    nom: { type: String, required: true },
    type: { type: String, required: true },
    population: { type: Number, required: true },
  },
  { versionKey: false, strict: 'throw' },
);

export const EpciModel = model('Epci', epciSchema, 'epcis');
