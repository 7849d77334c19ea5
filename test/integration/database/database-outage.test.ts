// With the embedded database killed, readiness fails and pages answer a French 503; once the
// supervisor has restarted it, everything recovers without restarting the service.
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import * as cheerio from 'cheerio';
import type { Express } from 'express';
import mongoose from 'mongoose';
import request from 'supertest';
import { findProjectRoot } from '../../../src/config/project-root';
import { connect } from '../../../src/db/connection';
import { type Database, databaseOver } from '../../../src/db/database';
import { EmbeddedFerretdb } from '../../../src/db/embedded-ferretdb';
import { ensureFerretdbBinary } from '../../../src/db/ferretdb-binary';
import { CommuneModel } from '../../../src/models/commune';
import { buildTestApp } from '../../support/test-app';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'accueil-sante-outage-'));
const server = new EmbeddedFerretdb({
  binary: ensureFerretdbBinary(findProjectRoot(__dirname)),
  dataDir,
  restartDelayMs: 1500,
  log: () => undefined,
});
let database: Database;
let app: Express;

beforeAll(async () => {
  await server.start();
  database = databaseOver(
    await connect({ uri: server.uri, dbName: 'outage', singleConnection: true }),
    server,
  );
  ({ app } = await buildTestApp(database));
}, 60_000);

afterAll(async () => {
  await mongoose.disconnect();
  await server.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function eventually(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await sleep(200))
    if (await check()) return;
  throw new Error('condition not met in time');
}

it('answers 503 while the database is down and recovers by itself once it is back', async () => {
  await request(app).get('/readyz').expect(200);
  await request(app).get('/communes/39198').expect(200);

  const restarted = once(server, 'restart');
  process.kill(server.pid ?? 0, 'SIGKILL');
  await eventually(async () => !database.isAvailable(), 5_000);

  const ready = await request(app).get('/readyz').expect(503);
  expect(ready.body).toEqual({ status: 'unavailable', checks: { database: 'unreachable' } });
  const page = await request(app).get('/communes/39198').expect(503).expect('Retry-After', '30');
  expect(cheerio.load(page.text)('h1').text()).toMatch(/Service momentanément indisponible/);
  await request(app).get('/healthz').expect(200);
  await request(app).get('/dsfr/dsfr.min.css').expect(200);

  await restarted;
  await eventually(async () => (await request(app).get('/readyz')).status === 200, 20_000);
  await request(app).get('/communes/39198').expect(200);
  await expect(CommuneModel.countDocuments()).resolves.toBeGreaterThan(1000);
}, 60_000);
