// Results derived from read models, kept per key until a read model changes (its version
// moves) or an offer they include expires; the least recently used go first when full.

export interface Cached<T> {
  value: T;
  /** The result stops being true at this time (an included offer expires), or never (null). */
  validUntil: Date | null;
}

interface Entry<T> extends Cached<T> {
  version: number | string;
}

export class ReadModelCache<T> {
  private readonly entries = new Map<string, Entry<T>>();

  constructor(
    /** Moves whenever what the results derive from changes (compared with ===). */
    private readonly version: () => number | string,
    private readonly clock: () => Date,
    private readonly maxEntries: number,
  ) {}

  get(key: string, compute: (now: Date) => Cached<T>): T {
    const now = this.clock();
    const version = this.version();
    const entry = this.entries.get(key);
    this.entries.delete(key);
    if (entry && entry.version === version && (!entry.validUntil || entry.validUntil > now)) {
      this.entries.set(key, entry);
      return entry.value;
    }
    const fresh = { ...compute(now), version };
    this.entries.set(key, fresh);
    // Maps iterate in insertion order: the first key is the least recently used.
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries) break;
      this.entries.delete(oldest);
    }
    return fresh.value;
  }
}
