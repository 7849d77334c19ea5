// The zoning in force in every région, in memory (the database stays the store of record): one view
// per région pointer, with the entries of the version it names, indexed for the matching engine.
import type { ZoningEntry } from '../../domain/zoning/parse-zoning';
import { ZoningIndex } from '../../domain/zoning/zoning-index';
import { ZoningPointerModel } from '../../models/zoning-pointer';
import { ZoningVersionModel, zoningVersionId } from '../../models/zoning-version';
import { ReadModel } from '../read-models/read-model';
import { decodeEntry } from './stored-entries';

export interface RegionZoning {
  region: string;
  version: number;
  entries: readonly ZoningEntry[];
}

interface StoredPointer {
  _id: string;
  active: number;
}

/** The pointer's version, read by `_id` (a version document holds the whole région's file). */
async function withEntries(pointer: StoredPointer): Promise<RegionZoning> {
  const version = await ZoningVersionModel.findById(zoningVersionId(pointer._id, pointer.active)).lean();
  return { region: pointer._id, version: pointer.active, entries: (version?.entries ?? []).map(decodeEntry) };
}

export class ZoningReadModel extends ReadModel<RegionZoning> {
  /** What the matching engine reads. */
  readonly index = new ZoningIndex();

  constructor() {
    super({
      name: 'zoning_pointers',
      model: ZoningPointerModel as never,
      select: { active: 1 },
      // Pointers are read through `read` and `readAll` below, which add the version's entries.
      toView: () => undefined,
      idOf: (zoning) => zoning.region,
    });
  }

  protected override applied(
    region: string,
    _previous: RegionZoning | undefined,
    next: RegionZoning | undefined,
  ) {
    this.index.replaceRegion(region, next?.entries ?? []);
  }

  protected override async read(region: string): Promise<RegionZoning | undefined> {
    const pointer = await ZoningPointerModel.findById(region, { active: 1 }).lean<StoredPointer>();
    return pointer ? withEntries(pointer) : undefined;
  }

  protected override async readAll(): Promise<Map<string, RegionZoning>> {
    const views = new Map<string, RegionZoning>();
    for (const pointer of await ZoningPointerModel.find({}, { active: 1 }).lean<StoredPointer[]>())
      views.set(pointer._id, await withEntries(pointer));
    return views;
  }
}
