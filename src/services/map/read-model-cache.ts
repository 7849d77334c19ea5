// Results derived from read models, kept per key until a read model changes (its version
// moves) or an offer they include expires; the least recently used go first when full (too many
// entries or, when the values are weighed, too many bytes).

export interface Cached<T> {
  value: T;
  /** The result stops being true at this time (an included offer expires), or never (null). */
  validUntil: Date | null;
}

interface Entry<T> extends Cached<T> {
  version: number | string;
  bytes: number;
}

/** A bound in bytes besides the count: what each value weighs, and the most kept in all. */
export interface ByteBound<T> {
  maxBytes: number;
  bytesOf: (value: T) => number;
}

export class ReadModelCache<T> {
  private readonly entries = new Map<string, Entry<T>>();
  private bytes = 0;

  constructor(
    /** Moves whenever what the results derive from changes (compared with ===). */
    private readonly version: () => number | string,
    private readonly clock: () => Date,
    private readonly maxEntries: number,
    private readonly byteBound?: ByteBound<T>,
  ) {}

  get(key: string, compute: (now: Date) => Cached<T>): T {
    const now = this.clock();
    const version = this.version();
    const entry = this.entries.get(key);
    if (entry && entry.version === version && (!entry.validUntil || entry.validUntil > now)) {
      this.entries.delete(key);
      this.entries.set(key, entry);
      return entry.value;
    }
    this.drop(key);
    const computed = compute(now);
    const fresh = { ...computed, version, bytes: this.byteBound?.bytesOf(computed.value) ?? 0 };
    this.entries.set(key, fresh);
    this.bytes += fresh.bytes;
    // Maps iterate in insertion order: the first key is the least recently used. The fresh entry
    // stays even if it alone is over the bound in bytes (it is being answered anyway).
    for (const oldest of this.entries.keys()) {
      if (oldest === key || !this.isFull()) break;
      this.drop(oldest);
    }
    return fresh.value;
  }

  private isFull(): boolean {
    return this.entries.size > this.maxEntries || (!!this.byteBound && this.bytes > this.byteBound.maxBytes);
  }

  private drop(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.bytes;
  }
}
