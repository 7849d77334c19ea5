// Every scheme in memory, by id: the partners' lists, the matching engine's packages and the
// commune pages read from here; the database stays the store of record (every write goes there
// first). Small and on its own, like the offers' read model, so that it can join a shared mechanism.
import type { SchemeView } from './scheme-view';

export class SchemeReadModel {
  private readonly byId = new Map<string, SchemeView>();
  private list: readonly SchemeView[] | null = null;
  private changes = 0;

  get size(): number {
    return this.byId.size;
  }

  /** Grows at every put: caches of derived data compare it to know they are stale. */
  get version(): number {
    return this.changes;
  }

  get(id: string): SchemeView | undefined {
    return this.byId.get(id);
  }

  put(scheme: SchemeView): void {
    this.changes += 1;
    this.byId.set(scheme.id, scheme);
    this.list = null;
  }

  /** Every scheme, of any status, in id order; the same array until the next change (never modify it). */
  all(): readonly SchemeView[] {
    this.list ??= [...this.byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return this.list;
  }
}
