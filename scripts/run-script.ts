import { ConfigError } from '../src/config';
import { loadEnvFile } from '../src/config/env-file';

/** Runs a command-line script: loads .env, prints a one-line error and exits 1 on failure. */
export function runScript(body: () => Promise<void>): void {
  loadEnvFile();
  body().then(
    () => process.exit(0),
    (error: unknown) => {
      const expected = error instanceof ConfigError || !(error instanceof Error);
      console.error(
        expected ? String(error instanceof Error ? error.message : error) : (error.stack ?? error.message),
      );
      process.exit(1);
    },
  );
}
