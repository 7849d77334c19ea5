// One in-memory copy of a collection (or of what is kept of it), declared once: which collection,
// what is kept of a document, by which keys it is listed. The services write the database first,
// then `put` or `remove` here: the change is applied at once and announced to the other instances
// through the change journal; their copies `reload` the documents named (see ./change-feed.ts).
import { isDeepStrictEqual } from 'node:util';
import type { Model } from 'mongoose';

export interface ReadModelDeclaration<V, K extends string> {
  /** The collection, as the change journal names it. */
  name: string;
  /** Where the documents are read (at start, when another instance changed one, at reconciliation). */
  model: Model<never>;
  /** What is read of each document (conversations: their summary, not every message). */
  select?: Record<string, 0 | 1>;
  /** Which documents are read at start and reconciliation (the others give no view anyway). */
  filter?: Record<string, unknown>;
  /** What is kept of a stored document; undefined: nothing (e.g. a notification already read). */
  toView(stored: never): V | undefined;
  idOf(view: V): string;
  /** The keys each view is listed under (`list(key, value)`), e.g. an offer's commune. */
  keys?: Record<K, (view: V) => string>;
  /**
   * The view's revision, when its documents have one: an older view never replaces a newer one
   * (a write of this instance and a reload of another one's later write may cross).
   */
  revisionOf?: (view: V) => number;
}

const NONE: readonly never[] = [];

export class ReadModel<V, K extends string = never> {
  private readonly byId = new Map<string, V>();
  /** Key name → key value → views, kept as arrays so that reads allocate nothing (the engine reads thousands). */
  private readonly byKey = new Map<K, Map<string, V[]>>();
  private changes = 0;
  /** Ids applied while a reconciliation reads the collection: what it read of them may be older. */
  private touchedDuringReconcile: Set<string> | undefined;
  private announce: ((ids: string[]) => void) | undefined;

  constructor(
    readonly declaration: ReadModelDeclaration<V, K>,
    views: Iterable<V> = [],
  ) {
    for (const key of Object.keys(declaration.keys ?? {}) as K[]) this.byKey.set(key, new Map());
    for (const view of views) this.apply(declaration.idOf(view), view);
  }

  get name(): string {
    return this.declaration.name;
  }

  get size(): number {
    return this.byId.size;
  }

  /** Grows at every real change: caches of derived data (the map, eligibility, rankings) compare it. */
  get version(): number {
    return this.changes;
  }

  get(id: string): V | undefined {
    return this.byId.get(id);
  }

  all(): IterableIterator<V> {
    return this.byId.values();
  }

  /** The views listed under `value` of `key`, in no particular order; the array must not be modified. */
  list(key: K, value: string): readonly V[] {
    return this.byKey.get(key)?.get(value) ?? NONE;
  }

  /** This instance stored `view`: kept at once, announced to the other instances. */
  put(view: V): void {
    const id = this.declaration.idOf(view);
    this.apply(id, view);
    this.announce?.([id]);
  }

  /** What this instance just read of a document: kept, not announced (whoever wrote it did). */
  refresh(view: V): void {
    this.apply(this.declaration.idOf(view), view);
  }

  /** This instance deleted these documents (or they stopped giving a view). */
  remove(...ids: string[]): void {
    for (const id of ids) this.apply(id, undefined);
    if (ids.length > 0) this.announce?.(ids);
  }

  /**
   * Applies what the database says of one document (undefined: none), without announcing it.
   * `authoritative`: even if older than what is kept (a reconciliation, nothing changed meanwhile).
   */
  apply(id: string, view: V | undefined, authoritative = false): void {
    const previous = this.byId.get(id);
    if (view === undefined && previous === undefined) return;
    const { revisionOf } = this.declaration;
    if (!authoritative && view && previous && revisionOf && revisionOf(view) < revisionOf(previous)) return;
    this.touchedDuringReconcile?.add(id);
    // The same content read again (a reconciliation, a reload, a write that changed nothing): the
    // version stays, so that the caches keyed on it (kept results, open data pages) stay too. The
    // same object put again may have been modified in place: counted as a change.
    if (
      view !== undefined &&
      previous !== undefined &&
      view !== previous &&
      isDeepStrictEqual(view, previous)
    )
      return;
    this.changes += 1;
    if (previous) this.unlist(id, previous);
    if (view === undefined) this.byId.delete(id);
    else {
      this.byId.set(id, view);
      this.listUnder(view);
    }
    this.applied(id, previous, view);
  }

  /** For read models that maintain a derived index of their own (the zoning). */
  protected applied(_id: string, _previous: V | undefined, _next: V | undefined): void {}

  /** Reads these documents again (another instance changed them). */
  async reload(ids: readonly string[]): Promise<void> {
    for (const id of ids) this.apply(id, await this.read(id));
  }

  /** One document's view as stored now (by `_id`: the one lookup that uses an index everywhere). */
  protected async read(id: string): Promise<V | undefined> {
    const { model, select, toView } = this.declaration;
    const stored = await model.findById(id, select).lean();
    return stored ? toView(stored as never) : undefined;
  }

  /** Every view as stored now, by id. */
  protected async readAll(): Promise<Map<string, V>> {
    const { model, select, filter, toView, idOf } = this.declaration;
    const views = new Map<string, V>();
    for (const stored of await model.find((filter ?? {}) as never, select).lean()) {
      const view = toView(stored as never);
      if (view !== undefined) views.set(idOf(view), view);
    }
    return views;
  }

  /** At start. */
  async load(): Promise<void> {
    for (const [id, view] of await this.readAll()) this.apply(id, view);
  }

  /**
   * Makes the copy equal to the collection (a crash between a write and its journal entry, a
   * follower too far behind). What changed while the collection was read is left as it is: the
   * change came after, or its journal entry will be applied.
   */
  async reconcile(): Promise<void> {
    const touched = new Set<string>();
    this.touchedDuringReconcile = touched;
    try {
      const stored = await this.readAll();
      for (const id of [...this.byId.keys()])
        if (!stored.has(id) && !touched.has(id)) this.apply(id, undefined);
      for (const [id, view] of stored) if (!touched.has(id)) this.apply(id, view, true);
    } finally {
      this.touchedDuringReconcile = undefined;
    }
  }

  /** The registry announces this read model's changes through the journal from now on. */
  announceWith(announce: ((ids: string[]) => void) | undefined): void {
    this.announce = announce;
  }

  private listUnder(view: V): void {
    for (const [key, keyOf] of this.keyFunctions()) {
      const lists = this.byKey.get(key);
      const value = keyOf(view);
      // A new array each time: callers may hold the previous one while iterating.
      lists?.set(value, [...(lists.get(value) ?? []), view]);
    }
  }

  private unlist(id: string, view: V): void {
    const { idOf } = this.declaration;
    for (const [key, keyOf] of this.keyFunctions()) {
      const lists = this.byKey.get(key);
      const value = keyOf(view);
      const remaining = (lists?.get(value) ?? []).filter((other) => idOf(other) !== id);
      if (remaining.length > 0) lists?.set(value, remaining);
      else lists?.delete(value);
    }
  }

  private keyFunctions(): [K, (view: V) => string][] {
    return Object.entries(this.declaration.keys ?? {}) as [K, (view: V) => string][];
  }
}
