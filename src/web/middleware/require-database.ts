import type { RequestHandler } from 'express';
import type { Database } from '../../db/database';
import { ServiceUnavailableError } from '../http-errors';

/** While the store of record is unreachable, pages answer a French 503 instead of half-working. */
export function requireDatabase(database: Pick<Database, 'isAvailable'>): RequestHandler {
  return (_req, _res, next) => {
    next(database.isAvailable() ? undefined : new ServiceUnavailableError());
  };
}
