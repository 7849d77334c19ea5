// The processes `npm run bench` measures: started as `npm start` starts the service (compiled
// JavaScript under the same Node), ready once they print their address, and their memory read
// from /proc as the system counts it.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';

export interface StartedProcess {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** A port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * Runs `node <script>` with `env` added to this process's environment; resolves with the address
 * the process prints (`… ready: http://…`) within `timeoutMs`. Its output is kept, and shown if
 * it stops before being ready.
 */
export function startProcess(
  script: string,
  env: NodeJS.ProcessEnv,
  nodeOptions: readonly string[] = [],
  timeoutMs = 300_000,
): Promise<StartedProcess> {
  const child: ChildProcess = spawn(process.execPath, [...nodeOptions, script], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(`not ready after ${timeoutMs / 1000} s`), timeoutMs);
    const fail = (why: string) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`${script} ${why}:\n${output.slice(-4000)}`));
    };
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /ready: (http:\/\/\S+)/.exec(output);
      if (!ready?.[1]) return;
      clearTimeout(timer);
      child.stdout?.removeAllListeners('data');
      // BENCH_SERVICE_LOG: a file the service's output goes to once ready (e.g. with --trace-gc).
      const log = process.env.BENCH_SERVICE_LOG;
      if (log) {
        const file = fs.createWriteStream(log, { flags: 'a' });
        child.stdout?.pipe(file);
        child.stderr?.pipe(file);
      } else {
        child.stdout?.resume();
        child.stderr?.resume();
      }
      resolve({ url: ready[1], pid: child.pid ?? 0, stop: () => stopProcess(child) });
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => fail(`stopped (exit code ${code})`));
  });
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** The resident memory of a process in MiB (VmRSS of /proc/<pid>/status). */
export function residentMiB(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = /^VmRSS:\s+(\d+) kB/m.exec(status)?.[1];
  return kib ? Number(kib) / 1024 : NaN;
}

/** The CPU time a process has used so far, in seconds (user + system, /proc/<pid>/stat). */
export function cpuSeconds(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticksPerSecond = 100;
  return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
}

/**
 * Waits until the process uses less than `share` of a core over a second (work it does after
 * being ready: loading, catching up), at most `maxSeconds`; resolves with the seconds waited.
 */
export async function settled(pid: number, share = 0.1, maxSeconds = 120): Promise<number> {
  const started = performance.now();
  let before = cpuSeconds(pid);
  while ((performance.now() - started) / 1000 < maxSeconds) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const now = cpuSeconds(pid);
    if (now - before < share) break;
    before = now;
  }
  return (performance.now() - started) / 1000;
}
