// Builds the embedded database server (scripts/ferretdb, a small Go module around FerretDB's
// embedding package) into .tools/bin once, and again only when its sources or patches change.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { FERRETDB_PATCHES, applyPatch } from './ferretdb-patches';

const SOURCE_FILES = ['main.go', 'go.mod', 'go.sum'];
const MINIMUM_GO = [1, 24] as const;

export class FerretdbBuildError extends Error {}

/**
 * The binary of these sources and patches. Its name carries their hash, so a checkout with other
 * sources (another branch sharing .tools) builds and uses its own binary instead of replacing this one.
 */
export function ferretdbBinaryPath(projectRoot: string): string {
  const hash = sourcesHash(path.join(projectRoot, 'scripts', 'ferretdb')).slice(0, 12);
  return path.join(projectRoot, '.tools', 'bin', `ferretdb-${hash}`);
}

/** Returns the binary's path, building it first if it is missing. */
export function ensureFerretdbBinary(projectRoot: string, log: (line: string) => void = console.log): string {
  const binary = ferretdbBinaryPath(projectRoot);
  if (fs.existsSync(binary)) return binary;

  checkGo();
  log(
    'Building the embedded database (FerretDB 1.24.2); the first build downloads Go modules and takes about 2 minutes…',
  );
  // The module's dependencies are vendored into a scratch copy so that FerretDB's own sources can be
  // patched there (Go refuses to build patched files of its module cache); the copy is removed after.
  const buildDir = path.join(projectRoot, '.tools', `ferretdb-build-${process.pid}`);
  fs.rmSync(buildDir, { recursive: true, force: true });
  fs.mkdirSync(buildDir, { recursive: true });
  try {
    for (const file of SOURCE_FILES) {
      fs.copyFileSync(path.join(projectRoot, 'scripts', 'ferretdb', file), path.join(buildDir, file));
    }
    run('go', ['mod', 'vendor'], buildDir, 'go mod vendor');
    for (const patch of FERRETDB_PATCHES) {
      const file = path.join(buildDir, 'vendor', patch.file);
      const patched = applyPatch(fs.readFileSync(file, 'utf8'), patch);
      if (patched === undefined) {
        throw new FerretdbBuildError(`The FerretDB patch "${patch.why}" does not apply to ${patch.file}.`);
      }
      fs.chmodSync(file, 0o644);
      fs.writeFileSync(file, patched);
    }
    fs.mkdirSync(path.dirname(binary), { recursive: true });
    const partial = `${binary}.partial-${process.pid}`;
    run('go', ['build', '-mod=vendor', '-o', partial, '.'], buildDir, 'go build');
    // Renamed into place once complete: a concurrent start never runs a half-written binary.
    fs.renameSync(partial, binary);
  } finally {
    fs.rmSync(buildDir, { recursive: true, force: true });
  }
  return binary;
}

function run(command: string, args: string[], cwd: string, label: string): void {
  const result = spawnSync(command, args, { cwd, stdio: 'inherit' });
  if (result.status !== 0) {
    throw new FerretdbBuildError(
      `Building FerretDB failed (${label} exited with ${result.status ?? result.signal}). ` +
        'Check the output above, or set MONGODB_URI to use an existing MongoDB.',
    );
  }
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
  hash.update(JSON.stringify(FERRETDB_PATCHES));
  return hash.digest('hex');
}
