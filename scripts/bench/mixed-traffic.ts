// The traffic `npm run bench` and `npm run bench:memory` send to the service they started: the
// measuring professionals signed in, autocannon from the benchmark's own process (gzip accepted,
// bodies read raw, as a browser), and the service's resident memory sampled meanwhile.
import autocannon from 'autocannon';
import { resultsPath } from '../../src/web/paths';
import type { Request } from './hot-pages';
import { logIn } from './log-in';
import { residentMiB } from './processes';
import { BENCH_PASSWORD } from './synthetic-data';

/** Signs the measuring professionals in; returns their results pages for one kind of area (see measuredAreas). */
export async function signedInResults(
  url: string,
  measuring: readonly { ownerEmail: string; projectIds: readonly string[] }[],
): Promise<(areaIndex: number) => Request[]> {
  const sessions = await Promise.all(
    measuring.map(async ({ ownerEmail, projectIds }) => ({
      cookie: await logIn(url, ownerEmail, BENCH_PASSWORD),
      projectIds,
    })),
  );
  return (areaIndex) =>
    sessions.map(({ cookie, projectIds }) => ({
      path: resultsPath(projectIds[areaIndex] ?? ''),
      headers: { cookie },
    }));
}

/**
 * GET requests in turn on `connections` connections, for `duration` seconds or `amount` requests.
 * Also gives the 95th percentile of the response times, which autocannon does not (the targets are set in it).
 */
export async function sendTraffic(
  url: string,
  requests: readonly Request[],
  connections: number,
  until: { duration: number } | { amount: number },
) {
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const run = autocannon(
      {
        url,
        connections,
        ...until,
        requests: requests.map(({ path, headers }) => ({
          method: 'GET' as const,
          path,
          headers: { 'accept-encoding': 'gzip', ...headers },
        })),
      },
      (error, done) => (error ? reject(error as Error) : resolve(done)),
    );
    run.on('response', (_client, _status, _bytes, milliseconds) => times.push(milliseconds));
  });
  times.sort((a, b) => a - b);
  return { ...result, p95: times[Math.min(times.length - 1, Math.floor(times.length * 0.95))] ?? 0 };
}

export interface ResidentSample {
  /** Seconds since sampling started. */
  at: number;
  mib: number;
}

/** Samples the resident memory of `pid` now and every `everyMs`; `stop()` takes a last sample and returns them all. */
export function sampleResident(pid: number, everyMs: number) {
  const started = performance.now();
  const take = (): ResidentSample => ({ at: (performance.now() - started) / 1000, mib: residentMiB(pid) });
  const samples = [take()];
  const timer = setInterval(() => samples.push(take()), everyMs);
  return {
    stop(): ResidentSample[] {
      clearInterval(timer);
      samples.push(take());
      return samples;
    },
  };
}

/**
 * Whether the resident memory grew in the second half of a run: the least-squares slope of the
 * samples of that half (steadier than its first and last sample, which one collection can move),
 * as the growth it amounts to over the half. Under 2 % of the half's mean counts as flat.
 */
export function lastHalfGrowth(samples: readonly ResidentSample[]) {
  const end = samples.at(-1)?.at ?? 0;
  const half = samples.filter(({ at }) => at >= end / 2);
  const n = half.length;
  const meanAt = half.reduce((sum, { at }) => sum + at, 0) / n;
  const meanMib = half.reduce((sum, { mib }) => sum + mib, 0) / n;
  const covariance = half.reduce((sum, { at, mib }) => sum + (at - meanAt) * (mib - meanMib), 0);
  const variance = half.reduce((sum, { at }) => sum + (at - meanAt) ** 2, 0);
  const fittedMib = variance > 0 ? (covariance / variance) * (end / 2) : 0;
  return {
    from: half[0]?.mib ?? NaN,
    to: half.at(-1)?.mib ?? NaN,
    fittedMib,
    grew: fittedMib > 0.02 * meanMib,
  };
}

/** The samples as lines of `perLine` `at s MiB` pairs, then the peak and the verdict on the last half. */
export function describeResident(samples: readonly ResidentSample[], perLine = 10): string[] {
  const cells = samples.map(({ at, mib }) => `${at.toFixed(0)} s ${mib.toFixed(0)}`);
  const lines: string[] = [];
  for (let from = 0; from < cells.length; from += perLine)
    lines.push('  ' + cells.slice(from, from + perLine).join(' · '));
  const peak = Math.max(...samples.map(({ mib }) => mib));
  const { from, to, fittedMib, grew } = lastHalfGrowth(samples);
  const signed = (value: number) => `${value >= 0 ? '+' : ''}${value.toFixed(0)}`;
  lines.push(
    `  peak ${peak.toFixed(0)} MiB; last half ${from.toFixed(0)} → ${to.toFixed(0)} MiB, ` +
      `fitted trend ${signed(fittedMib)} MiB over the half: ${grew ? 'GREW' : 'flat (under 2 %)'}`,
  );
  return lines;
}
