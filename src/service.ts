// Composition root: opens the database, makes sure the reference data is there, composes the
// app (src/compose-service.ts, shared with the tests), starts the timers and listens. Used by src/server.ts and the benchmarks.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { type Config, localUrl } from './config';
import { type Database, openDatabase } from './db/database';
import { UserModel } from './models/user';
import type { Express } from 'express';
import { composeService } from './compose-service';
import type { Services } from './services';
import { createPasswordHasher } from './services/accounts/password-hasher';
import { printDemoLogins } from './services/demo/demo-logins';
import { seedDemo } from './services/demo/seed-demo';
import { startDigestSchedule } from './services/notifications/digest-schedule';
import { importGeography } from './services/geography/import-geography';
import type { ReadModelRegistry } from './services/read-models/registry';
import { resolveSessionSecret } from './config/session-secret';

const SESSION_SWEEP_INTERVAL_MS = 10 * 60_000;
/**
 * Rate limit counters of ended windows (the shortest last a minute) are deleted this often: on the
 * embedded database every lookup, even by `_id`, costs in proportion to the collection's size.
 */
const LIMIT_SWEEP_INTERVAL_MS = 60_000;
/** Stored jobs due (retries, or left by a crashed instance) are looked for this often. */
const JOB_POLL_INTERVAL_MS = 5_000;

export interface RunningService {
  url: string;
  database: Database;
  /** What the app runs on (benchmarks and tests reach the read models through it). */
  services: Services;
  stop(): Promise<void>;
}

export async function startService(
  config: Config,
  log: (line: string) => void = console.log,
): Promise<RunningService> {
  log(config.database.uri ? 'Connecting to MongoDB…' : 'Starting the embedded database (FerretDB)…');
  const database = await openDatabase(config, log);
  let registry: ReadModelRegistry | undefined;
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
    // Every instance on the database follows the change journal. The embedded database serves one
    // instance (its folder is locked), whose memory is written with the database: no reconciliation,
    // which would hold its one connection for seconds at France scale.
    const reconcileMs = config.database.uri ? config.readModels.reconcileMinutes * 60_000 : null;
    const { app, services, readModels, sessionStore } = await composeService(config, database, {
      sessionSecret: resolveSessionSecret(config),
      followChanges: { reconcileMs },
    });
    const { gazetteer, offers } = readModels;
    registry = readModels.registry;
    log(`${gazetteer.communeCount} communes and ${offers.size} offers loaded in memory`);
    if (
      config.demoDataOnFirstStart &&
      offers.size === 0 &&
      (await UserModel.estimatedDocumentCount()) === 0
    ) {
      log('Empty database: adding demonstration data…');
      printDemoLogins(await seedDemo(services, createPasswordHasher(config.passwordHash), config), log);
    }
    const digestSchedule = config.digest.schedule
      ? startDigestSchedule(
          async (now) => {
            const digest = await services.digest.run(now);
            // The check-in e-mails leave with the digest (same schedule; each claimed once in the database).
            await services.checkInReminders.run(now).then(
              (report) => log(`Check-in e-mails: ${report.sent} sent, ${report.failed} failed`),
              (error: unknown) => console.error('Check-in e-mails failed:', error),
            );
            return digest;
          },
          config.digest.hourInParis,
          log,
        )
      : undefined;
    if (digestSchedule) log(`Daily digest scheduled at ${config.digest.hourInParis}:00 (Paris time)`);
    sessionStore.startSweeping(SESSION_SWEEP_INTERVAL_MS);
    services.limiter.startSweeping(LIMIT_SWEEP_INTERVAL_MS);
    // Jobs left by a crash, retries after a failure, and those another instance abandoned.
    services.jobs.startPolling(JOB_POLL_INTERVAL_MS);
    const server = await listen(app, config.host, config.port);
    const { port } = server.address() as AddressInfo;
    return {
      url: localUrl(config.host, port),
      database,
      services,
      async stop() {
        sessionStore.close();
        services.limiter.stopSweeping();
        services.jobs.stopPolling();
        services.signIn.close();
        server.closeIdleConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
        // A digest being sent and the jobs under way (e-mails, alerts) finish before the database closes.
        await digestSchedule?.stop();
        await services.alerts.idle();
        await readModels.registry.stop();
        await database.close();
      },
    };
  } catch (error) {
    await registry?.stop();
    await database.close();
    throw error;
  }
}

function listen(app: Express, host: string, port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host, (error?: Error) => (error ? reject(error) : resolve(server)));
  });
}
