import { Schema, model } from 'mongoose';
import { POSITION_PRECISIONS } from '../domain/geo/types';

/** A current commune; `_id` is its INSEE code so that lookups by code reach the index. */
const communeSchema = new Schema(
  {
    _id: { type: String, required: true },
    nom: { type: String, required: true },
    departement: { type: String, required: true },
    region: { type: String, required: true },
    epci: { type: String, default: null },
    population: { type: Number, required: true },
    codesPostaux: { type: [String], default: [] },
    latitude: { type: Number, required: true },
    longitude: { type: Number, required: true },
    positionPrecision: { type: String, enum: POSITION_PRECISIONS, required: true },
  },
  { versionKey: false, strict: 'throw' },
);

export const CommuneModel = model('Commune', communeSchema, 'communes');
