import { type InferSchemaType, Schema, Types, model } from 'mongoose';

/** What a commune says about itself (`_id`: its INSEE code), shown on its public page. */
const communeProfileSchema = new Schema(
  {
    _id: { type: String, required: true },
    presentation: { type: String, default: '' },
    strengths: {
      schools: { type: String, default: '' },
      transport: { type: String, default: '' },
      shops: { type: String, default: '' },
      culture: { type: String, default: '' },
    },
    healthNeed: { type: String, default: '' },
    contact: {
      name: { type: String, default: '' },
      email: { type: String, default: '' },
      phone: { type: String, default: '' },
    },
    revision: { type: Number, required: true, default: 1 },
    updatedBy: { type: Types.ObjectId, default: null },
  },
  { timestamps: true, strict: 'throw', versionKey: false, minimize: false },
);

export type CommuneProfileDocument = InferSchemaType<typeof communeProfileSchema>;
export const CommuneProfileModel = model('CommuneProfile', communeProfileSchema, 'commune_profiles');
