// A FerretDB named by MONGODB_URI is recognised from its buildInfo and used through one
// connection: FerretDB 1.24 loses concurrent updates made through several connections.
import { randomUUID } from 'node:crypto';
import mongoose from 'mongoose';
import { loadConfig } from '../../../src/config';
import { openDatabase } from '../../../src/db/database';
import { isFerretdb } from '../../../src/db/connection';
import { testDatabaseUri } from '../../support/test-database';

describe('a FerretDB reached through MONGODB_URI', () => {
  it('is detected and used through one connection', async () => {
    const lines: string[] = [];
    const config = loadConfig({
      NODE_ENV: 'test',
      MONGODB_URI: testDatabaseUri(),
      MONGODB_DB_NAME: `test_${randomUUID().replace(/-/g, '').slice(0, 16)}`,
      SESSION_SECRET: 'x'.repeat(40),
    });
    const database = await openDatabase(config, (line) => lines.push(line));
    try {
      expect(await isFerretdb(database.connection)).toBe(true);
      expect(database.connection.getClient().options.maxPoolSize).toBe(1);
      expect(lines.join('\n')).toMatch(/FerretDB server: using one connection/);
    } finally {
      await mongoose.connection.dropDatabase();
      await database.close();
    }
  });
});
