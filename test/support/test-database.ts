// Gives the calling test file a database of its own on the shared test server, through the
// application's own connection code (one connection, as with the embedded server in production).
import { randomUUID } from 'node:crypto';
import mongoose from 'mongoose';
import { connect, syncModelIndexes } from '../../src/db/connection';
import { type Database, databaseOver } from '../../src/db/database';

export function testDatabaseUri(): string {
  const uri = process.env.TEST_MONGODB_URI;
  if (!uri) throw new Error('TEST_MONGODB_URI is not set: run the tests with `npm test`');
  return uri;
}

/**
 * Registers beforeAll/afterAll hooks; the returned object is filled in once connected.
 * `monitorCommands`: the driver emits every command it sends (see ./database-commands.ts).
 */
export function useTestDatabase(options: { monitorCommands?: boolean } = {}): { current: Database } {
  const holder = {} as { current: Database };
  beforeAll(async () => {
    const dbName = `test_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
    const uri = new URL(testDatabaseUri());
    if (options.monitorCommands) uri.searchParams.set('monitorCommands', 'true');
    const connection = await connect({ uri: uri.toString(), dbName, singleConnection: true });
    await syncModelIndexes(connection);
    holder.current = databaseOver(connection);
  });
  afterAll(async () => {
    await mongoose.connection.dropDatabase();
    await mongoose.disconnect();
  });
  return holder;
}
