// Composition root: opens the database, makes sure the reference data is there, loads the
// in-memory read models, builds the app and listens. Used by src/server.ts and the benchmarks.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Config } from './config';
import { type Database, openDatabase } from './db/database';
import { UserModel } from './models/user';
import { createServices } from './services';
import { createPasswordHasher } from './services/accounts/password-hasher';
import { printDemoLogins } from './services/demo/demo-logins';
import { seedDemo } from './services/demo/seed-demo';
import { startDigestSchedule } from './services/notifications/digest-schedule';
import { importGeography } from './services/geography/import-geography';
import { refreshOfferReadModel } from './services/offers/offer-service';
import { refreshSchemeReadModel } from './services/schemes/scheme-service';
import { loadReadModels } from './services/read-models';
import { createApp } from './web/app';
import { DatabaseSessionStore } from './web/session/database-session-store';
import { resolveSessionSecret } from './web/session/session-secret';

const SESSION_SWEEP_INTERVAL_MS = 10 * 60_000;
/**
 * Rate limit counters of ended windows (the shortest last a minute) are deleted this often: on the
 * embedded database every lookup, even by `_id`, costs in proportion to the collection's size.
 */
const LIMIT_SWEEP_INTERVAL_MS = 60_000;
const READ_MODEL_REFRESH_MS = 15_000;

export interface RunningService {
  url: string;
  database: Database;
  stop(): Promise<void>;
}

export async function startService(
  config: Config,
  log: (line: string) => void = console.log,
): Promise<RunningService> {
  log(config.database.uri ? 'Connecting to MongoDB…' : 'Starting the embedded database (FerretDB)…');
  const database = await openDatabase(config, log);
  try {
    if (config.geoImportOnStart) {
      const started = Date.now();
      const result = await importGeography();
      if (result.status === 'imported') {
        log(
          `French geography imported in ${((Date.now() - started) / 1000).toFixed(1)} s (${result.version})`,
        );
      }
    }
    const readModels = await loadReadModels();
    const { gazetteer, offers } = readModels;
    const stopRefreshingOffers = keepInStep(
      (since) => refreshOfferReadModel(offers, since),
      readModels.offersWatermark,
      config,
      'Offer',
    );
    const stopRefreshingSchemes = keepInStep(
      (since) => refreshSchemeReadModel(readModels.schemes, since),
      readModels.schemesWatermark,
      config,
      'Scheme',
    );
    log(`${gazetteer.communeCount} communes and ${offers.size} offers loaded in memory`);
    const services = createServices(database, readModels, config);
    if (
      config.demoDataOnFirstStart &&
      offers.size === 0 &&
      (await UserModel.estimatedDocumentCount()) === 0
    ) {
      log('Empty database: adding demonstration data…');
      printDemoLogins(await seedDemo(services, createPasswordHasher(config.passwordHash)), log);
    }
    const digestSchedule = config.digest.schedule
      ? startDigestSchedule((now) => services.digest.run(now), config.digest.hourInParis, log)
      : undefined;
    if (digestSchedule) log(`Daily digest scheduled at ${config.digest.hourInParis}:00 (Paris time)`);
    const sessionStore = new DatabaseSessionStore(
      config.session.idleMinutes * 60_000,
      config.session.cacheSeconds * 1000,
    );
    sessionStore.startSweeping(SESSION_SWEEP_INTERVAL_MS);
    services.limiter.startSweeping(LIMIT_SWEEP_INTERVAL_MS);
    const app = createApp({
      config,
      services,
      session: { store: sessionStore, secret: resolveSessionSecret(config) },
    });
    const server = await listen(app, config.host, config.port);
    const { port } = server.address() as AddressInfo;
    return {
      url: `http://${config.host}:${port}`,
      database,
      async stop() {
        stopRefreshingOffers();
        stopRefreshingSchemes();
        sessionStore.close();
        services.limiter.stopSweeping();
        services.signIn.close();
        server.closeIdleConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
        // A digest being sent and the alerts being evaluated finish before the database closes.
        await digestSchedule?.stop();
        await services.alerts.idle();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}

/**
 * With an external MongoDB, several instances may write: each one refreshes its read model from
 * what changed since its watermark. The embedded database serves one instance only (its data folder
 * is locked), whose read model is always current.
 */
function keepInStep(
  refresh: (since: Date) => Promise<Date>,
  watermark: Date,
  config: Config,
  name: string,
): () => void {
  if (!config.database.uri) return () => undefined;
  let since = watermark;
  const timer = setInterval(() => {
    refresh(since).then(
      (next) => (since = next),
      (error: unknown) => console.error(`${name} read model refresh failed:`, error),
    );
  }, READ_MODEL_REFRESH_MS);
  timer.unref();
  return () => clearInterval(timer);
}

function listen(app: ReturnType<typeof createApp>, host: string, port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host, (error?: Error) => (error ? reject(error) : resolve(server)));
  });
}
