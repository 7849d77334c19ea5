import { anyone } from '../access/access';
import { Router } from 'express';
import type { RouteContext } from './route-context';

/** Pages with no form: home and about. */
export function pageRoutes({ services }: RouteContext): Router {
  const { communes } = services;
  const router = Router();
  router.get('/', anyone, (_req, res) => {
    res.render('home', { title: 'Accueil', communeCount: communes.communeCount() });
  });
  router.get('/a-propos', anyone, (_req, res) => {
    res.render('about', { title: 'À propos et sources des données' });
  });
  return router;
}
