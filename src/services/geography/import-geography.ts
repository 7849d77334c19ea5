// Writes the reference geography into the database, idempotently: an up-to-date database
// is left alone, and a re-import writes only what differs.
import type { Model } from 'mongoose';
import { buildGeography } from '../../domain/geo/build-geography';
import type { PositionPrecision } from '../../domain/geo/types';
import { CommuneModel } from '../../models/commune';
import { DatasetVersionModel } from '../../models/dataset-version';
import { DepartementModel } from '../../models/departement';
import { EpciModel } from '../../models/epci';
import { RegionModel } from '../../models/region';
import {
  type ReferenceSourceFilter,
  readReferenceSources,
  referenceSourcesVersion,
} from './reference-sources';

const DATASET = 'geography';
const BATCH_SIZE = 1000;
/** Past this share of changed documents, rewriting the collection is faster than updating it. */
const REBUILD_THRESHOLD = 0.25;

export interface CollectionChanges {
  total: number;
  inserted: number;
  updated: number;
  deleted: number;
}

export type GeographyImportResult =
  | { status: 'up-to-date'; version: string }
  | {
      status: 'imported';
      version: string;
      changes: Record<'regions' | 'departements' | 'epcis' | 'communes', CollectionChanges>;
      precisionCounts: Record<PositionPrecision, number>;
    };

export interface ImportGeographyOptions extends ReferenceSourceFilter {
  /** Compare every document even when the recorded version is current. */
  force?: boolean;
}

export async function importGeography(options: ImportGeographyOptions = {}): Promise<GeographyImportResult> {
  const version = referenceSourcesVersion(options);
  const recorded = await DatasetVersionModel.findById(DATASET).lean();
  if (!options.force && recorded?.version === version) return { status: 'up-to-date', version };

  const geography = buildGeography(readReferenceSources(options));
  const changes = {
    regions: await syncCollection(
      RegionModel,
      geography.regions.map(({ code, ...rest }) => ({ _id: code, ...rest })),
    ),
    departements: await syncCollection(
      DepartementModel,
      geography.departements.map(({ code, ...rest }) => ({ _id: code, ...rest })),
    ),
    epcis: await syncCollection(
      EpciModel,
      geography.epcis.map(({ code, ...rest }) => ({ _id: code, ...rest })),
    ),
    communes: await syncCollection(
      CommuneModel,
      geography.communes.map(({ code, ...rest }) => ({ _id: code, ...rest })),
    ),
  };
  // Recorded last: an interrupted import is simply redone at the next start.
  await DatasetVersionModel.replaceOne(
    { _id: DATASET },
    {
      _id: DATASET,
      version,
      importedAt: new Date(),
      counts: Object.fromEntries(Object.entries(changes).map(([name, change]) => [name, change.total])),
    },
    { upsert: true },
  );
  return { status: 'imported', version, changes, precisionCounts: geography.precisionCounts };
}

interface Identified {
  _id: string;
}

// The models differ in their document types; the sync only needs _id and plain fields.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function syncCollection(model: Model<any>, wanted: Identified[]): Promise<CollectionChanges> {
  const existing = new Map<string, string>();
  for (const document of await model.find().lean<Identified[]>())
    existing.set(document._id, canonicalJson(document));

  const wantedIds = new Set(wanted.map((document) => document._id));
  const toInsert = wanted.filter((document) => !existing.has(document._id));
  const toUpdate = wanted.filter((document) => {
    const stored = existing.get(document._id);
    return stored !== undefined && stored !== canonicalJson(document);
  });
  const toDelete = [...existing.keys()].filter((id) => !wantedIds.has(id));
  const result = {
    total: wanted.length,
    inserted: toInsert.length,
    updated: toUpdate.length,
    deleted: toDelete.length,
  };

  if (toUpdate.length + toDelete.length > REBUILD_THRESHOLD * Math.max(existing.size, 1)) {
    // Dropping is also the way round FerretDB's limit on deleteMany over ~32,000 documents.
    if (existing.size > 0) await model.collection.drop();
    await insertInBatches(model, wanted);
    return result;
  }
  await insertInBatches(model, toInsert);
  for (const batch of batches(toUpdate)) {
    await model.bulkWrite(
      batch.map((document) => ({ replaceOne: { filter: { _id: document._id }, replacement: document } })),
    );
  }
  for (const batch of batches(toDelete)) {
    await model.bulkWrite(batch.map((_id) => ({ deleteOne: { filter: { _id } } })));
  }
  return result;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function insertInBatches(model: Model<any>, documents: Identified[]): Promise<void> {
  for (const batch of batches(documents)) await model.insertMany(batch, { lean: true });
}

function* batches<T>(items: T[]): Generator<T[]> {
  for (let start = 0; start < items.length; start += BATCH_SIZE) yield items.slice(start, start + BATCH_SIZE);
}

/** JSON with sorted keys, so that two equal documents compare equal whatever their field order. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(
          Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
        )
      : inner,
  );
}
