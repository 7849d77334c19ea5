// The pages a French public service must have, linked from the footer: mentions légales, données
// personnelles, déclaration d'accessibilité and plan du site (À propos is in page-routes).
import { Router } from 'express';
import { anyone } from '../access/access';
import {
  ACCESSIBILITY_DECLARATION_DATE,
  dataLifetimes,
  legalIdentity,
} from '../presenters/public-service-pages';
import type { RouteContext } from './route-context';

export function publicServicePagesRoutes({ config }: RouteContext): Router {
  const router = Router();
  const identity = legalIdentity(config);
  router.get('/mentions-legales', anyone, (_req, res) => {
    res.render('legal/legal-notice', { title: 'Mentions légales', identity });
  });
  router.get('/donnees-personnelles', anyone, (_req, res) => {
    res.render('legal/personal-data', {
      title: 'Données personnelles',
      identity,
      lifetimes: dataLifetimes(config),
    });
  });
  router.get('/accessibilite', anyone, (_req, res) => {
    res.render('legal/accessibility', {
      title: 'Déclaration d’accessibilité',
      identity,
      date: ACCESSIBILITY_DECLARATION_DATE,
      tileAttribution: config.map.tileAttribution,
    });
  });
  router.get('/plan-du-site', anyone, (_req, res) => {
    res.render('legal/site-map', { title: 'Plan du site' });
  });
  return router;
}
