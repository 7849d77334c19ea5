// npm run bench:communes — latency of the commune autocomplete over HTTP (target: p95 < 30 ms),
// against the whole French geography on the embedded database, with /healthz measured in the
// same run as the baseline (the cost of HTTP and Express alone).
import { startService } from '../src/service';
import { benchConfig } from './bench/bench-config';
import { type Latency, measureHttp } from './bench/latency';
import { runScript } from './run-script';

const WARM_UP_REQUESTS = 300;
const MEASURED_REQUESTS = 3000;
const CONCURRENCY = 4;
const TARGET_P95_MS = 30;

/** Typed prefixes as users type them, short ones (the most matches) included. */
const QUERIES = [
  'd',
  'do',
  'dol',
  'dole',
  's',
  'sa',
  'saint',
  'st-b',
  'saint brieuc',
  'le',
  'la',
  'l',
  'besan',
  'mont',
  'vill',
  'ajac',
  'b',
  'ch',
  'sainte marie',
  'bourg',
  'lons le s',
  'quimper',
  'rennes',
  '39100',
  '75',
  '2a004',
  'châtillon',
  'neuf',
  'la roche',
  'saint-jean',
  'plou',
  'ker',
  'e',
  'o',
  'vesoul',
  'dijon',
  'nev',
  'auxerre',
  'lannion',
  'brest',
];

const line = (name: string, s: Latency) =>
  `${name.padEnd(24)} p50 ${s.p50.toFixed(2)} ms  p95 ${s.p95.toFixed(2)} ms  p99 ${s.p99.toFixed(2)} ms  ` +
  `max ${s.max.toFixed(1)} ms  ${s.perSecond.toFixed(0)} req/s`;

runScript(async () => {
  // Its own data folder, so that it can run beside a started service.
  const service = await startService(benchConfig('bench'), () => undefined);
  try {
    const autocomplete = (i: number) =>
      `/api/communes?q=${encodeURIComponent(QUERIES[i % QUERIES.length] ?? 'dole')}`;
    await measureHttp(service.url, WARM_UP_REQUESTS, CONCURRENCY, (i) => ({ path: autocomplete(i) }));
    await measureHttp(service.url, WARM_UP_REQUESTS, CONCURRENCY, () => ({ path: '/healthz' }));
    const baseline = await measureHttp(service.url, MEASURED_REQUESTS, CONCURRENCY, () => ({
      path: '/healthz',
    }));
    const result = await measureHttp(service.url, MEASURED_REQUESTS, CONCURRENCY, (i) => ({
      path: autocomplete(i),
    }));
    console.log(
      `${MEASURED_REQUESTS} requests each, ${CONCURRENCY} at a time, ${QUERIES.length} different queries`,
    );
    console.log(line('GET /healthz (baseline)', baseline));
    console.log(line('GET /api/communes?q=', result));
    console.log(
      `ratio to baseline: p50 ×${(result.p50 / baseline.p50).toFixed(2)}, p95 ×${(result.p95 / baseline.p95).toFixed(2)}`,
    );
    console.log(`target p95 < ${TARGET_P95_MS} ms: ${result.p95 < TARGET_P95_MS ? 'met' : 'NOT MET'}`);
  } finally {
    await service.stop();
  }
});
