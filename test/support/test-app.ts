// Builds the real application (real views, routes, error handler and services) on the calling
// file's test database, with the geography of a few départements to stay fast, through the same
// composition as `npm start` (src/compose-service.ts).
import type { Express } from 'express';
import type { Logger } from 'pino';
import { type Config, loadConfig } from '../../src/config';
import type { Database } from '../../src/db/database';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { composeService } from '../../src/compose-service';
import type { Services } from '../../src/services';
import type { DatabaseSessionStore } from '../../src/web/session/database-session-store';
import { importGeography } from '../../src/services/geography/import-geography';
import { useTestDatabase } from './test-database';

export const TEST_SESSION_SECRET = 'test-session-secret-that-is-long-enough-0123456789';

/** Jura (Dole), Doubs, Côtes-d'Armor (Saint-Brieuc), Corse-du-Sud (2A codes). */
export const TEST_DEPARTEMENTS = ['22', '25', '2A', '39'];

/**
 * `followChanges`: the app records its changes in the change journal and applies other instances'
 * (as a started service does; stop it with `services.readModels.stop()`). Without it, the app is
 * the only instance its read models know of.
 */
export async function buildTestApp(
  database: Database,
  environment: NodeJS.ProcessEnv = {},
  options: { limitClock?: () => number; logger?: Logger; followChanges?: boolean } = {},
): Promise<{ app: Express; config: Config; services: Services; store: DatabaseSessionStore }> {
  await importGeography({ departements: TEST_DEPARTEMENTS });
  // Each test file writes its e-mails in its own outbox; a lighter hash cost keeps tests fast.
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'accueil-sante-data-')),
    PASSWORD_HASH_MEMORY_KIB: '8192',
    PASSWORD_HASH_PASSES: '1',
    // Quiet output whatever NODE_ENV a test picks; a test that reads the logs passes its own logger.
    LOG_LEVEL: 'silent',
    ...environment,
  });
  const { app, services, sessionStore } = await composeService(config, database, {
    sessionSecret: TEST_SESSION_SECRET,
    followChanges: options.followChanges
      ? { reconcileMs: config.readModels.reconcileMinutes * 60_000 }
      : undefined,
    limitClock: options.limitClock,
    logger: options.logger,
  });
  return { app, config, services, store: sessionStore };
}

/** What a test file works with: the app, its services, its configuration and its session store. */
export type TestApp = Awaited<ReturnType<typeof buildTestApp>>;

/**
 * Builds the app on the calling file's own database before its tests (`environment` as for
 * `buildTestApp`). The fields are filled before the file's own `beforeAll` runs (hooks run in the
 * order they are registered: call this first).
 */
export function useTestApp(environment: NodeJS.ProcessEnv = {}): TestApp {
  const database = useTestDatabase();
  const built = {} as TestApp;
  beforeAll(async () => {
    Object.assign(built, await buildTestApp(database.current, environment));
  }, 60_000);
  return built;
}
