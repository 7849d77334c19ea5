// The application's one connection to the database, through mongoose's default connection.
import mongoose from 'mongoose';

export interface ConnectOptions {
  uri: string;
  dbName: string;
  /**
   * The embedded FerretDB applies updates as read-modify-write without locking: with more than
   * one connection, concurrent updates are lost. One connection makes it process commands in order.
   */
  singleConnection: boolean;
}

// Fail fast instead of queueing commands while the database is unreachable: requests then get a
// clear 503 rather than hanging. Indexes are created explicitly after connecting (see syncModelIndexes).
mongoose.set('bufferCommands', false);
mongoose.set('autoIndex', false);
mongoose.set('autoCreate', false);
// A filter on a field the schema does not know is an error, not silently ignored.
mongoose.set('strictQuery', 'throw');
// Operator objects in filters become equalities unless the code marks them (src/db/trusted-operators).
mongoose.set('sanitizeFilter', true);

export async function connect(options: ConnectOptions): Promise<mongoose.Connection> {
  await mongoose.connect(options.uri, {
    dbName: options.dbName,
    serverSelectionTimeoutMS: 5000,
    // Notice a dead server within a couple of seconds (readiness and the 503 pages depend on it).
    heartbeatFrequencyMS: 2000,
    ...(options.singleConnection ? { maxPoolSize: 1, minPoolSize: 1 } : {}),
  });
  return mongoose.connection;
}

/**
 * True when the server is a FerretDB (its buildInfo carries FerretDB's own fields). FerretDB 1.24
 * applies updates as read-modify-write without locking: it must be used through one connection.
 */
export async function isFerretdb(connection: mongoose.Connection): Promise<boolean> {
  const db = connection.db;
  if (!db) throw new Error('isFerretdb needs an open connection');
  const info = await db.admin().command({ buildInfo: 1 });
  return 'ferretdbVersion' in info || 'ferretdbFeatures' in info;
}

export async function syncModelIndexes(connection: mongoose.Connection): Promise<void> {
  for (const model of Object.values(connection.models)) await model.createIndexes();
}

/** Pings the server; resolves false on failure or after `timeoutMs`. */
export async function ping(connection: mongoose.Connection, timeoutMs: number): Promise<boolean> {
  const db = connection.db;
  if (!db || connection.readyState !== mongoose.ConnectionStates.connected) return false;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return await Promise.race([
      db
        .admin()
        .ping()
        .then(
          () => true,
          () => false,
        ),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}
