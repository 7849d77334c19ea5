// npm run bench:communes — latency of the commune autocomplete over HTTP (target: p95 < 30 ms),
// against the whole French geography on the embedded database, with /healthz measured in the
// same run as the baseline (the cost of HTTP and Express alone).
import path from 'node:path';
import { loadConfig } from '../src/config';
import { startService } from '../src/service';
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

interface Stats {
  p50: number;
  p95: number;
  p99: number;
  max: number;
  perSecond: number;
}

async function measure(baseUrl: string, paths: (i: number) => string, count: number): Promise<Stats> {
  const durations: number[] = [];
  let next = 0;
  const started = performance.now();
  const worker = async (): Promise<void> => {
    while (next < count) {
      const i = next++;
      const t0 = performance.now();
      const response = await fetch(baseUrl + paths(i));
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`${paths(i)} answered ${response.status}`);
      durations.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const elapsed = performance.now() - started;
  durations.sort((a, b) => a - b);
  const at = (q: number) =>
    durations[Math.min(durations.length - 1, Math.floor(q * durations.length))] ?? NaN;
  return {
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    max: durations.at(-1) ?? NaN,
    perSecond: (count / elapsed) * 1000,
  };
}

const line = (name: string, s: Stats) =>
  `${name.padEnd(24)} p50 ${s.p50.toFixed(2)} ms  p95 ${s.p95.toFixed(2)} ms  p99 ${s.p99.toFixed(2)} ms  ` +
  `max ${s.max.toFixed(1)} ms  ${s.perSecond.toFixed(0)} req/s`;

runScript(async () => {
  // Its own data folder, so that it can run beside a started service.
  const base = loadConfig();
  const config = loadConfig({
    ...process.env,
    PORT: '0',
    DATA_DIR: path.join(path.relative(base.projectRoot, base.dataDir), 'bench'),
  });
  const service = await startService(config, () => undefined);
  try {
    const autocomplete = (i: number) =>
      `/api/communes?q=${encodeURIComponent(QUERIES[i % QUERIES.length] ?? 'dole')}`;
    await measure(service.url, autocomplete, WARM_UP_REQUESTS);
    await measure(service.url, () => '/healthz', WARM_UP_REQUESTS);
    const baseline = await measure(service.url, () => '/healthz', MEASURED_REQUESTS);
    const result = await measure(service.url, autocomplete, MEASURED_REQUESTS);
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
