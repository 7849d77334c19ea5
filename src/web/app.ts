// The application factory: an ordered list of middleware concerns, then the routes, then errors.
// Nothing here listens or connects; src/server.ts does, and tests use supertest on the result.
import compression from 'compression';
import express, { type Express } from 'express';
import type { Logger } from 'pino';
import type { Config } from '../config';
import type { Services } from '../services';
import { createSecurityEvents } from '../services/audit/security-events';
import { createLogger, requestLogging, withoutTokens } from './logging/request-logging';
import { HttpError } from './http-errors';
import { errorHandler, notFound } from './middleware/error-handler';
import { requireDatabase } from './middleware/require-database';
import { setUpAuthentication, createPassport } from './middleware/set-up-authentication';
import { setUpBodyParsing } from './middleware/set-up-body-parsing';
import { createRateLimits } from './middleware/rate-limits';
import { setUpCsrf } from './middleware/set-up-csrf';
import { setUpLocals } from './middleware/set-up-locals';
import { setUpPrivateCaching } from './middleware/set-up-private-caching';
import { setUpSession } from './middleware/set-up-session';
import { assertEveryRouteDeclared } from './access/route-table';
import type { DatabaseSessionStore } from './session/database-session-store';
import { healthRoutes, openDataRoutes, routes, type RouteContext } from './routes';
import { setUpSecurityHeaders } from './middleware/set-up-security-headers';
import { setUpStaticAssets } from './middleware/set-up-static-assets';
import { setUpViewEngine } from './middleware/set-up-view-engine';

export interface AppDependencies {
  config: Config;
  services: Services;
  session: { store: DatabaseSessionStore; secret: string };
  /** Where the JSON logs go (by default: standard output at the configured level). */
  logger?: Logger;
}

export function createApp({ config, services, session, logger }: AppDependencies): Express {
  const log = logger ?? createLogger(config.logLevel);
  const security = createSecurityEvents(services.audit, services.limits);
  const passport = createPassport(services.signIn);
  const rateLimits = createRateLimits(services.limits);
  const context: RouteContext = { services, config, web: { passport, security, rateLimits } };
  const app = express();
  app.set('trust proxy', config.trustProxy ? 1 : false);
  app.set('query parser', 'simple');
  setUpViewEngine(app, config);

  app.use(setUpSecurityHeaders(config));
  // Level 4: most of the size gain of the default (6) at about half its CPU cost on big pages.
  app.use(compression({ level: 4 }));
  // Assets and health checks answer even while the database is down.
  app.use(setUpStaticAssets(config));
  app.use(healthRoutes(context));
  // Every request below is logged (JSON, with its id) and its journal entries carry that id and the IP.
  app.use(requestLogging(log, { trustProxy: config.trustProxy }));
  // The open data API reads memory only and keeps no session: it answers even while the database is down.
  app.use('/api/v1', openDataRoutes(context));
  // Everything below needs the database, sessions first.
  app.use(requireDatabase(services.database));
  app.use(setUpBodyParsing());
  app.use(setUpSession(config, session.store, session.secret));
  app.use(setUpCsrf({ secret: session.secret, secureCookies: config.session.secureCookies }));
  app.use(setUpAuthentication(passport));
  app.use(setUpPrivateCaching());
  app.use(
    setUpLocals({
      notifications: (userId) => services.notifications.unreadCount(userId),
      messages: (reader) => services.conversations.totalUnread(reader),
    }),
  );

  app.use(routes(context));

  app.use(notFound());
  app.use(
    errorHandler({
      showStack: config.devMode,
      log: (error, req) => (req?.log ?? log).error({ err: error }, 'request failed'),
      onForbidden: (req, error) =>
        security.refused(
          req.user,
          `${req.method} ${withoutTokens(req.originalUrl)}`,
          error instanceof HttpError ? error.message : 'Accès refusé',
        ),
    }),
  );
  // Every route says who may use it (role, validated account, owner), or the service does not start.
  assertEveryRouteDeclared(app);
  return app;
}
