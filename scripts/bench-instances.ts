// npm run bench:instances — two instances on one database at France scale (20,000 offers, 5,000
// projects in a scratch embedded database, data/bench-instances): the start-up time and memory of
// an instance, and the convergence delay, the time from a write acknowledged by instance A to the
// moment instance B (another process) serves it, over 200 writes made one at a time.
// Instance A runs in this process (on the embedded FerretDB), B is `node dist/src/server.js` on the
// same database through MONGODB_URI (BENCH_SERVER_JS names another build's server.js, e.g. to
// measure another version's start-up on the same data). Target: p95 within READ_MODEL_SYNC_MS (2 s).
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Types } from 'mongoose';
import { startService } from '../src/service';
import { createPasswordHasher } from '../src/services/accounts/password-hasher';
import type { OfferInput } from '../src/services/offers/offer-input';
import type { OfferView } from '../src/services/offers/offer-view';
import { benchConfig } from './bench/bench-config';
import { latencyOf } from './bench/latency';
import { OFFERS, ensureSyntheticData } from './bench/synthetic-data';
import { runScript } from './run-script';

const WRITES = 200;
/** How often B is asked whether it serves the write yet. */
const CHECK_EVERY_MS = 5;
const quiet = () => undefined;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resident memory of a process, from /proc (Linux). */
function residentMegabytes(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kilobytes = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return kilobytes / 1024;
}

/** Starts `node <server.js>` on the database; resolves once it prints its address. */
function startInstance(serverJs: string, env: NodeJS.ProcessEnv) {
  const started = performance.now();
  const child = spawn(process.execPath, [serverJs], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise<{ child: ChildProcess; url: string; startMs: number }>((resolve, reject) => {
    let output = '';
    child.once('exit', (code) => reject(new Error(`instance B exited (${String(code)}): ${output}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = /is ready: (http:\/\/\S+)/.exec(output)?.[1];
      if (url) resolve({ child, url, startMs: performance.now() - started });
    });
  });
}

async function pageHas(url: string, text: string): Promise<boolean> {
  const response = await fetch(url);
  return response.ok && (await response.text()).includes(text);
}

runScript(async () => {
  const config = benchConfig('bench-instances', {
    ...process.env,
    DEMO_DATA_ON_FIRST_START: 'false',
    DIGEST_SCHEDULE: 'false',
  });
  let a = await startService(config, quiet);
  const { gazetteer } = a.services;
  const regionCodes = gazetteer.regions().map((region) => region.code);
  const hasher = createPasswordHasher(config.passwordHash);
  await ensureSyntheticData(
    regionCodes.flatMap((code) => gazetteer.communesInRegion(code)),
    regionCodes,
    (password) => hasher.hash(password),
    console.log,
  );
  if (a.services.offerReadModel.size < OFFERS) {
    // Written just now: A starts again, to hold the whole dataset as an instance does.
    await a.stop();
    a = await startService(config, quiet);
  }
  let b: ChildProcess | undefined;
  try {
    const embedded = a.database.embedded;
    if (!embedded) throw new Error('instance A must run the embedded database');
    const serverJs = process.env.BENCH_SERVER_JS ?? path.join(config.projectRoot, 'dist/src/server.js');
    const started = await startInstance(serverJs, {
      ...process.env,
      NODE_ENV: 'test',
      PORT: '0',
      MONGODB_URI: embedded.uri,
      // Required with MONGODB_URI (instances must share it); no session is used here.
      SESSION_SECRET: process.env.SESSION_SECRET ?? randomBytes(32).toString('hex'),
      MONGODB_DB_NAME: config.database.name,
      DATA_DIR: config.dataDir,
      GEO_IMPORT_ON_START: 'false',
      DEMO_DATA_ON_FIRST_START: 'false',
      DIGEST_SCHEDULE: 'false',
    });
    b = started.child;
    const afterStart = residentMegabytes(started.child.pid ?? 0);
    console.log(
      `${gazetteer.communeCount} communes, ${a.services.offerReadModel.size} offers, ` +
        `${[...a.services.projects.all()].length} projects in the database`,
    );
    console.log(
      `instance B (${path.relative(config.projectRoot, serverJs)}): started in ${(started.startMs / 1000).toFixed(2)} s, ` +
        `resident memory ${afterStart.toFixed(0)} MB`,
    );
    if (process.env.BENCH_SERVER_JS) return;

    // One published offer of a commune, changed through A one write at a time.
    const offer = [...a.services.offerReadModel.all()].find((candidate) => candidate.status === 'publiee');
    if (!offer) throw new Error('no published offer');
    const staff = {
      id: new Types.ObjectId().toHexString(),
      email: 'banc@mairie.example',
      communeCode: offer.commune,
      active: true,
    };
    const delays: number[] = [];
    let current: OfferView = offer;
    for (let index = 0; index < WRITES; index += 1) {
      const title = `Offre du banc d’essai n° ${index} ${Date.now()}`;
      const { id, revision } = current;
      const input: OfferInput = {
        title,
        description: current.description,
        availableFrom: current.availableFrom,
        expiresAt: current.expiresAt,
        audiences: current.audiences,
        professions: current.professions,
        contact: current.contact,
        details: current.details,
      };
      const result = await a.services.offers.update(staff, id, revision, input);
      if (!result.ok) throw new Error(`write ${index} refused: ${result.reason}`);
      const acknowledged = performance.now();
      current = result.offer;
      while (!(await pageHas(`${started.url}/offres/${id}`, title))) await sleep(CHECK_EVERY_MS);
      delays.push(performance.now() - acknowledged);
      // Writes spread over the poll period, as real ones are.
      await sleep(Math.random() * 100);
    }
    const delay = latencyOf(delays, 1);
    console.log(
      `convergence A → B over ${WRITES} writes (READ_MODEL_SYNC_MS=${config.readModels.syncMs}): ` +
        `p50 ${delay.p50.toFixed(0)} ms  p95 ${delay.p95.toFixed(0)} ms  max ${delay.max.toFixed(0)} ms ` +
        `(B checked every ${CHECK_EVERY_MS} ms)`,
    );
    console.log(
      `instance B resident memory after the writes: ${residentMegabytes(started.child.pid ?? 0).toFixed(0)} MB`,
    );
    console.log(
      `target: p95 ≤ ${config.readModels.syncMs} ms: ${delay.p95 <= config.readModels.syncMs ? 'met' : 'NOT MET'}`,
    );
  } finally {
    if (b && b.exitCode === null) {
      const exited = new Promise((resolve) => b?.once('exit', resolve));
      b.kill('SIGTERM');
      await exited;
    }
    await a.stop().catch(quiet);
  }
});
