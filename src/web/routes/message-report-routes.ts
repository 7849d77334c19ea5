// The moderators' queue of reported messages: the text, both parties, and the decision (dismiss, or
// suspend the author's account through the moderation service).
import { type Request, type Response, Router } from 'express';
import type { AccountUser } from '../../services/accounts/account-user';
import { allow } from '../access/access';
import { reportDecisionForm } from '../forms/conversation-report-decision-form';
import { shownValues } from '../forms/shown-input';
import { NotFoundError } from '../http-errors';
import { decisionRefusal } from '../presenters/contact-refusals';
import { REPORTS_PATH, presentReportQueue } from '../presenters/message-report-presenter';
import { type FieldErrors, parseInput } from '../validation';
import type { RouteContext } from './route-context';

export function messageReportRoutes({ services }: RouteContext): Router {
  const { messageReports: reports, communes } = services;
  const conversations = services.conversations.readModel;
  const router = Router();
  const guard = allow({ role: 'moderateur', validated: true });

  /** The queue; after a refused decision, with its errors next to that report. */
  const render = (
    req: Request,
    res: Response,
    refused?: { id: string; errors: FieldErrors; status: number },
  ) => {
    const values = shownValues(req.body, ['decision', 'motif']);
    const pending = presentReportQueue(
      reports.queue(),
      conversations,
      communes,
      refused && { ...refused, values },
    );
    res.status(refused?.status ?? 200).render('messages/reports', { title: 'Messages signalés', pending });
  };

  router.get(REPORTS_PATH, guard, (req, res) => render(req, res));

  router.post(`${REPORTS_PATH}/:id/decision`, guard, async (req, res) => {
    const id = String(req.params.id);
    if (!(await reports.get(id))) throw new NotFoundError('Signalement introuvable');
    const parsed = parseInput(reportDecisionForm, req.body);
    if (!parsed.ok) return render(req, res, { id, status: 400, errors: parsed.errors });
    const { decision, motif } = parsed.value;
    const result = await reports.decide(req.user as AccountUser, id, decision, motif);
    if (!result.ok) {
      const { status, message } = decisionRefusal(result);
      return render(req, res, { id, status, errors: { decision: message } });
    }
    req.session.flash = {
      type: 'success',
      message:
        decision === 'suspendre' ? 'Signalement traité : l’auteur est suspendu.' : 'Signalement classé.',
    };
    res.redirect(303, REPORTS_PATH);
  });

  return router;
}
