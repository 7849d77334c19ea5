// Builds the embedded database server (scripts/ferretdb, a small Go module around FerretDB's
// embedding package) into .tools/bin once, and again only when its sources change.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const SOURCE_FILES = ['main.go', 'go.mod', 'go.sum'];
const MINIMUM_GO = [1, 24] as const;

export class FerretdbBuildError extends Error {}

export function ferretdbBinaryPath(projectRoot: string): string {
  return path.join(projectRoot, '.tools', 'bin', 'ferretdb');
}

/** Returns the binary's path, building it first if it is missing or stale. */
export function ensureFerretdbBinary(projectRoot: string, log: (line: string) => void = console.log): string {
  const sourceDir = path.join(projectRoot, 'scripts', 'ferretdb');
  const binary = ferretdbBinaryPath(projectRoot);
  const stampFile = `${binary}.sources-sha256`;
  const stamp = sourcesHash(sourceDir);
  if (fs.existsSync(binary) && readIfExists(stampFile) === stamp) return binary;

  checkGo();
  log(
    'Building the embedded database (FerretDB 1.24.2); the first build downloads Go modules and takes about 2 minutes…',
  );
  const build = spawnSync('go', ['build', '-o', binary, '.'], { cwd: sourceDir, stdio: 'inherit' });
  if (build.status !== 0) {
    throw new FerretdbBuildError(
      `Building FerretDB failed (go build exited with ${build.status ?? build.signal}). ` +
        'Check the output above, or set MONGODB_URI to use an existing MongoDB.',
    );
  }
  fs.writeFileSync(stampFile, stamp);
  return binary;
}

function checkGo(): void {
  const version = spawnSync('go', ['env', 'GOVERSION'], { encoding: 'utf8' });
  const missing =
    'Go ≥ 1.24 is needed to build the embedded database. Install Go (https://go.dev/doc/install) ' +
    'or set MONGODB_URI to use an existing MongoDB (see README.md).';
  if (version.error || version.status !== 0) throw new FerretdbBuildError(`Go was not found. ${missing}`);
  const match = /go(\d+)\.(\d+)/.exec(version.stdout);
  const major = Number(match?.[1] ?? 0);
  const minor = Number(match?.[2] ?? 0);
  if (major < MINIMUM_GO[0] || (major === MINIMUM_GO[0] && minor < MINIMUM_GO[1])) {
    throw new FerretdbBuildError(`Found ${version.stdout.trim()}, too old. ${missing}`);
  }
}

function sourcesHash(sourceDir: string): string {
  const hash = createHash('sha256');
  for (const file of SOURCE_FILES) hash.update(file).update(fs.readFileSync(path.join(sourceDir, file)));
  return hash.digest('hex');
}

function readIfExists(file: string): string | undefined {
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
}
