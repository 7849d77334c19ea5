// The composition of every service the web layer uses; tests build it the same way.
import type { Database } from '../db/database';
import type { Gazetteer } from '../domain/geo/gazetteer';
import { createCommuneDirectory } from './geography/commune-directory';

export function createServices(database: Database, gazetteer: Gazetteer) {
  return {
    database,
    communes: createCommuneDirectory(gazetteer),
  };
}

export type Services = ReturnType<typeof createServices>;
