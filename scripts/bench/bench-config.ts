import path from 'node:path';
import { type Config, loadConfig } from '../../src/config';

/**
 * The service's configuration on a scratch data folder of its own (data/<name>), on a free port.
 * NODE_ENV=test: templates compiled once, as `npm start` serves them, without production's
 * requirements (HTTPS address, secrets…) and without the demo data.
 */
export function benchConfig(name: string, env: NodeJS.ProcessEnv = process.env): Config {
  const base = loadConfig(env);
  return loadConfig({
    ...env,
    NODE_ENV: 'test',
    PORT: '0',
    DATA_DIR: path.join(path.relative(base.projectRoot, base.dataDir), name),
  });
}
