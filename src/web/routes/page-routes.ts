import { anyone } from '../access/access';
import { Router } from 'express';
import type { CommuneDirectory } from '../../services/geography/commune-directory';

/** Pages with no form: home and about. */
export function pageRoutes(communes: Pick<CommuneDirectory, 'communeCount'>): Router {
  const router = Router();
  router.get('/', anyone, (_req, res) => {
    res.render('home', { title: 'Accueil', communeCount: communes.communeCount() });
  });
  router.get('/a-propos', anyone, (_req, res) => {
    res.render('about', { title: 'À propos et sources des données' });
  });
  return router;
}
