import { Schema, Types, model } from 'mongoose';
import { CONTRACTS, JOB_SECTOR_CODES, PREMISES_KINDS } from '../domain/offers/offer-vocabulary';
import { CRITERIA, IMPORTANCES } from '../domain/matching/types';

const importanceFields = Object.fromEntries(
  CRITERIA.map((criterion) => [criterion, { type: String, enum: IMPORTANCES, required: true }]),
);

/**
 * An installation project of a professional (they may keep several): where, when, the household,
 * the housing and premises wished, and how much each criterion matters. The shape of the matching
 * engine's `MatchingProject`, less the profession and status, which come from the owner's profile.
 */
const projectSchema = new Schema(
  {
    ownerId: { type: Types.ObjectId, required: true },
    name: { type: String, required: true },
    area: {
      communes: { type: [String], default: [] },
      departements: { type: [String], default: [] },
      regions: { type: [String], default: [] },
      around: {
        type: new Schema({ commune: String, radiusKm: Number }, { _id: false, strict: 'throw' }),
        default: null,
      },
    },
    start: { year: { type: Number, required: true }, month: { type: Number, required: true } },
    household: {
      partner: {
        type: new Schema(
          {
            sectors: { type: [String], enum: JOB_SECTOR_CODES },
            contracts: { type: [String], enum: CONTRACTS },
          },
          { _id: false, strict: 'throw' },
        ),
        default: null,
      },
      children: {
        type: [new Schema({ birthYear: Number, birthMonth: Number }, { _id: false, strict: 'throw' })],
        default: [],
      },
    },
    housing: {
      type: new Schema(
        {
          tenure: { type: String, enum: ['location', 'achat', 'indifferent'], required: true },
          roomsMin: { type: Number, required: true },
          budgetMax: { type: Number, default: null },
          furnished: { type: Boolean, default: null },
        },
        { _id: false, strict: 'throw' },
      ),
      default: null,
    },
    premises: {
      type: new Schema({ kinds: { type: [String], enum: PREMISES_KINDS } }, { _id: false, strict: 'throw' }),
      default: null,
    },
    importance: importanceFields,
    favorites: { type: [String], default: [] },
    revision: { type: Number, required: true, default: 1 },
  },
  { timestamps: true, strict: 'throw', versionKey: false, minimize: false },
);

/** The stored shape (nested paths typed as the schema guarantees them; InferSchemaType makes them optional). */
export interface ProjectDocument {
  _id: Types.ObjectId;
  ownerId: Types.ObjectId;
  name: string;
  area: {
    communes: string[];
    departements: string[];
    regions: string[];
    around: { commune: string; radiusKm: number } | null;
  };
  start: { year: number; month: number };
  household: {
    partner: { sectors: string[]; contracts: string[] } | null;
    children: { birthYear: number; birthMonth: number }[];
  };
  housing: {
    tenure: 'location' | 'achat' | 'indifferent';
    roomsMin: number;
    budgetMax: number | null;
    furnished: boolean | null;
  } | null;
  premises: { kinds: string[] } | null;
  importance: Record<string, string>;
  favorites: string[];
  revision: number;
  createdAt: Date;
  updatedAt: Date;
}
export const ProjectModel = model('Project', projectSchema, 'projects');
