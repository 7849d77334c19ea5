// What `npm start` and the tests share: from an open database with its reference data, the
// in-memory read models, the services, the session store and the app (no listening, no timers).
import type { Express } from 'express';
import type { Logger } from 'pino';
import type { Config } from './config';
import type { Database } from './db/database';
import { type ReadModels, type Services, createServices } from './services';
import { loadReadModels } from './services/read-models';
import { syncOptionsFor } from './services/read-models/registry';
import { createApp } from './web/app';
import { DatabaseSessionStore } from './web/session/database-session-store';

export interface ComposeOptions {
  sessionSecret: string;
  /**
   * Follow the change journal (other instances' writes), reconciling this often (`null`: never).
   * Without it, the app is the only instance its read models know of.
   */
  followChanges?: { reconcileMs: number | null };
  /** The clock of the rate limits and of the e-mail grouping (tests move it past a window). */
  limitClock?: () => number;
  logger?: Logger;
}

export interface ComposedService {
  app: Express;
  services: Services;
  readModels: ReadModels;
  sessionStore: DatabaseSessionStore;
}

export async function composeService(
  config: Config,
  database: Database,
  options: ComposeOptions,
): Promise<ComposedService> {
  const readModels = await loadReadModels();
  if (options.followChanges) {
    readModels.registry.start(
      syncOptionsFor(config.readModels.syncMs, options.followChanges.reconcileMs, (message, error) =>
        console.error(message, error ?? ''),
      ),
    );
  }
  try {
    const services = createServices(database, readModels, config, { limitClock: options.limitClock });
    const sessionStore = new DatabaseSessionStore(
      services.sessionRecords,
      config.session.idleMinutes * 60_000,
      config.session.cacheSeconds * 1000,
      readModels.registry.keptCollection('sessions')?.listen,
    );
    const app = createApp({
      config,
      services,
      session: { store: sessionStore, secret: options.sessionSecret },
      logger: options.logger,
    });
    return { app, services, readModels, sessionStore };
  } catch (error) {
    await readModels.registry.stop();
    throw error;
  }
}
