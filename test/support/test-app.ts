// Builds the real application (real views, routes, error handler and services) on the calling
// file's test database, with the geography of a few départements to stay fast.
import type { Express } from 'express';
import { type Config, loadConfig } from '../../src/config';
import type { Database } from '../../src/db/database';
import { createServices } from '../../src/services';
import { importGeography } from '../../src/services/geography/import-geography';
import { loadGazetteer } from '../../src/services/geography/load-gazetteer';
import { createApp } from '../../src/web/app';

/** Jura (Dole), Doubs, Côtes-d'Armor (Saint-Brieuc), Corse-du-Sud (2A codes). */
export const TEST_DEPARTEMENTS = ['22', '25', '2A', '39'];

export async function buildTestApp(
  database: Database,
  environment: NodeJS.ProcessEnv = {},
): Promise<{ app: Express; config: Config }> {
  await importGeography({ departements: TEST_DEPARTEMENTS });
  const config = loadConfig({ NODE_ENV: 'test', ...environment });
  const app = createApp({ config, services: createServices(database, await loadGazetteer()) });
  return { app, config };
}
