import { type InferSchemaType, Schema, Types, model } from 'mongoose';
import { PROJECT_STATUSES } from '../domain/matching/types';
import { PROFESSIONS } from '../domain/professions';
import { COMMITMENT_PLACES, GRANTOR_KIND_LABELS, SCHEME_STATUSES } from '../domain/schemes/scheme';
import { ZONES } from '../domain/zoning/zones';

const strict = { _id: false, strict: 'throw' } as const;

const instalmentSchema = new Schema(
  { atMonth: { type: Number, required: true }, eur: { type: Number, required: true } },
  strict,
);

/** `eur` for fixe and plafond, `eurPerMonth` and `months` (null: until an event) for mensuel. */
const amountSchema = new Schema(
  {
    kind: { type: String, enum: ['fixe', 'plafond', 'mensuel'], required: true },
    eur: { type: Number, default: null },
    instalments: { type: [instalmentSchema], default: undefined },
    eurPerMonth: { type: Number, default: null },
    months: { type: Number, default: null },
  },
  strict,
);

const commitmentSchema = new Schema(
  {
    months: { type: Number, required: true },
    atLeast: { type: Boolean, default: false },
    place: { type: String, enum: COMMITMENT_PLACES, required: true },
    zones: { type: [String], enum: ZONES, default: [] },
  },
  strict,
);

const areaSchema = new Schema(
  {
    /** 'national' (code ''), 'region' or 'departement' with its INSEE code. */
    level: { type: String, enum: ['national', 'region', 'departement'], required: true },
    code: { type: String, default: '' },
    departements: { type: [String], default: [] },
    communes: { type: [String], default: [] },
    zones: { type: [String], enum: ZONES, default: [] },
  },
  strict,
);

/**
 * An aid scheme (dispositif) published by a partner organisation or by the moderators (see
 * src/domain/schemes/). `_id` is a string: the demo's reference schemes keep their readable ids.
 * `owner` names the organisation that manages it (every validated account of that organisation).
 * `revision` is compared-and-set on every update, as for offers.
 */
const schemeSchema = new Schema(
  {
    _id: { type: String, required: true },
    owner: { type: String, required: true },
    title: { type: String, required: true },
    summary: { type: String, required: true },
    grantor: {
      type: new Schema(
        {
          name: { type: String, required: true },
          kind: { type: String, enum: Object.keys(GRANTOR_KIND_LABELS), required: true },
        },
        strict,
      ),
      required: true,
    },
    amount: { type: amountSchema, default: null },
    commitment: { type: commitmentSchema, default: null },
    professions: { type: [String], enum: PROFESSIONS, default: [] },
    statuses: { type: [String], enum: PROJECT_STATUSES, default: [] },
    conditions: { type: String, default: '' },
    area: { type: areaSchema, required: true },
    validFrom: { type: Date, default: null },
    validUntil: { type: Date, default: null },
    officialUrl: { type: String, required: true },
    status: { type: String, enum: SCHEME_STATUSES, required: true },
    exclusiveGroup: { type: String, default: null },
    revision: { type: Number, required: true, default: 1 },
    createdBy: { type: Types.ObjectId, default: null },
    updatedBy: { type: Types.ObjectId, default: null },
    publishedAt: { type: Date, default: null },
  },
  { timestamps: true, strict: 'throw', versionKey: false, minimize: false },
);

export type SchemeDocument = InferSchemaType<typeof schemeSchema>;
export const SchemeModel = model('Scheme', schemeSchema, 'schemes');
