// Loads the zoning in force in every région into memory at start (the database stays the store of record).
import { ZoningIndex } from '../../domain/zoning/zoning-index';
import { ZoningPointerModel } from '../../models/zoning-pointer';
import { ZoningVersionModel, zoningVersionId } from '../../models/zoning-version';
import { decodeEntry } from './stored-entries';

export async function loadZoning(): Promise<ZoningIndex> {
  const index = new ZoningIndex();
  for (const pointer of await ZoningPointerModel.find().lean()) {
    const version = await ZoningVersionModel.findById(zoningVersionId(pointer._id, pointer.active)).lean();
    if (version) index.replaceRegion(pointer._id, version.entries.map(decodeEntry));
  }
  return index;
}
