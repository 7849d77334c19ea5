import path from 'node:path';
import express, { Router } from 'express';
import type { Config } from '../../config';
import { anyone } from '../access/access';

/** Front-end assets, all served from this origin: the design system, Leaflet and Chart.js straight from node_modules. */
export function setUpStaticAssets(config: Config): Router {
  const root = config.projectRoot;
  const options = { maxAge: config.devMode ? 0 : '1d', index: false, fallthrough: true } as const;
  const router = Router();
  router.use('/dsfr', express.static(path.join(root, 'node_modules', '@gouvfr', 'dsfr', 'dist'), options));
  router.use('/vendor/leaflet', express.static(path.join(root, 'node_modules', 'leaflet', 'dist'), options));
  router.use('/vendor/chartjs', express.static(path.join(root, 'node_modules', 'chart.js', 'dist'), options));
  router.use(
    '/vendor/markercluster',
    express.static(path.join(root, 'node_modules', 'leaflet.markercluster', 'dist'), options),
  );
  router.use('/static', express.static(path.join(root, 'public'), options));
  router.get('/favicon.ico', anyone, (_req, res) => res.redirect(301, '/dsfr/favicon/favicon.ico'));
  return router;
}
