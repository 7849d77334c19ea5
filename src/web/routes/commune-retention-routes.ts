// « Installations et maintien » for commune staff: the installations confirmed in the commune and
// how many still practise there at each check-in, published as the partners' figures are (perturbed),
// once enough professionals answered. Validated staff only, of their own commune.
import { Router } from 'express';
import { allow } from '../access/access';
import { presentCommuneHeading } from '../presenters/commune-heading';
import { presentCommuneRetention } from '../presenters/commune-retention-presenter';
import { staffOf } from '../session/commune-staff';
import type { RouteContext } from './route-context';

export function communeRetentionRoutes({ services }: RouteContext): Router {
  const router = Router();
  router.get('/commune/maintien', allow({ role: 'commune', validated: true }), async (req, res) => {
    const { communeCode } = staffOf(req);
    res.render('commune/retention', {
      title: 'Installations et maintien',
      commune: presentCommuneHeading(communeCode, services.communes),
      retention: presentCommuneRetention(await services.communeRetention(communeCode)),
    });
  });
  return router;
}
