// The page each role lands on after logging in. Later issues fill them; today they say what comes.
// The commune's home, "Mes offres", is in commune-offer-routes; the professional's in professional-routes.
import { Router } from 'express';
import { requireRole } from '../middleware/guards';

export function roleHomeRoutes(): Router {
  const router = Router();
  router.get('/partenaire', ...requireRole('partenaire'), (req, res) => {
    res.render('homes/partner', { title: 'Tableau de bord', pending: req.user?.status !== 'actif' });
  });
  return router;
}
