// npm run bench:map — the public map's data endpoint over HTTP at France scale (target: warm p95
// ≤ 50 ms): the real service on a scratch embedded database with the whole French geography and
// 20,000 synthetic published offers in the database (loaded into the read model at start), measured
// without filter, with a région filter and as a 304 revalidation, against /healthz in the same run.
import http from 'node:http';
import type { Config } from '../src/config';
import { OfferModel } from '../src/models/offer';
import { startService } from '../src/service';
import { loadGazetteer } from '../src/services/geography/load-gazetteer';
import { syntheticOffers } from './bench/synthetic-offers';
import { benchConfig } from './bench/bench-config';
import { runScript } from './run-script';

const OFFERS = 20_000;
const WARM_UP_REQUESTS = 100;
const MEASURED_REQUESTS = 1000;
const CONCURRENCY = 4;
const TARGET_P95_MS = 50;
const INSERT_BATCH = 1000;

interface Stats {
  p50: number;
  p95: number;
  max: number;
  bytes: number;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });

/** One GET as a browser makes it (gzip accepted); the body is read, not decompressed. */
function get(url: string, headers: Record<string, string>): Promise<{ status: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent, headers: { 'Accept-Encoding': 'gzip', ...headers } }, (response) => {
        let bytes = 0;
        response.on('data', (chunk: Buffer) => (bytes += chunk.length));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, bytes }));
      })
      .on('error', reject);
  });
}

/** `count` GETs, CONCURRENCY at a time; `request(i)` gives the path and headers of the i-th. */
async function measure(
  baseUrl: string,
  count: number,
  request: (i: number) => { path: string; headers?: Record<string, string> },
  expectedStatus = 200,
): Promise<Stats> {
  const durations: number[] = [];
  let bytes = 0;
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const { path: url, headers = {} } = request(next++);
      const started = performance.now();
      const response = await get(baseUrl + url, headers);
      durations.push(performance.now() - started);
      if (response.status !== expectedStatus) throw new Error(`${url} answered ${response.status}`);
      bytes = Math.max(bytes, response.bytes);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  durations.sort((a, b) => a - b);
  const at = (q: number) =>
    durations[Math.min(durations.length - 1, Math.floor(q * durations.length))] ?? NaN;
  return { p50: at(0.5), p95: at(0.95), max: durations.at(-1) ?? NaN, bytes };
}

const line = (name: string, s: Stats, baseline?: Stats) =>
  `${name.padEnd(40)} p50 ${s.p50.toFixed(2).padStart(6)} ms  p95 ${s.p95.toFixed(2).padStart(6)} ms  ` +
  `max ${s.max.toFixed(1).padStart(6)} ms` +
  (baseline ? `  ×${(s.p50 / baseline.p50).toFixed(1)} of /healthz (p50)` : '') +
  (s.bytes ? `  ${(s.bytes / 1024).toFixed(0)} kB on the wire` : '');

/** Puts the synthetic offers in the database once (the scratch folder keeps them between runs). */
async function ensureOffers(config: Config): Promise<void> {
  const service = await startService(config, () => undefined);
  try {
    if ((await OfferModel.estimatedDocumentCount()) === OFFERS) return;
    await OfferModel.deleteMany({});
    const gazetteer = await loadGazetteer();
    const all = gazetteer.departements().flatMap((d) => [...gazetteer.communesInDepartement(d.code)]);
    const offers = syntheticOffers(all, OFFERS).map(({ id, ...offer }) => ({ _id: id, ...offer }));
    for (let start = 0; start < offers.length; start += INSERT_BATCH)
      await OfferModel.insertMany(offers.slice(start, start + INSERT_BATCH));
    console.log(`${OFFERS} synthetic offers written to the scratch database`);
  } finally {
    await service.stop();
  }
}

runScript(async () => {
  // Its own data folder, so that it can run beside a started service.
  const config = benchConfig('bench-map', { ...process.env, DEMO_DATA_ON_FIRST_START: 'false' });
  await ensureOffers(config);
  const service = await startService(config, console.log);
  try {
    const regions = (await loadGazetteer()).regions().map((region) => region.code);
    const started = performance.now();
    const first = await fetch(`${service.url}/carte/donnees.json`);
    await first.arrayBuffer();
    const cold = performance.now() - started;
    const etag = first.headers.get('etag') ?? '';
    const all = () => ({ path: '/carte/donnees.json' });
    const byRegion = (i: number) => ({ path: `/carte/donnees.json?region=${regions[i % regions.length]}` });
    const revalidation = () => ({ path: '/carte/donnees.json', headers: { 'If-None-Match': etag } });
    const health = () => ({ path: '/healthz' });

    for (const request of [health, all, byRegion]) await measure(service.url, WARM_UP_REQUESTS, request);
    const baseline = await measure(service.url, MEASURED_REQUESTS, health);
    const results = {
      all: await measure(service.url, MEASURED_REQUESTS, all),
      region: await measure(service.url, MEASURED_REQUESTS, byRegion),
      revalidation: await measure(service.url, MEASURED_REQUESTS, revalidation, 304),
    };
    console.log(
      `${OFFERS} published offers; ${MEASURED_REQUESTS} requests per line, ${CONCURRENCY} at a time, gzip accepted`,
    );
    console.log(`first request after start (cold, France): ${cold.toFixed(0)} ms`);
    console.log(line('GET /healthz (baseline)', baseline));
    console.log(line('GET /carte/donnees.json (France)', results.all, baseline));
    console.log(line(`GET /carte/donnees.json?region= (${regions.length})`, results.region, baseline));
    console.log(line('GET /carte/donnees.json → 304', results.revalidation, baseline));
    const worst = Math.max(results.all.p95, results.region.p95, results.revalidation.p95);
    console.log(`target warm p95 ≤ ${TARGET_P95_MS} ms: ${worst <= TARGET_P95_MS ? 'met' : 'NOT MET'}`);
  } finally {
    await service.stop();
  }
});
