// npm run bench:memory — where the service's memory goes at France scale. Builds (or reuses) the
// dataset of `npm run bench`, starts the service as `npm start` does, with a probe loaded beside it
// (scripts/bench/memory-probe.ts, not part of the service), and prints its memory right after
// start and after MEMORY_REQUESTS (15,000) of the bench's mixed traffic (a count, not a duration, so
// that runs on a machine more or less loaded compare): resident set, V8 heap
// (used and reserved, per space, then after a full collection: what is alive) and memory outside
// the heap (buffers). Settings: BENCH_OFFERS (20000), BENCH_CONNECTIONS (10), MEMORY_REQUESTS,
// MEMORY_SNAPSHOT (a folder: a heap snapshot at each probe, for Chrome's DevTools), MEMORY_NODE_OPTIONS
// (flags given to the service's node, e.g. to compare --max-semi-space-size).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchConfig } from './bench/bench-config';
import { prepareDataset, startAsNpmStart } from './bench/bench-service';
import { hotEndpoints, soakRequests } from './bench/hot-pages';
import { describeResident, sampleResident, sendTraffic, signedInResults } from './bench/mixed-traffic';
import { cpuSeconds, residentMiB, settled } from './bench/processes';
import { OFFERS, benchDataFolder } from './bench/synthetic-data';
import { runScript } from './run-script';

interface Sample {
  usage: Record<string, number>;
  spaces: Record<string, { used: number; size: number }>;
}
interface Probe {
  before: Sample;
  afterGc?: Sample;
  snapshot?: string;
}

const setting = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name}: expected a number`);
  return value;
};

async function probe(pid: number, file: string): Promise<Probe> {
  fs.rmSync(file, { force: true });
  process.kill(pid, 'SIGUSR2');
  for (let waited = 0; waited < 600_000; waited += 200) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8')) as Probe;
  }
  throw new Error('the memory probe did not answer');
}

/**
 * Where the resident memory sits (/proc/<pid>/smaps): the V8 heap and malloc's arenas are
 * anonymous mappings, the code is file-backed; the largest mappings and the totals by kind.
 */
function residentMappings(pid: number): string {
  const kinds = new Map<string, number>();
  const mappings: { name: string; kib: number }[] = [];
  let current = '';
  for (const line of fs.readFileSync(`/proc/${pid}/smaps`, 'utf8').split('\n')) {
    const header = /^[0-9a-f]+-[0-9a-f]+ \S+ \S+ \S+ \S+\s*(.*)$/.exec(line);
    if (header) current = header[1] || '[anonymous]';
    const rss = /^Rss:\s+(\d+) kB/.exec(line);
    if (!rss) continue;
    const kib = Number(rss[1]);
    const kind = current.startsWith('/') ? 'files (code, libraries)' : current;
    kinds.set(kind, (kinds.get(kind) ?? 0) + kib);
    mappings.push({ name: current, kib });
  }
  const largest = mappings
    .sort((a, b) => b.kib - a.kib)
    .slice(0, 8)
    .map(({ name, kib }) => `${(kib / 1024).toFixed(0)} ${name}`);
  const totals = [...kinds]
    .sort((a, b) => b[1] - a[1])
    .map(([kind, kib]) => `${kind} ${(kib / 1024).toFixed(0)}`);
  return `  resident by kind (MiB): ${totals.join(' · ')}\n  largest mappings (MiB): ${largest.join(' · ')}`;
}

const mib = (value: number | undefined) => (value ?? NaN).toFixed(0).padStart(6);

function print(label: string, pid: number, { before, afterGc, snapshot }: Probe) {
  console.log(`\n${label}: resident ${residentMiB(pid).toFixed(0)} MiB`);
  console.log(residentMappings(pid));
  const lines: [string, Sample | undefined][] = [
    ['as found', before],
    ['after a full GC', afterGc],
  ];
  console.log(`  ${''.padEnd(16)}   rss  heapTotal  heapUsed  external  arrayBuffers`);
  for (const [name, sample] of lines)
    if (sample)
      console.log(
        `  ${name.padEnd(16)}${mib(sample.usage.rss)} ${mib(sample.usage.heapTotal)}     ${mib(sample.usage.heapUsed)}    ` +
          `${mib(sample.usage.external)}    ${mib(sample.usage.arrayBuffers)}`,
      );
  console.log('  heap spaces, used / reserved MiB (as found → after GC):');
  for (const [space, { used, size }] of Object.entries(before.spaces)) {
    const after = afterGc?.spaces[space];
    if (size < 1 && (after?.size ?? 0) < 1) continue;
    console.log(
      `    ${space.padEnd(24)}${mib(used)} /${mib(size)}` +
        (after ? `  →${mib(after.used)} /${mib(after.size)}` : ''),
    );
  }
  if (snapshot) console.log(`  heap snapshot: ${snapshot}`);
}

runScript(async () => {
  const offerCount = setting('BENCH_OFFERS', OFFERS);
  const connections = setting('BENCH_CONNECTIONS', 10);
  const requestCount = setting('MEMORY_REQUESTS', 15_000);
  const config = benchConfig(benchDataFolder(offerCount));
  const measuring = await prepareDataset(config, offerCount);

  const probeFile = path.join(os.tmpdir(), `accueil-sante-memory-${process.pid}.json`);
  const snapshotDir = process.env.MEMORY_SNAPSHOT ? path.resolve(process.env.MEMORY_SNAPSHOT) : undefined;
  if (snapshotDir) fs.mkdirSync(snapshotDir, { recursive: true });
  const extraFlags = (process.env.MEMORY_NODE_OPTIONS ?? '').split(' ').filter(Boolean);
  const service = await startAsNpmStart(
    config,
    ['--expose-gc', '--require', path.join(__dirname, 'bench/memory-probe.js'), ...extraFlags],
    { MEMORY_PROBE_FILE: probeFile, ...(snapshotDir ? { MEMORY_PROBE_SNAPSHOT: snapshotDir } : {}) },
  );
  try {
    await settled(service.pid);
    console.log(`${offerCount} offers; service flags: ${extraFlags.join(' ') || '(none)'}`);
    print('Ready and idle', service.pid, await probe(service.pid, probeFile));

    const results = await signedInResults(service.url, measuring);
    const requests = soakRequests(hotEndpoints(results, ''), results);
    const sampling = sampleResident(service.pid, 10_000);
    const cpuBefore = cpuSeconds(service.pid);
    const load = await sendTraffic(service.url, requests, connections, { amount: requestCount });
    // The service's own CPU time (garbage collection included) barely depends on the machine's load.
    const cpuPerThousand = ((cpuSeconds(service.pid) - cpuBefore) / load.requests.total) * 1000;
    console.log(
      `\n${load.requests.total} requests of mixed traffic (${requests.length} different ones, ${connections} connections) in ${load.duration.toFixed(0)} s: ` +
        `${load.errors} errors; the service's CPU time ${cpuPerThousand.toFixed(1)} s per 1,000 requests; ` +
        `load average ${os.loadavg()[0]?.toFixed(1)}; resident memory (MiB) every 10 s:`,
    );
    for (const line of describeResident(sampling.stop())) console.log(line);
    print('After the traffic', service.pid, await probe(service.pid, probeFile));
  } finally {
    await service.stop();
    fs.rmSync(probeFile, { force: true });
  }
});
