import { anyone } from '../access/access';
import { Router } from 'express';
import type { RouteContext } from './route-context';

/** Liveness (the process answers) and readiness (the database answers) for load balancers and monitoring. */
export function healthRoutes({ services }: RouteContext): Router {
  const { database } = services;
  const router = Router();
  router.get('/healthz', anyone, (_req, res) => {
    res.set('Cache-Control', 'no-store').json({ status: 'ok' });
  });
  router.get('/readyz', anyone, async (_req, res) => {
    const databaseUp = await database.ping();
    res
      .status(databaseUp ? 200 : 503)
      .set('Cache-Control', 'no-store')
      .json({
        status: databaseUp ? 'ok' : 'unavailable',
        checks: { database: databaseUp ? 'ok' : 'unreachable' },
      });
  });
  return router;
}
