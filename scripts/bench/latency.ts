// Latency figures for the benchmarks: percentiles of measured durations, in process or over HTTP
// with several requests at a time.
import { type HttpRequest, runHttpLoad } from './http-load';

export interface Latency {
  p50: number;
  p95: number;
  p99: number;
  max: number;
  perSecond: number;
}

export function latencyOf(durations: number[], elapsedMs: number): Latency {
  const sorted = [...durations].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return {
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    max: sorted.at(-1) ?? NaN,
    perSecond: (durations.length / elapsedMs) * 1000,
  };
}

/** Runs `run` `times` times in a row, after one warm-up run. */
export async function measureInProcess(times: number, run: () => unknown): Promise<Latency> {
  await run();
  const durations: number[] = [];
  const started = performance.now();
  for (let index = 0; index < times; index += 1) {
    const t0 = performance.now();
    await run();
    durations.push(performance.now() - t0);
  }
  return latencyOf(durations, performance.now() - started);
}

/**
 * `count` GET requests, `concurrency` at a time, from a worker thread (see http-load.ts);
 * `request(i)` gives the i-th path and the headers to send (a session cookie, say). Any answer
 * other than `expectedStatus` stops the benchmark. `bytes`: the largest body on the wire.
 */
export async function measureHttp(
  baseUrl: string,
  count: number,
  concurrency: number,
  request: (i: number) => HttpRequest,
  expectedStatus = 200,
): Promise<Latency & { bytes: number }> {
  const requests = Array.from({ length: count }, (_, i) => request(i));
  const { durations, elapsedMs, bytes } = await runHttpLoad({
    baseUrl,
    requests,
    concurrency,
    expectedStatus,
  });
  return { ...latencyOf(durations, elapsedMs), bytes };
}

export const formatLatency = (s: Latency): string =>
  `p50 ${s.p50.toFixed(1).padStart(7)} ms  p95 ${s.p95.toFixed(1).padStart(7)} ms  max ${s.max.toFixed(1).padStart(7)} ms`;
