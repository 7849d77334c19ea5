// Runs the embedded database server (FerretDB on SQLite files) as a child process:
// on 127.0.0.1 and a free port, supervised (restarted if it dies), never left behind.
import { type ChildProcess, spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import mongoose from 'mongoose';

export interface EmbeddedFerretdbOptions {
  binary: string;
  /** Folder for the SQLite files, the log and the lock file. */
  dataDir: string;
  /** Delay before restarting a server that died; null to leave it dead (tests of failure). */
  restartDelayMs: number | null;
  log?: (line: string) => void;
}

export class DataDirInUseError extends Error {}

const START_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 10_000;
const MAX_RESTART_DELAY_MS = 30_000;

/** Events: 'exit' (the server died unexpectedly), 'restart' (it is back). */
export class EmbeddedFerretdb extends EventEmitter {
  private child: ChildProcess | undefined;
  private port = 0;
  private stopping = false;
  private restartTimer: NodeJS.Timeout | undefined;
  private readonly killOnExit = (): void => {
    this.child?.kill('SIGTERM');
  };

  constructor(private readonly options: EmbeddedFerretdbOptions) {
    super();
  }

  get uri(): string {
    return `mongodb://127.0.0.1:${this.port}/?directConnection=true`;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  private get lockFile(): string {
    return path.join(this.options.dataDir, 'ferretdb.pid');
  }

  private get logFile(): string {
    return path.join(this.options.dataDir, 'ferretdb.log');
  }

  async start(): Promise<void> {
    fs.mkdirSync(this.options.dataDir, { recursive: true });
    await releaseStaleLock(this.lockFile);
    this.port = await findFreePort();
    this.stopping = false;
    process.once('exit', this.killOnExit);
    try {
      await this.spawnAndWait();
    } catch (error) {
      await this.stop();
      throw error;
    }
  }

  async stop(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.restartTimer);
    process.removeListener('exit', this.killOnExit);
    const child = this.child;
    this.child = undefined;
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    }
    fs.rmSync(this.lockFile, { force: true });
  }

  private async spawnAndWait(): Promise<void> {
    const logFd = fs.openSync(this.logFile, 'a');
    const child = spawn(
      this.options.binary,
      [
        '-listen',
        `127.0.0.1:${this.port}`,
        '-data-dir',
        path.join(this.options.dataDir, 'ferretdb'),
        // The server stops by itself if this process dies without stopping it (SIGKILL, crash).
        '-parent-pid',
        String(process.pid),
      ],
      { stdio: ['ignore', logFd, logFd] },
    );
    fs.closeSync(logFd);
    this.child = child;
    fs.writeFileSync(this.lockFile, String(child.pid));
    let exited = false;
    let ready = false;
    child.once('exit', (code, signal) => {
      exited = true;
      // A server that never became ready is reported by waitForPing's rejection instead.
      if (ready && this.child === child && !this.stopping) this.onUnexpectedExit(code, signal);
    });
    await waitForPing(this.uri, () => exited, this.logFile);
    ready = true;
  }

  private onUnexpectedExit(code: number | null, signal: NodeJS.Signals | null, attempt = 1): void {
    const log = this.options.log ?? console.error;
    log(`Embedded database stopped unexpectedly (${signal ?? `exit code ${code}`}); see ${this.logFile}`);
    this.emit('exit');
    if (this.options.restartDelayMs === null) return;
    const delay = Math.min(this.options.restartDelayMs * 2 ** (attempt - 1), MAX_RESTART_DELAY_MS);
    this.restartTimer = setTimeout(() => {
      this.spawnAndWait().then(
        () => {
          log('Embedded database restarted');
          this.emit('restart');
        },
        (error: unknown) => {
          log(`Restarting the embedded database failed: ${String(error)}`);
          this.child?.kill('SIGKILL');
          if (!this.stopping) this.onUnexpectedExit(null, null, attempt + 1);
        },
      );
    }, delay);
  }
}

/**
 * A lock file left by a crashed run names a server that is gone (or, for a moment, still
 * stopping because its parent died): clear it. A server whose parent is alive belongs to
 * another running instance of the service, and two servers on the same files would corrupt them.
 */
async function releaseStaleLock(lockFile: string): Promise<void> {
  const pid = Number(fs.existsSync(lockFile) ? fs.readFileSync(lockFile, 'utf8') : NaN);
  if (!Number.isInteger(pid) || !isAlive(pid) || !commandLine(pid).includes('ferretdb')) {
    fs.rmSync(lockFile, { force: true });
    return;
  }
  const parent = parentPid(pid);
  if (parent !== undefined && parent > 1 && isAlive(parent)) {
    throw new DataDirInUseError(
      `The data folder ${path.dirname(lockFile)} is used by another running instance (process ${parent}). ` +
        'Stop it first, or give this one its own DATA_DIR.',
    );
  }
  process.kill(pid, 'SIGTERM');
  for (let waited = 0; isAlive(pid) && waited < STOP_TIMEOUT_MS; waited += 100) await sleep(100);
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  fs.rmSync(lockFile, { force: true });
}

async function waitForPing(uri: string, hasExited: () => boolean, logFile: string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (hasExited()) throw new Error(`The embedded database exited at start; see ${logFile}`);
    const client = new mongoose.mongo.MongoClient(uri, { serverSelectionTimeoutMS: 500 });
    try {
      await client.connect();
      await client.db('admin').command({ ping: 1 });
      return;
    } catch {
      await sleep(100);
    } finally {
      await client.close();
    }
  }
  throw new Error(`The embedded database did not answer within ${START_TIMEOUT_MS / 1000} s; see ${logFile}`);
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Running, and not a zombie waiting to be reaped (which still answers signal 0). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true;
  }
}

function commandLine(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return '';
  }
}

function parentPid(pid: number): number | undefined {
  try {
    // /proc/PID/stat: "pid (comm) state ppid …"; comm may contain spaces, so split after the last ")".
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}
