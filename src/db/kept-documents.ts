// Documents read on every request (the sessions, the signed-in accounts), kept in memory for a
// short while. Every write made in this process forgets the document at once (the model's write
// signal); what another instance wrote, once the change journal tells (services/read-models/), or
// at the latest once the kept copy is `recheckMs` old (read again in the background from half that
// age, so that pages in use do not wait for it). A document this process is writing is served as
// written from the start of the write (`writing`).
import { setNewest } from '../domain/recent-entries';

/** Told which document changed (`undefined`: maybe several); `remote`: by another instance. */
export type KeptListener = (id: string | undefined, remote: boolean) => void;

interface Kept<T> {
  value: T;
  readAt: number;
  /** Being written by this process: served whatever `recheckMs`, until the write signal forgets it. */
  writing: boolean;
}

/** A read or a write of one document under way: how many write signals touched it since it began. */
interface Pending {
  id: string;
  signals: number;
}

export class KeptDocuments<T> {
  private readonly kept = new Map<string, Kept<T>>();
  /**
   * The reads and writes under way, so that one that overlapped a write of the same document does
   * not keep what it had. Per document: under load, other documents' writes never stop overlapping
   * (a counter shared by all would keep nothing, and every request would read the database).
   */
  private readonly pending = new Set<Pending>();
  /** Ids being read again in the background (one read each at a time). */
  private readonly rereading = new Set<string>();
  private readonly stopListening: () => void;

  constructor(
    onWrites: (listener: KeptListener) => () => void,
    private readonly recheckMs: number,
    // 10,000: more than the sessions (accounts) a busy instance sees within SESSION_CACHE_SECONDS, about 1 kB each.
    private readonly maxKept = 10_000,
  ) {
    this.stopListening = onWrites((id, remote) => {
      this.touched(id);
      if (id === undefined) this.kept.clear();
      // What this process is writing now is newer than what another instance wrote before.
      else if (!(remote && this.kept.get(id)?.writing)) this.kept.delete(id);
    });
  }

  /** The kept copy, fresh or not (undefined once a write forgot it). */
  peek(id: string): T | undefined {
    return this.kept.get(id)?.value;
  }

  /**
   * The kept copy if it is fresh, else what `read` gives (kept unless a write came meanwhile). Past
   * half its time the copy is still served and read again in the background: a document in use is
   * re-checked off the request path, and none is served older than `recheckMs`.
   */
  async get(id: string, read: () => Promise<T | undefined>): Promise<T | undefined> {
    const now = Date.now();
    const known = this.kept.get(id);
    const age = known ? now - known.readAt : Infinity;
    if (known && (known.writing || age < this.recheckMs / 2)) return known.value;
    if (known && age < this.recheckMs) {
      if (!this.rereading.has(id)) {
        this.rereading.add(id);
        // A failure is not the request's: the copy expires, and the next request reads it itself.
        this.read(id, read, now)
          .catch(() => undefined)
          .finally(() => this.rereading.delete(id));
      }
      return known.value;
    }
    return this.read(id, read, now);
  }

  private async read(id: string, read: () => Promise<T | undefined>, now: number): Promise<T | undefined> {
    const pending = this.begin(id);
    try {
      const value = await read();
      // A write (or a deletion) came meanwhile: what was read may be older than what is kept now.
      if (pending.signals > 0) return value;
      if (value === undefined) this.kept.delete(id);
      else this.keep(id, { value, readAt: now, writing: false });
      return value;
    } finally {
      this.pending.delete(pending);
    }
  }

  /**
   * What this process is writing, served at once, before the write completes: express-session
   * sends its redirect before its save completes, and the browser's next request must see the
   * saved session. A read that started before does not replace it. Returns what to call once the
   * write succeeded: the value is then kept as read, unless another write of it came meanwhile.
   */
  writing(id: string, value: T): () => void {
    this.touched(id);
    this.keep(id, { value, readAt: Date.now(), writing: true });
    const pending = this.begin(id);
    return () => {
      this.pending.delete(pending);
      // The write's own signal is the one write allowed since.
      if (pending.signals <= 1) this.keep(id, { value, readAt: Date.now(), writing: false });
    };
  }

  /** Forgets the document at once: it is being deleted, or its write failed (whose end is never told). */
  forget(id: string): void {
    this.touched(id);
    this.kept.delete(id);
    // A read under way keeps its own record (now touched): it will keep nothing.
    for (const pending of this.pending) if (pending.id === id) this.pending.delete(pending);
  }

  private begin(id: string): Pending {
    const pending = { id, signals: 0 };
    this.pending.add(pending);
    return pending;
  }

  /** Tells the reads and writes under way of a document (`undefined`: of every one) that it changed. */
  private touched(id: string | undefined): void {
    for (const pending of this.pending) if (id === undefined || pending.id === id) pending.signals += 1;
  }

  private keep(id: string, entry: Kept<T>): void {
    setNewest(this.kept, id, entry, this.maxKept);
  }

  close(): void {
    this.stopListening();
    this.kept.clear();
  }
}
