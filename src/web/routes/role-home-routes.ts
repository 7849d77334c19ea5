// The page each role lands on after logging in. Later issues fill them; today they say what comes.
import { Router } from 'express';
import type { CommuneDirectory } from '../../services/geography/commune-directory';
import { requireRole } from '../middleware/guards';

export function roleHomeRoutes(communes: Pick<CommuneDirectory, 'details'>): Router {
  const router = Router();
  router.get('/professionnel', ...requireRole('professionnel'), (_req, res) => {
    res.render('homes/professional', { title: 'Mon projet d’installation' });
  });
  router.get('/commune', ...requireRole('commune'), (req, res) => {
    const commune = req.user?.commune ? communes.details(req.user.commune.code) : undefined;
    res.render('homes/commune', { title: 'Mes offres', commune, pending: req.user?.status !== 'actif' });
  });
  router.get('/partenaire', ...requireRole('partenaire'), (req, res) => {
    res.render('homes/partner', { title: 'Tableau de bord', pending: req.user?.status !== 'actif' });
  });
  return router;
}
