// The HTTP load generator of the benchmarks, run in a worker thread: like a browser elsewhere, it
// asks for gzip and reads the body without decompressing it, and its own work does not share the
// service's event loop (the benchmarks start the service in their own process).
import http from 'node:http';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

export interface HttpRequest {
  path: string;
  headers?: Record<string, string>;
}

export interface HttpLoad {
  baseUrl: string;
  requests: HttpRequest[];
  concurrency: number;
  /** Any other status stops the benchmark. */
  expectedStatus: number;
}

export interface HttpLoadResult {
  durations: number[];
  elapsedMs: number;
  /** The largest body received, as sent on the wire. */
  bytes: number;
}

/** Sends the requests from a worker thread; resolves with each one's duration. */
export function runHttpLoad(load: HttpLoad): Promise<HttpLoadResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(__filename, { workerData: load });
    worker.once('message', (message: HttpLoadResult | { error: string }) =>
      'error' in message ? reject(new Error(message.error)) : resolve(message),
    );
    worker.once('error', reject);
  });
}

async function sendAll({
  baseUrl,
  requests,
  concurrency,
  expectedStatus,
}: HttpLoad): Promise<HttpLoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const get = (request: HttpRequest) =>
    new Promise<{ status: number; bytes: number }>((resolve, reject) => {
      http
        .get(
          baseUrl + request.path,
          { agent, headers: { 'Accept-Encoding': 'gzip', ...request.headers } },
          (response) => {
            let bytes = 0;
            response.on('data', (chunk: Buffer) => (bytes += chunk.length));
            response.on('end', () => resolve({ status: response.statusCode ?? 0, bytes }));
          },
        )
        .on('error', reject);
    });
  const durations: number[] = [];
  let bytes = 0;
  let next = 0;
  const started = performance.now();
  const sender = async () => {
    for (let request = requests[next++]; request; request = requests[next++]) {
      const t0 = performance.now();
      const response = await get(request);
      durations.push(performance.now() - t0);
      if (response.status !== expectedStatus) throw new Error(`${request.path} answered ${response.status}`);
      bytes = Math.max(bytes, response.bytes);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, sender));
  agent.destroy();
  return { durations, elapsedMs: performance.now() - started, bytes };
}

if (!isMainThread && parentPort) {
  const port = parentPort;
  sendAll(workerData as HttpLoad).then(
    (result) => port.postMessage(result),
    (error: unknown) => port.postMessage({ error: error instanceof Error ? error.message : String(error) }),
  );
}
