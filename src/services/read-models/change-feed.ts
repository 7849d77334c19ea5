// Follows the change journal: every `pollMs`, reads the journal's counter (one lookup by `_id`) and,
// when it moved, the new entries (by `_id` too), and hands the other instances' changes to `apply`,
// which reads the documents named again. Why no change can be missed:
// - an instance writes the document first, then records its change: whoever applies the entry reads
//   the document afterwards, so sees that write (or a later one);
// - entries are applied by reading the documents' current state, so order does not matter and
//   applying one twice is harmless: commits of several instances may interleave freely;
// - every number up to the counter is looked at. A number allocated whose entry is not there yet
//   (its instance is between the two writes) is looked at again at every poll; after `graceMs` the
//   follower seals it, an insert under that number. `_id` is unique, so either the allocator's
//   entry came first (the seal fails and the entry is applied) or the seal did, and then the
//   allocator's insert fails and it records the change under a new number, allocated after the
//   seal, so above every number this follower has looked at: it will be read at a later poll;
// - no clock is compared between instances: the sequence orders, the grace is this process's own
//   monotonic time;
// - entries are deleted only long after they were written (`trim`); a follower that finds the
//   journal trimmed past its position (it was paused) reloads everything instead.
import { performance } from 'node:perf_hooks';
import type { Change, ChangeJournal } from './change-journal';

export interface FeedOptions {
  pollMs: number;
  graceMs: number;
  /** Applies another instance's change (reads the documents named). */
  apply(change: Change): Promise<void>;
  /** The journal was trimmed past this follower's position: everything is read again. */
  reloadAll(): Promise<void>;
  log(message: string, error?: unknown): void;
}

export class ChangeFeed {
  /** Every number up to here was looked at. */
  private cursor: number;
  /**
   * Numbers looked at but not applied yet (their entry was not there, or applying it failed) →
   * when first looked at (monotonic ms).
   */
  private readonly pending = new Map<number, number>();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = true;
  private failing = false;

  constructor(
    private readonly journal: ChangeJournal,
    private readonly options: FeedOptions,
    /** The counter read before the read models were loaded: later changes are applied. */
    startAt: number,
  ) {
    this.cursor = startAt;
  }

  /** Where the feed is: every change up to this number is applied. */
  get position(): number {
    return this.pending.size > 0 ? Math.min(...this.pending.keys()) - 1 : this.cursor;
  }

  start(): void {
    this.stopped = false;
    this.schedule();
  }

  /** Stops polling; resolves once the poll under way (if any) is done. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** One round: what `start` does every `pollMs` (tests and benchmarks call it directly too). */
  async poll(): Promise<void> {
    const head = await this.journal.head();
    if (this.position + 1 < head.trimmedBelow) {
      // Entries this follower never read are gone: read everything (from the counter read now on).
      await this.options.reloadAll();
      this.pending.clear();
      this.cursor = head.seq;
      return;
    }
    const now = performance.now();
    for (let seq = this.cursor + 1; seq <= head.seq; seq += 1) this.pending.set(seq, now);
    this.cursor = Math.max(this.cursor, head.seq);
    const wanted = [...this.pending.keys()].sort((a, b) => a - b);
    const found = await this.journal.read(wanted);
    for (const seq of wanted) {
      const change = found.get(seq) ?? (await this.sealIfLate(seq, now));
      if (!change) continue;
      // Forgotten only once applied: if applying fails, the next poll reads the entry again.
      if (!change.sealed && change.origin !== this.journal.origin) await this.options.apply(change);
      this.pending.delete(seq);
    }
  }

  /** The entry if it came after all, a sealed entry once the grace is over, else undefined (wait). */
  private async sealIfLate(seq: number, now: number): Promise<Change | undefined> {
    const since = this.pending.get(seq) ?? now;
    if (now - since < this.options.graceMs) return undefined;
    const written = await this.journal.seal(seq);
    return written ?? { seq, collection: '', ids: [], every: false, origin: '', sealed: true };
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.poll().then(
        () => {
          if (this.failing) this.options.log('Change feed: back in step');
          this.failing = false;
        },
        (error: unknown) => {
          // Once per outage: the next polls retry from the same position.
          if (!this.failing) this.options.log('Change feed: poll failed, retrying', error);
          this.failing = true;
        },
      );
      void this.running.finally(() => this.schedule());
    }, this.options.pollMs);
    this.timer.unref();
  }
}
