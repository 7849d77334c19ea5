// Process entry: read the configuration, start the service, stop it cleanly on SIGINT/SIGTERM.
import { ConfigError, loadConfig } from './config';
import { loadEnvFile } from './config/env-file';
import { startService } from './service';
import { stopWithin } from './shutdown';

async function main(): Promise<void> {
  loadEnvFile();

  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }

  const service = await startService(config);
  console.log(`Accueil Santé is ready: ${service.url}`);

  let stopping = false;
  const shutdown = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal} received, stopping…`);
    stopWithin(() => service.stop(), config.shutdownTimeoutMs).then(
      (outcome) => {
        if (outcome === 'timed-out')
          console.error('Requests still running at the time limit: stopped anyway.');
        process.exit(outcome === 'stopped' ? 0 : 1);
      },
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
