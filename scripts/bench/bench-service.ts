// The benchmarks' service: the France-scale dataset written once by the service's own code, then
// the service started in a process of its own exactly as `npm start` starts it.
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

/** As `npm start` runs it: no NODE_ENV, no DEV_MODE, compiled JavaScript under this Node, on a free port. */
export async function startAsNpmStart(
  config: Config,
  nodeOptions: readonly string[] = [],
  env: NodeJS.ProcessEnv = {},
) {
  const serviceEnv: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: config.dataDir,
    PORT: String(await freePort()),
    OPEN_DATA_REQUESTS_PER_MINUTE: String(OPEN_DATA_LIMIT),
    // As package.json's start script sets them (see README, Performance: memory).
    MALLOC_MMAP_THRESHOLD_: process.env.MALLOC_MMAP_THRESHOLD_ ?? '65536',
    MALLOC_TRIM_THRESHOLD_: process.env.MALLOC_TRIM_THRESHOLD_ ?? '131072',
    ...env,
  };
  delete serviceEnv.NODE_ENV;
  delete serviceEnv.DEV_MODE;
  return startProcess(path.join(config.projectRoot, 'dist/src/server.js'), serviceEnv, nodeOptions);
}
