// The application factory: an ordered list of middleware concerns, then the routes, then errors.
// Nothing here listens or connects; src/server.ts does, and tests use supertest on the result.
import compression from 'compression';
import express, { type Express } from 'express';
import type { Config } from '../config';
import type { Services } from '../services';
import { errorHandler, notFound } from './middleware/error-handler';
import { requireDatabase } from './middleware/require-database';
import { setUpLocals } from './middleware/set-up-locals';
import { setUpSecurityHeaders } from './middleware/set-up-security-headers';
import { setUpStaticAssets } from './middleware/set-up-static-assets';
import { setUpViewEngine } from './middleware/set-up-view-engine';
import { communeApiRoutes } from './routes/api/commune-api-routes';
import { communeRoutes } from './routes/commune-routes';
import { healthRoutes } from './routes/health-routes';
import { pageRoutes } from './routes/page-routes';

export interface AppDependencies {
  config: Config;
  services: Services;
}

export function createApp({ config, services }: AppDependencies): Express {
  const app = express();
  app.set('trust proxy', config.trustProxy ? 1 : false);
  app.set('query parser', 'simple');
  setUpViewEngine(app, config);

  app.use(setUpSecurityHeaders(config));
  app.use(compression());
  // Assets and health checks answer even while the database is down.
  app.use(setUpStaticAssets(config));
  app.use(healthRoutes(services.database));
  app.use(setUpLocals());
  app.use(requireDatabase(services.database));

  app.use(pageRoutes(services.communes));
  app.use(communeRoutes(services.communes, config));
  app.use('/api', communeApiRoutes(services.communes));

  app.use(notFound());
  app.use(errorHandler({ showStack: config.isDevelopment }));
  return app;
}
