// Starts a second instance of the service in a child process on the calling file's test database,
// as an operator would run two instances on one database: nothing in memory is shared with the
// test's own app, only the database (through a connection of its own).
import { fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '../../src/db/database';
import { TEST_SESSION_SECRET } from './test-app';
import { testDatabaseUri } from './test-database';

export interface SecondInstance {
  url: string;
  /** Calls one of its services' methods (`path` from the services, e.g. "offers.get"). */
  call<T>(path: string, ...args: unknown[]): Promise<T>;
  stop(): Promise<void>;
}

type Reply = { url: string } | { id: number; result?: unknown; error?: string };

export async function startSecondInstance(
  database: Database,
  environment: NodeJS.ProcessEnv = {},
): Promise<SecondInstance> {
  const child = fork(path.join(__dirname, 'instance-process.ts'), [], {
    execArgv: ['-r', path.join(__dirname, 'ts-register.js')],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    env: {
      ...process.env,
      NODE_ENV: 'test',
      PORT: '0',
      MONGODB_URI: testDatabaseUri(),
      MONGODB_DB_NAME: database.connection.name,
      DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'accueil-sante-second-')),
      GEO_IMPORT_ON_START: 'false',
      DEMO_DATA_ON_FIRST_START: 'false',
      DIGEST_SCHEDULE: 'false',
      SESSION_SECRET: TEST_SESSION_SECRET,
      PASSWORD_HASH_MEMORY_KIB: '8192',
      PASSWORD_HASH_PASSES: '1',
      ...environment,
    },
  });
  const waiting = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  let next = 0;
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`second instance exited (${String(code)})`)));
    child.on('message', (reply: Reply) => {
      if ('url' in reply) return resolve(reply.url);
      const pending = waiting.get(reply.id);
      waiting.delete(reply.id);
      if (reply.error !== undefined) pending?.reject(new Error(reply.error));
      else pending?.resolve(reply.result);
    });
  });
  return {
    url,
    call<T>(target: string, ...args: unknown[]) {
      next += 1;
      const id = next;
      return new Promise<T>((resolve, reject) => {
        waiting.set(id, { resolve: (value) => resolve(value as T), reject });
        child.send({ id, path: target, args });
      });
    },
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.send('stop');
      await exited;
    },
  };
}
