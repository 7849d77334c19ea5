// The page each role lands on after logging in; the partner's leads to the dashboard and the zoning.
// The commune's home, "Mes offres", is in commune-offer-routes; the professional's in professional-routes.
import { Router } from 'express';
import { allow } from '../access/access';
import type { RouteContext } from './route-context';

export function roleHomeRoutes(_context: RouteContext): Router {
  const router = Router();
  router.get('/partenaire', allow({ role: 'partenaire', validated: false }), (req, res) => {
    res.render('homes/partner', { title: 'Espace partenaire', pending: req.user?.status !== 'actif' });
  });
  return router;
}
