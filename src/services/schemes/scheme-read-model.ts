// Every scheme in memory, by id: the partners' lists, the matching engine's packages and the
// commune pages read from here; the database stays the store of record (every write goes there
// first). Declared over the shared read-model mechanism, kept in step across instances by it.
import { type SchemeDocument, SchemeModel } from '../../models/scheme';
import { ReadModel } from '../read-models/read-model';
import { type SchemeView, toSchemeView } from './scheme-view';

export class SchemeReadModel extends ReadModel<SchemeView> {
  private sorted: readonly SchemeView[] | null = null;

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

  protected override applied(): void {
    this.sorted = null;
  }

  /** Every scheme, of any status, in id order; the same array until the next change (never modify it). */
  schemes(): readonly SchemeView[] {
    this.sorted ??= [...this.all()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return this.sorted;
  }
}
