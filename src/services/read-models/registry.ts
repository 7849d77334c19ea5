// Every read model of an instance, loaded at start and kept in step with the other instances through
// the change journal: this instance's changes are recorded there, the others' applied from there
// (./change-feed.ts), and a periodic reconciliation reads every collection again (a crash between a
// write and its journal entry). Documents kept on demand (sessions, signed-in accounts) follow the
// same journal: a change elsewhere makes them be read again.
import { randomUUID } from 'node:crypto';
import type { WriteListener } from '../../models/write-signals';
import { type Change, ChangeJournal } from './change-journal';
import { ChangeFeed } from './change-feed';
import type { ReadModel } from './read-model';

/** What the registry does with a read model, whatever its views. */
type Synced = Pick<
  ReadModel<unknown, string>,
  'name' | 'version' | 'load' | 'reload' | 'reconcile' | 'announceWith'
>;

export interface SyncOptions {
  /** How often the journal is polled. */
  pollMs: number;
  /** How long a number allocated without its entry is waited for before the slot is sealed. */
  graceMs: number;
  /** How often every read model is compared with its collection (null: never, one instance only). */
  reconcileMs: number | null;
  /** Entries older than this are deleted (every follower read them long before). */
  trimMs: number;
  log(message: string, error?: unknown): void;
}

/** The sync options for a bound: a change made anywhere is applied everywhere within `boundMs`. */
export function syncOptionsFor(
  boundMs: number,
  reconcileMs: number | null,
  log: SyncOptions['log'],
): SyncOptions {
  return {
    pollMs: Math.max(20, Math.round(boundMs / 8)),
    graceMs: boundMs / 2,
    reconcileMs,
    trimMs: 60_000,
    log,
  };
}

/** Listens to a collection's writes made in this process (mongoose hooks, see models/write-signals.ts). */
export type LocalWrites = (listener: WriteListener) => () => void;

/**
 * Documents read on demand and kept for a while (sessions, accounts): told of this process's writes
 * by the model's hooks (`remote` false) and of other instances' by the journal (`remote` true).
 */
export class KeptCollection {
  private readonly listeners = new Set<(id: string | undefined, remote: boolean) => void>();

  constructor(
    readonly name: string,
    readonly localWrites: LocalWrites,
  ) {}

  /** What `KeptDocuments` subscribes to. */
  readonly listen = (listener: (id: string | undefined, remote: boolean) => void): (() => void) => {
    const stopLocal = this.localWrites((id) => listener(id, false));
    this.listeners.add(listener);
    return () => {
      stopLocal();
      this.listeners.delete(listener);
    };
  };

  changedElsewhere(ids: readonly string[] | 'every'): void {
    for (const listener of this.listeners) {
      if (ids === 'every') listener(undefined, true);
      else for (const id of ids) listener(id, true);
    }
  }
}

export class ReadModelRegistry {
  readonly journal = new ChangeJournal(randomUUID());
  private readonly models = new Map<string, Synced>();
  private readonly kept = new Map<string, KeptCollection>();
  /** The journal's counter read before loading: the feed applies what came after. */
  private loadedAt = 0;
  private feed: ChangeFeed | undefined;
  private readonly timers: NodeJS.Timeout[] = [];
  private readonly stopHooks: (() => void)[] = [];
  private readonly recording = new Set<Promise<void>>();
  private log: SyncOptions['log'] = () => undefined;

  /** Declares a read model (before `load`). */
  add<M extends Synced>(model: M): M {
    this.models.set(model.name, model);
    return model;
  }

  /** Declares documents kept on demand. */
  keep(name: string, localWrites: LocalWrites): KeptCollection {
    const collection = new KeptCollection(name, localWrites);
    this.kept.set(name, collection);
    return collection;
  }

  keptCollection(name: string): KeptCollection | undefined {
    return this.kept.get(name);
  }

  /** Loads every read model (in parallel: on one connection the database serves them in turn). */
  async load(): Promise<void> {
    await this.journal.removeNumberedEntries();
    this.loadedAt = (await this.journal.head()).seq;
    await Promise.all([...this.models.values()].map((model) => model.load()));
  }

  /** The sum of these read models' versions: derived caches compare it. */
  versionOf(...names: string[]): number {
    return names.reduce((sum, name) => sum + (this.models.get(name)?.version ?? 0), 0);
  }

  /**
   * From now on, this process's changes are recorded in the journal (a script writing beside running
   * instances; `start` does it too). `stop` waits for the records under way.
   */
  startRecording(log: SyncOptions['log']): void {
    this.log = log;
    for (const model of this.models.values()) model.announceWith((ids) => this.record(model.name, ids));
    for (const collection of this.kept.values())
      this.stopHooks.push(
        collection.localWrites((id) => this.record(collection.name, id === undefined ? 'every' : [id])),
      );
  }

  /** From now on, changes are recorded in the journal and the other instances' applied here. */
  start(options: SyncOptions): void {
    this.startRecording(options.log);
    this.feed = new ChangeFeed(
      this.journal,
      {
        pollMs: options.pollMs,
        graceMs: options.graceMs,
        apply: (change) => this.apply(change),
        reloadAll: () => this.reconcile(),
        log: options.log,
      },
      this.loadedAt,
    );
    this.feed.start();
    if (options.reconcileMs !== null)
      this.every(options.reconcileMs, () => this.reconcile(), 'reconciliation');
    let trimBelow = 0;
    this.every(
      options.trimMs,
      async () => {
        await this.journal.trim(trimBelow);
        trimBelow = (await this.journal.head()).seq + 1;
      },
      'journal trim',
    );
  }

  /** Reads the journal now (tests and benchmarks; `start` does it every `pollMs`). */
  async poll(): Promise<void> {
    await this.feed?.poll();
  }

  /** Makes every read model equal to its collection, and forgets every document kept. */
  async reconcile(): Promise<void> {
    for (const model of this.models.values()) await model.reconcile();
    for (const collection of this.kept.values()) collection.changedElsewhere('every');
  }

  /** Resolves once every change recorded so far is in the journal. */
  async flush(): Promise<void> {
    await Promise.all([...this.recording]);
  }

  async stop(): Promise<void> {
    for (const timer of this.timers) clearInterval(timer);
    this.timers.length = 0;
    for (const stop of this.stopHooks) stop();
    this.stopHooks.length = 0;
    for (const model of this.models.values()) model.announceWith(undefined);
    await this.feed?.stop();
    await this.flush();
  }

  private async apply(change: Change): Promise<void> {
    const model = this.models.get(change.collection);
    if (model) await (change.every ? model.reconcile() : model.reload(change.ids));
    this.kept.get(change.collection)?.changedElsewhere(change.every ? 'every' : change.ids);
  }

  private record(collection: string, ids: string[] | 'every'): void {
    // Not awaited by the writer: a failure is logged, and the reconciliation repairs it.
    const recorded = this.journal
      .record(collection, ids)
      .catch((error: unknown) => this.log(`Change journal: ${collection} not recorded`, error))
      .finally(() => this.recording.delete(recorded));
    this.recording.add(recorded);
  }

  private every(ms: number, run: () => Promise<void>, what: string): void {
    const timer = setInterval(() => {
      run().catch((error: unknown) => this.log(`Read models: ${what} failed`, error));
    }, ms);
    timer.unref();
    this.timers.push(timer);
  }
}
