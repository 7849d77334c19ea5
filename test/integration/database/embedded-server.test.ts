// The embedded server's life cycle: it never outlives the service, a crashed run does not block
// the next start, two instances never share a data folder, and data survives a restart.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import mongoose from 'mongoose';
import { findProjectRoot } from '../../../src/config/project-root';
import { DataDirInUseError, EmbeddedFerretdb, isAlive } from '../../../src/db/embedded-ferretdb';
import { ensureFerretdbBinary } from '../../../src/db/ferretdb-binary';

const binary = ensureFerretdbBinary(findProjectRoot(__dirname));
const dataDirs: string[] = [];
const newDataDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'accueil-sante-embedded-'));
  dataDirs.push(dir);
  return dir;
};
afterAll(() => dataDirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await sleep(100))
    if (condition()) return true;
  return condition();
}

async function withClient<T>(uri: string, use: (db: mongoose.mongo.Db) => Promise<T>): Promise<T> {
  const client = await new mongoose.mongo.MongoClient(uri).connect();
  try {
    return await use(client.db('lifecycle'));
  } finally {
    await client.close();
  }
}

describe('embedded FerretDB', () => {
  it('stops by itself when the process that started it is killed', async () => {
    const dataDir = newDataDir();
    // A shell stands in for a service that dies without stopping its database (SIGKILL).
    const parent = spawn('bash', [
      '-c',
      `"${binary}" -listen 127.0.0.1:0 -data-dir "${dataDir}/ferretdb" -parent-pid $$ >/dev/null 2>&1 & echo $!; wait`,
    ]);
    const serverPid = await new Promise<number>((resolve) =>
      parent.stdout.once('data', (chunk) => resolve(Number(String(chunk)))),
    );
    expect(await waitUntil(() => isAlive(serverPid), 5_000)).toBe(true);
    await sleep(500);
    parent.kill('SIGKILL');
    expect(await waitUntil(() => !isAlive(serverPid), 10_000)).toBe(true);
  });

  it('refuses a data folder in use by a running instance, and starts again after a crashed run with the data intact', async () => {
    const dataDir = newDataDir();
    const first = new EmbeddedFerretdb({ binary, dataDir, restartDelayMs: null, log: () => undefined });
    await first.start();
    await withClient(first.uri, (db) => db.collection('things').insertOne({ _id: 'kept' as never }));

    const second = new EmbeddedFerretdb({ binary, dataDir, restartDelayMs: null, log: () => undefined });
    await expect(second.start()).rejects.toThrow(DataDirInUseError);
    expect(fs.existsSync(path.join(dataDir, 'ferretdb.pid'))).toBe(true);

    // A crash leaves the lock file behind, naming a process that no longer runs.
    await first.stop();
    fs.writeFileSync(path.join(dataDir, 'ferretdb.pid'), '999999');
    await second.start();
    try {
      await expect(withClient(second.uri, (db) => db.collection('things').countDocuments())).resolves.toBe(1);
    } finally {
      await second.stop();
    }
    expect(second.pid).toBeUndefined();
  });

  it('listens on the loopback interface only', async () => {
    const server = new EmbeddedFerretdb({ binary, dataDir: newDataDir(), restartDelayMs: null });
    await server.start();
    try {
      expect(server.uri).toMatch(/^mongodb:\/\/127\.0\.0\.1:\d+\//);
    } finally {
      await server.stop();
    }
  });
});
