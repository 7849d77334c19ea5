// npm run bench:map — the public map's data endpoint over HTTP at France scale (target: warm p95
// ≤ 50 ms): the real service on a scratch embedded database with the whole French geography and
// 20,000 synthetic published offers in the database (loaded into the read model at start), measured
// without filter, with a région filter and as a 304 revalidation, against /healthz in the same run.
import type { Config } from '../src/config';
import { OfferModel } from '../src/models/offer';
import { startService } from '../src/service';
import { loadGazetteer } from '../src/services/geography/load-gazetteer';
import { syntheticOffers } from './bench/synthetic-offers';
import { benchConfig } from './bench/bench-config';
import type { HttpRequest } from './bench/http-load';
import { type Latency, measureHttp } from './bench/latency';
import { runScript } from './run-script';

const OFFERS = 20_000;
const WARM_UP_REQUESTS = 100;
const MEASURED_REQUESTS = 1000;
const CONCURRENCY = 4;
const TARGET_P95_MS = 50;
const INSERT_BATCH = 1000;

type Stats = Latency & { bytes: number };

const measure = (
  baseUrl: string,
  count: number,
  request: (i: number) => HttpRequest,
  expectedStatus = 200,
): Promise<Stats> => measureHttp(baseUrl, count, CONCURRENCY, request, expectedStatus);

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
