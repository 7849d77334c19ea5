// The benchmarks' service: the France-scale dataset written once by the service's own code, then
// the service started in a process of its own exactly as `npm start` starts it.
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../../src/config';
import { startService } from '../../src/service';
import { createPasswordHasher } from '../../src/services/accounts/password-hasher';
import { loadReadModels } from '../../src/services/read-models';
import { freePort, startProcess } from './processes';
import { ensureSyntheticData } from './synthetic-data';

/** The open data's per-client limit during the run: the benchmark measures the service, not the limiter. */
export const OPEN_DATA_LIMIT = 100_000;

/** Writes the dataset unless it is there (in this process, which then stops the service); returns the measuring professionals. */
export async function prepareDataset(config: Config, offerCount: number) {
  const writer = await startService(config, () => undefined);
  try {
    const { gazetteer } = await loadReadModels();
    const regionCodes = gazetteer.regions().map((region) => region.code);
    const hasher = createPasswordHasher(config.passwordHash);
    return await ensureSyntheticData(
      regionCodes.flatMap((code) => gazetteer.communesInRegion(code)),
      regionCodes,
      (password) => hasher.hash(password),
      console.log,
      offerCount,
    );
  } finally {
    await writer.stop();
  }
}

/**
 * What package.json's start script sets (`NAME=${NAME:-default}` variables, the node flags before
 * dist/src/server.js), read from the script itself so that the benchmarks never drift from it.
 */
export function npmStartSettings(projectRoot: string): { env: NodeJS.ProcessEnv; nodeFlags: string[] } {
  const { scripts } = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as {
    scripts: { start: string };
  };
  const env: NodeJS.ProcessEnv = {};
  for (const [, name, fallback] of scripts.start.matchAll(/\b(\w+)=\$\{\w+:-([^}]*)\}/g))
    if (name) env[name] = process.env[name] ?? fallback;
  const command = /\bexec node (.*)dist\/src\/server\.js/.exec(scripts.start);
  if (!command)
    throw new Error(`package.json's start script is not "… exec node [flags] dist/src/server.js"`);
  return { env, nodeFlags: (command[1] ?? '').split(' ').filter(Boolean) };
}

/**
 * As `npm start` runs it (its variables and node flags, see npmStartSettings): no NODE_ENV, no
 * DEV_MODE, compiled JavaScript under this Node, on a free port. `nodeOptions` (a probe, a profiler,
 * a flag to compare) come after the start script's flags and `env` after its variables: they win.
 */
export async function startAsNpmStart(
  config: Config,
  nodeOptions: readonly string[] = [],
  env: NodeJS.ProcessEnv = {},
) {
  const start = npmStartSettings(config.projectRoot);
  const serviceEnv: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: config.dataDir,
    PORT: String(await freePort()),
    OPEN_DATA_REQUESTS_PER_MINUTE: String(OPEN_DATA_LIMIT),
    ...start.env,
    ...env,
  };
  delete serviceEnv.NODE_ENV;
  delete serviceEnv.DEV_MODE;
  return startProcess(path.join(config.projectRoot, 'dist/src/server.js'), serviceEnv, [
    ...start.nodeFlags,
    ...nodeOptions,
  ]);
}
