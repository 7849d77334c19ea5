import path from 'node:path';
import { type Config, loadConfig } from '../../src/config';

/** The service's configuration on a scratch data folder of its own (data/<name>), on a free port. */
export function benchConfig(name: string, env: NodeJS.ProcessEnv = process.env): Config {
  const base = loadConfig(env);
  return loadConfig({
    ...env,
    PORT: '0',
    DATA_DIR: path.join(path.relative(base.projectRoot, base.dataDir), name),
  });
}
