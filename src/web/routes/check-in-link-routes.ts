// The one-click answer of the check-in e-mails (no login needed): the GET shows the question and
// one button, and changes nothing (mail scanners open links); the POST, with the page's CSRF token
// (an anonymous session gets one), records « still practising there ». « No longer » leads to the
// signed-in form on « Mes installations », which asks what failed.
import { Router } from 'express';
import { anyone } from '../access/access';
import { csrfOnlyForm } from '../forms/fields';
import { HttpError } from '../http-errors';
import { presentCheckInLink, presentCheckInLinkAnswer } from '../presenters/check-in-presenter';
import { parseInput } from '../validation';
import type { RouteContext } from './route-context';

const LINK_PATH = '/point-d-etape/:token';

export function checkInLinkRoutes({ services }: RouteContext): Router {
  const { checkInLinks, communes } = services;
  const router = Router();

  router.get(LINK_PATH, anyone, async (req, res) => {
    const token = String(req.params.token);
    const page = presentCheckInLink(await checkInLinks.open(token, new Date()), token, communes);
    res.status(page.status).render(page.view, page.model);
  });

  router.post(LINK_PATH, anyone, async (req, res) => {
    if (!parseInput(csrfOnlyForm, req.body).ok) throw new HttpError(400, 'Requête invalide.');
    const outcome = await checkInLinks.confirmStillPractising(String(req.params.token), new Date());
    const page = presentCheckInLinkAnswer(outcome);
    res.status(page.status).render(page.view, page.model);
  });

  return router;
}
