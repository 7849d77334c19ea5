// Opens the store of record: the MongoDB named by MONGODB_URI, or else the embedded FerretDB.
import mongoose from 'mongoose';
import type { Config } from '../config';
import { connect, isFerretdb, ping, syncModelIndexes } from './connection';
import { EmbeddedFerretdb } from './embedded-ferretdb';
import { ensureFerretdbBinary } from './ferretdb-binary';

export interface Database {
  connection: mongoose.Connection;
  /** The embedded server, when the service runs one. */
  embedded: EmbeddedFerretdb | undefined;
  /** Cheap, synchronous: false as soon as the driver (or the embedded server's supervisor) saw it go. */
  isAvailable(): boolean;
  /** A real round trip, for readiness checks. */
  ping(timeoutMs?: number): Promise<boolean>;
  close(): Promise<void>;
}

export async function openDatabase(
  config: Config,
  log: (line: string) => void = console.log,
): Promise<Database> {
  let embedded: EmbeddedFerretdb | undefined;
  let uri = config.database.uri;
  if (uri === undefined) {
    const binary = ensureFerretdbBinary(config.projectRoot, log);
    embedded = new EmbeddedFerretdb({
      binary,
      dataDir: config.dataDir,
      restartDelayMs: config.database.embeddedRestartDelayMs,
      log,
    });
    await embedded.start();
    uri = embedded.uri;
  }
  try {
    const options = { uri, dbName: config.database.name, singleConnection: embedded !== undefined };
    let connection = await connect(options);
    if (!options.singleConnection && (await isFerretdb(connection))) {
      // A FerretDB named by MONGODB_URI: several connections would lose concurrent updates, and
      // so would several instances (the README's deployment section says to use MongoDB).
      log('MONGODB_URI names a FerretDB server: using one connection (several instances need MongoDB).');
      await mongoose.disconnect();
      connection = await connect({ ...options, singleConnection: true });
    }
    await syncModelIndexes(connection);
    return databaseOver(connection, embedded);
  } catch (error) {
    await mongoose.disconnect();
    await embedded?.stop();
    throw error;
  }
}

/** Wraps an open connection (tests use it on the test server's connection). */
export function databaseOver(connection: mongoose.Connection, embedded?: EmbeddedFerretdb): Database {
  let embeddedDown = false;
  embedded?.on('exit', () => (embeddedDown = true));
  embedded?.on('restart', () => (embeddedDown = false));
  return {
    connection,
    embedded,
    isAvailable: () => !embeddedDown && connection.readyState === mongoose.ConnectionStates.connected,
    ping: (timeoutMs = 1000) => ping(connection, timeoutMs),
    async close() {
      await mongoose.disconnect();
      await embedded?.stop();
    },
  };
}
