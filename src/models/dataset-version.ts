import { Schema, model } from 'mongoose';

/** Which version of a reference dataset the database holds (`_id`: the dataset, e.g. "geography"). */
const datasetVersionSchema = new Schema(
  {
    _id: { type: String, required: true },
    version: { type: String, required: true },
    importedAt: { type: Date, required: true },
    counts: { type: Map, of: Number, default: {} },
  },
  { versionKey: false, strict: 'throw' },
);

export const DatasetVersionModel = model('DatasetVersion', datasetVersionSchema, 'dataset_versions');
