import type { RequestHandler } from 'express';
import { Router } from 'express';
import session from 'express-session';
import type { Config } from '../../config';
import type { DatabaseSessionStore } from '../session/database-session-store';

/**
 * Sessions in the database (they survive restarts and are shared by instances), with an idle
 * lifetime renewed on each request and an absolute one counted from the login.
 */
export function setUpSession(config: Config, store: DatabaseSessionStore, secret: string): Router {
  const router = Router();
  router.use(
    session({
      // The __Host- prefix pins the cookie to this exact origin over HTTPS.
      name: config.session.secureCookies ? '__Host-accueil-sante' : 'accueil-sante',
      secret,
      store,
      resave: false,
      saveUninitialized: false,
      rolling: true,
      proxy: config.trustProxy,
      cookie: {
        httpOnly: true,
        sameSite: 'lax',
        secure: config.session.secureCookies,
        path: '/',
        maxAge: config.session.idleMinutes * 60_000,
      },
    }),
  );
  router.use(endSessionsPastAbsoluteLifetime(config.session.absoluteHours));
  return router;
}

function endSessionsPastAbsoluteLifetime(hours: number): RequestHandler {
  return (req, _res, next) => {
    const since = req.session?.authenticatedAt;
    if (since === undefined || Date.now() - since < hours * 3_600_000) return next();
    // A fresh, anonymous session replaces it (and the stored one is deleted).
    req.session.regenerate((error: unknown) => next(error));
  };
}
