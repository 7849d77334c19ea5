// Every scheme in memory, by id: the partners' lists, the matching engine's packages and the
// commune pages read from here; the database stays the store of record (every write goes there
// first, then `put`). Declared over the generic ReadModel: other instances follow through the
// change journal, and derived caches (kept match results) compare its version.
import { type SchemeDocument, SchemeModel } from '../../models/scheme';
import { ReadModel } from '../read-models/read-model';
import { type SchemeView, toSchemeView } from './scheme-view';

export class SchemeReadModel extends ReadModel<SchemeView> {
  private sorted: { version: number; schemes: readonly SchemeView[] } | undefined;

  constructor(schemes: Iterable<SchemeView> = []) {
    super(
      {
        name: 'schemes',
        model: SchemeModel as never,
        toView: (stored: SchemeDocument) => toSchemeView(stored),
        idOf: (scheme) => scheme.id,
        revisionOf: (scheme) => scheme.revision,
      },
      schemes,
    );
  }

  /** Every scheme, of any status, in id order; the same array until the next change (never modify it). */
  inIdOrder(): readonly SchemeView[] {
    if (this.sorted?.version !== this.version)
      this.sorted = {
        version: this.version,
        schemes: [...this.all()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
      };
    return this.sorted.schemes;
  }
}
