// Records the commands the application sends to the database (the driver's command monitoring), to
// check which ones make the embedded database read a whole collection. FerretDB 1.24 on SQLite
// answers from the `_id` index only when a filter is exactly `{ _id: <string or ObjectId> }`
// (`Filter.Len() == 1` in its backends/sqlite/collection.go); any other filter, an `_id: { $in }`
// list, a numeric `_id` and every aggregation read every document of the collection.
import type mongoose from 'mongoose';

export interface SentCommand {
  /** find, aggregate, update… */
  name: string;
  collection: string;
  /** What the command looks documents up by (one per statement for updates and deletes). */
  filters: unknown[];
}

/** The commands whose filters select documents, and where each keeps them. */
const FILTERS: Record<string, (command: Record<string, unknown>) => unknown[]> = {
  find: (command) => [command.filter ?? {}],
  count: (command) => [command.query ?? {}],
  distinct: (command) => [command.query ?? {}],
  findAndModify: (command) => [command.query ?? {}],
  update: (command) => (command.updates as { q: unknown }[]).map((update) => update.q),
  delete: (command) => (command.deletes as { q: unknown }[]).map((deletion) => deletion.q),
  // The pipeline itself: no aggregation is pushed down to SQLite.
  aggregate: (command) => [command.pipeline],
};

const isIndexedId = (value: unknown): boolean =>
  typeof value === 'string' ||
  (typeof value === 'object' && value !== null && (value as { _bsontype?: string })._bsontype === 'ObjectId');

/** True when FerretDB answers the command from the `_id` index (or it selects no document at all). */
export function readsByIdOnly(command: SentCommand): boolean {
  if (command.name === 'aggregate') return false;
  return command.filters.every((filter) => {
    const keys = Object.keys(filter as object);
    return keys.length === 1 && keys[0] === '_id' && isIndexedId((filter as { _id: unknown })._id);
  });
}

/** Starts recording every command sent on the connection (opened with `monitorCommands`). */
export function recordCommands(connection: mongoose.Connection) {
  let recorded: SentCommand[] | undefined;
  connection.getClient().on('commandStarted', (event) => {
    const filtersOf = FILTERS[event.commandName];
    const collection = event.command[event.commandName];
    recorded?.push({
      name: event.commandName,
      collection: typeof collection === 'string' ? collection : '',
      filters: filtersOf ? filtersOf(event.command as Record<string, unknown>) : [],
    });
  });
  return {
    /** The commands sent while `run` ran. */
    async during(run: () => Promise<unknown>): Promise<SentCommand[]> {
      recorded = [];
      try {
        await run();
        return recorded;
      } finally {
        recorded = undefined;
      }
    },
  };
}
