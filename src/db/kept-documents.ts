// Documents read on every request (the sessions, the signed-in accounts), kept in memory for a
// short while. Every write made in this process forgets the document at once (the model's write
// signal); what another instance wrote is seen once the kept copy is `recheckMs` old.
import type { WriteListener } from '../models/write-signals';

interface Kept<T> {
  value: T;
  readAt: number;
}

export class KeptDocuments<T> {
  private readonly kept = new Map<string, Kept<T>>();
  /** Grows at every write: a read that overlapped a write does not keep what it read. */
  private generation = 0;
  private readonly stopListening: () => void;

  constructor(
    onWrites: (listener: WriteListener) => () => void,
    private readonly recheckMs: number,
    private readonly maxKept = 10_000,
  ) {
    this.stopListening = onWrites((id) => {
      this.generation += 1;
      if (id === undefined) this.kept.clear();
      else this.kept.delete(id);
    });
  }

  /** The kept copy, fresh or not (undefined once a write forgot it). */
  peek(id: string): T | undefined {
    return this.kept.get(id)?.value;
  }

  /** The kept copy if it is fresh, else what `read` gives (kept unless a write came meanwhile). */
  async get(id: string, read: () => Promise<T | undefined>): Promise<T | undefined> {
    const now = Date.now();
    const known = this.kept.get(id);
    if (known && now - known.readAt < this.recheckMs) return known.value;
    const generation = this.generation;
    const value = await read();
    if (value === undefined) this.kept.delete(id);
    else if (generation === this.generation) this.keep(id, value, now);
    return value;
  }

  /** Keeps what this process has just written (its own write signal has already forgotten the old copy). */
  keep(id: string, value: T, readAt = Date.now()): void {
    // The oldest first out: a Map iterates in insertion order.
    this.kept.delete(id);
    if (this.kept.size >= this.maxKept) this.kept.delete(this.kept.keys().next().value as string);
    this.kept.set(id, { value, readAt });
  }

  close(): void {
    this.stopListening();
    this.kept.clear();
  }
}
