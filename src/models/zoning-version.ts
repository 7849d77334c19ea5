import { Schema, Types, model } from 'mongoose';

/**
 * One imported zoning file of a région, kept for history and restoration. The `_id` is
 * "<région>:<n>" (n = 1, 2…), so two imports cannot take the same number on any server. Entries
 * are compact strings "<INSEE code>;<profession>;<zone>;<AAAA-MM-JJ>" (a région's file may hold
 * 200,000 lines: objects would not fit in one document).
 */
const zoningVersionSchema = new Schema(
  {
    _id: { type: String, required: true },
    region: { type: String, required: true },
    version: { type: Number, required: true },
    importedAt: { type: Date, required: true },
    importedBy: { type: Types.ObjectId, required: true },
    importedByLabel: { type: String, required: true },
    fileName: { type: String, default: '' },
    lineCount: { type: Number, required: true },
    entries: { type: [String], default: [] },
  },
  { strict: 'throw', versionKey: false },
);

export const zoningVersionId = (region: string, version: number): string => `${region}:${String(version)}`;

export const ZoningVersionModel = model('ZoningVersion', zoningVersionSchema, 'zoning_versions');
