// npm run bench — every hot page at France scale, through the service started as `npm start`
// starts it (compiled templates, its own process), against an Express hello-world of the same Node
// measured in the same run; then a soak of mixed traffic with the service's memory sampled.
// The dataset (20,000 offers, 1,000 professionals, 5,000 projects) is the one of bench:matching,
// written once into data/bench-matching and reused. Settings, from the environment:
//   BENCH_SECONDS (5) per endpoint, BENCH_CONNECTIONS (10), BENCH_SOAK_SECONDS (600, 0 for none),
//   BENCH_SOAK_SAMPLE_SECONDS (30: how often the soak samples the service's resident memory),
//   BENCH_OFFERS (20000; another count gets its own data folder; several, e.g. 20000,80000: each
//   series in turn, then side by side), BENCH_ONLY (labels containing it),
//   BENCH_CPU_PROF (a folder: the service writes a CPU profile there when it stops),
//   BENCH_SERVICE_LOG (a file: the service's output once ready, e.g. with BENCH_NODE_OPTIONS=--trace-gc),
//   BENCH_NODE_OPTIONS (node flags added after npm start's, e.g. `--heap-growing-percent=0
//   --max-semi-space-size=0` for V8's defaults, to compare).
import os from 'node:os';
import path from 'node:path';
import { benchConfig } from './bench/bench-config';
import { type Endpoint, type Request, hotEndpoints, soakRequests } from './bench/hot-pages';
import { describeResident, sampleResident, sendTraffic, signedInResults } from './bench/mixed-traffic';
import { freePort, settled, startProcess } from './bench/processes';
import { OFFERS, benchDataFolder } from './bench/synthetic-data';
import { OPEN_DATA_LIMIT, npmStartSettings, prepareDataset, startAsNpmStart } from './bench/bench-service';
import { runScript } from './run-script';

interface Measure {
  /** The first request, alone (caches cold). */
  first?: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  bytes: number;
  unexpected: number;
}

const setting = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name}: expected a number`);
  return value;
};
const loadNow = () =>
  `load average ${os
    .loadavg()
    .map((load) => load.toFixed(1))
    .join(' / ')} on ${os.cpus().length} cores`;

/** Load from this process (the service runs in its own), gzip accepted and bodies read raw, as a browser. */
async function measure(url: string, endpoint: Endpoint, seconds: number, connections: number) {
  const result = await sendTraffic(url, endpoint.requests, connections, { duration: seconds });
  const expected = String(endpoint.status ?? 200) as `${number}`;
  const answered = result.statusCodeStats?.[expected]?.count ?? 0;
  return {
    perSecond: result.requests.average,
    p50: result.latency.p50,
    p95: result.p95,
    p99: result.latency.p99,
    bytes: result.requests.total ? result.throughput.total / result.requests.total : 0,
    unexpected: result.requests.total - answered + result.errors + result.timeouts,
  } satisfies Measure;
}

/** One request, nothing else under way, in milliseconds. */
async function timeAlone(url: string, request: Request | undefined): Promise<number> {
  const started = performance.now();
  const answer = await fetch(url + (request?.path ?? '/'), { headers: request?.headers });
  await answer.arrayBuffer();
  return performance.now() - started;
}

const row = (label: string, m: Measure, baseline?: Measure) =>
  console.log(
    `${label.padEnd(46)} ${(m.first?.toFixed(0) ?? '').padStart(5)}  ${m.perSecond.toFixed(0).padStart(6)}  ${m.p50.toFixed(0).padStart(5)}  ` +
      `${m.p95.toFixed(0).padStart(6)}  ${m.p99.toFixed(0).padStart(5)}  ` +
      `${(m.bytes / 1024).toFixed(1).padStart(7)}  ` +
      (baseline
        ? `×${(baseline.perSecond / Math.max(m.perSecond, 0.01)).toFixed(0)}`.padStart(6)
        : '     —') +
      (m.unexpected ? `  (${m.unexpected} unexpected answers)` : ''),
  );

runScript(async () => {
  const seconds = setting('BENCH_SECONDS', 5);
  const connections = setting('BENCH_CONNECTIONS', 10);
  const soakSeconds = setting('BENCH_SOAK_SECONDS', 600);
  const sampleSeconds = Math.max(1, setting('BENCH_SOAK_SAMPLE_SECONDS', 30));
  const offerCounts = (process.env.BENCH_OFFERS ?? String(OFFERS)).split(',').map((count) => {
    const value = Number(count);
    if (!Number.isInteger(value) || value <= 0)
      throw new Error('BENCH_OFFERS: expected counts such as 20000,80000');
    return value;
  });
  const only = process.env.BENCH_ONLY ?? '';
  const settings = { seconds, connections, soakSeconds, sampleSeconds, only };

  const hello = await startProcess(path.join(__dirname, 'bench/hello-world.js'), {
    ...process.env,
    PORT: String(await freePort()),
  });
  const series: { offerCount: number; lines: Map<string, Measure> }[] = [];
  try {
    for (const offerCount of offerCounts)
      series.push({ offerCount, lines: await runSeries(offerCount, hello.url, settings) });
  } finally {
    await hello.stop();
  }
  if (series.length > 1) compare(series);
});

/** Every hot page of one dataset, through its own service; then the soak. Returns each line's measure. */
async function runSeries(
  offerCount: number,
  helloUrl: string,
  {
    seconds,
    connections,
    soakSeconds,
    sampleSeconds,
    only,
  }: { seconds: number; connections: number; soakSeconds: number; sampleSeconds: number; only: string },
): Promise<Map<string, Measure>> {
  const config = benchConfig(benchDataFolder(offerCount));
  const measuring = await prepareDataset(config, offerCount);
  const startedAt = performance.now();
  const profileDir = process.env.BENCH_CPU_PROF;
  const extraFlags = (process.env.BENCH_NODE_OPTIONS ?? '').split(' ').filter(Boolean);
  const service = await startAsNpmStart(config, [
    ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []),
    ...extraFlags,
  ]);
  const startUp = (performance.now() - startedAt) / 1000;
  const lines = new Map<string, Measure>();
  try {
    const results = await signedInResults(service.url, measuring);
    // What the service does after being ready (catching up, first jobs) is not measured.
    const quietAfter = await settled(service.pid);
    const mapEtag = (await fetch(`${service.url}/carte/donnees.json`)).headers.get('etag') ?? '';
    const endpoints = hotEndpoints(results, mapEtag).filter((endpoint) => endpoint.label.includes(only));

    console.log(
      `\n${offerCount} offers; service started as npm start does (node ${[...npmStartSettings(config.projectRoot).nodeFlags, ...extraFlags].join(' ')} dist/src/server.js, ` +
        `ready in ${startUp.toFixed(1)} s, then busy ${quietAfter.toFixed(0)} s more), open data limit raised to ${OPEN_DATA_LIMIT}/min so that ` +
        `the limiter is not what is measured; autocannon from the benchmark's process, ` +
        `${connections} connections, ${seconds} s per line after ${Math.min(2, seconds)} s of warm-up; ${loadNow()}\n`,
    );
    console.log(
      `${'endpoint'.padEnd(46)} ${'first'.padStart(5)}  ${'req/s'.padStart(6)}  ${'p50'.padStart(5)}  ${'p95'.padStart(6)}  ` +
        `${'p99'.padStart(5)}  ${'kB/req'.padStart(7)}  ${'ratio'.padStart(6)}   (ms; first: one request alone, before the others; ratio: hello-world req/s ÷ req/s)`,
    );
    const run = async (url: string, endpoint: Endpoint) => {
      const first = await timeAlone(url, endpoint.requests[0]);
      await measure(url, endpoint, Math.min(2, seconds), connections);
      return { ...(await measure(url, endpoint, seconds, connections)), first };
    };
    const baseline = await run(helloUrl, { label: 'hello', requests: [{ path: '/' }] });
    row('Express hello-world (same Node, baseline)', baseline);
    for (const endpoint of endpoints) {
      const measured = await run(service.url, endpoint);
      lines.set(endpoint.label, measured);
      row(endpoint.label, measured, baseline);
    }
    console.log(`(${loadNow()})`);

    if (soakSeconds > 0)
      await soak(service, soakRequests(endpoints, results), {
        seconds: soakSeconds,
        sampleSeconds,
        connections,
      });
  } finally {
    await service.stop();
  }
  return lines;
}

/** The lines of every dataset side by side, and how each grew with the offers (BENCH_OFFERS=20000,80000). */
function compare(series: readonly { offerCount: number; lines: Map<string, Measure> }[]) {
  const [first, ...others] = series;
  if (!first) return;
  console.log(
    `\nSide by side (req/s · p50 / p95 ms · first ms), then the last count's p50 and first request ` +
      `as multiples of the first count's (offers ×${((series.at(-1)?.offerCount ?? 0) / first.offerCount).toFixed(0)}):`,
  );
  console.log(
    `${'endpoint'.padEnd(46)}${series.map(({ offerCount }) => `${offerCount} offers`.padStart(26)).join('')}   p50 ×   first ×`,
  );
  for (const [label, measured] of first.lines) {
    const cells = series.map(({ lines }) => {
      const m = lines.get(label);
      return (
        m
          ? `${m.perSecond.toFixed(0)} · ${m.p50.toFixed(0)} / ${m.p95.toFixed(0)} · ${m.first?.toFixed(0) ?? ''}`
          : '—'
      ).padStart(26);
    });
    const last = others.at(-1)?.lines.get(label);
    const growth = (a: number | undefined, b: number | undefined) =>
      a && b !== undefined ? (b / a).toFixed(1).padStart(7) : '      —';
    console.log(
      `${label.padEnd(46)}${cells.join('')}   ${growth(measured.p50, last?.p50)}  ${growth(measured.first, last?.first)}`,
    );
  }
}

/**
 * Mixed traffic for `seconds`, every endpoint with varied parameters (so that caches fill up to
 * their bounds), the service's resident memory sampled every `sampleSeconds`: its curve, and
 * whether it grew in the last half.
 */
async function soak(
  service: { url: string; pid: number },
  mixed: readonly Request[],
  { seconds, sampleSeconds, connections }: { seconds: number; sampleSeconds: number; connections: number },
) {
  console.log(
    `\nSoak: ${seconds} s of mixed traffic (${mixed.length} different requests in turn), ${connections} connections; ` +
      `resident memory of the service (VmRSS, MiB) every ${sampleSeconds} s; ${loadNow()}:`,
  );
  const sampling = sampleResident(service.pid, sampleSeconds * 1000);
  const result = await sendTraffic(service.url, mixed, connections, { duration: seconds });
  for (const line of describeResident(sampling.stop())) console.log(line);
  console.log(
    `  ${result.requests.total} requests, ${result.requests.average.toFixed(0)} req/s, p50 ${result.latency.p50} ms, ` +
      `p95 ${result.p95.toFixed(0)} ms, p99 ${result.latency.p99} ms, ${result.non2xx} not 2xx (304s included), ` +
      `${result.errors} errors; ${loadNow()}`,
  );
}
