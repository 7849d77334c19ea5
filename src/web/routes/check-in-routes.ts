// "Did they stay?" for professionals: their confirmed installations with the check-ins at 6, 12 and
// 24 months (/professionnel/installations), and the answer to the one due. The conversation of
// another person is "not found" (the service says so).
import { Router } from 'express';
import type { CheckInMonth } from '../../domain/retention/check-in-schedule';
import { checkInForm } from '../forms/check-in-form';
import { NotFoundError } from '../http-errors';
import { CHECK_IN_ANSWER_REFUSALS, UNREADABLE_CHECK_IN_ANSWER } from '../presenters/check-in-refusals';
import { refusalError } from '../presenters/refusal';
import { allow } from '../access/access';
import {
  CHECK_IN_RECORDED,
  INSTALLATIONS_PATH,
  installationUrl,
  presentInstallations,
} from '../presenters/check-in-presenter';
import { parseInput } from '../validation';
import type { RouteContext } from './route-context';

export function checkInRoutes({ services }: RouteContext): Router {
  const { checkIns, communes } = services;
  const router = Router();
  const guard = allow({ role: 'professionnel', validated: true });

  router.get(INSTALLATIONS_PATH, guard, async (req, res) => {
    const installations = await checkIns.ofProfessional(String(req.user?.id), new Date());
    res.render('professional/installations', {
      title: 'Mes installations',
      installations: presentInstallations(installations, communes),
    });
  });

  router.post(`${INSTALLATIONS_PATH}/:id/suivi`, guard, async (req, res) => {
    const parsed = parseInput(checkInForm, req.body);
    if (!parsed.ok) throw refusalError(UNREADABLE_CHECK_IN_ANSWER);
    const { echeance, exerce, leviers } = parsed.value;
    const outcome = await checkIns.answer(
      String(req.user?.id),
      String(req.params.id),
      { checkIn: echeance as CheckInMonth, stillPractising: exerce === 'oui', failedLevers: leviers },
      new Date(),
    );
    if (outcome.ok) req.session.flash = { type: 'success', message: CHECK_IN_RECORDED };
    else if (outcome.reason === 'not-found') throw new NotFoundError();
    else req.session.flash = CHECK_IN_ANSWER_REFUSALS[outcome.reason].flash;
    res.redirect(303, installationUrl(String(req.params.id)));
  });

  return router;
}
