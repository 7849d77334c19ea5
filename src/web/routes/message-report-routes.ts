// The moderators' queue of reported messages: the text, both parties, and the decision (dismiss, or
// suspend the author's account through the moderation service).
import { type Request, type Response, Router } from 'express';
import type { AccountUser } from '../../services/accounts/account-user';
import { reportDecisionForm } from '../forms/conversation-report-decision-form';
import { shownValues } from '../forms/shown-input';
import { NotFoundError } from '../http-errors';
import { allow } from '../access/access';
import { communeLabel } from '../presenters/conversation-presenter';
import { type FieldErrors, parseInput } from '../validation';
import type { RouteContext } from './route-context';

export const REPORTS_PATH = '/moderation/signalements';

export function messageReportRoutes({ services }: RouteContext): Router {
  const { messageReports: reports, communes } = services;
  const conversations = services.conversations.readModel;
  const router = Router();
  const guard = allow({ role: 'moderateur', validated: true });

  const render = async (
    req: Request,
    res: Response,
    status = 200,
    errors?: FieldErrors,
    decided?: string,
  ) => {
    const pending = (await reports.queue()).map((report, index) => {
      const conversation = conversations.get(report.conversationId);
      const commune = `Commune de ${communeLabel(report.communeCode, communes)}`;
      const professional = conversation?.professional.name || 'Professionnel(le) (compte supprimé)';
      return {
        ...report,
        author: report.authorSide === 'commune' ? commune : professional,
        reporter: report.authorSide === 'commune' ? professional : commune,
        authorHref: `/moderation/comptes/${report.authorId}`,
        action: `${REPORTS_PATH}/${report.id}/decision`,
        motifId: `motif-${String(index)}`,
        errors: decided === report.id ? errors : undefined,
        values: decided === report.id ? shownValues(req.body, ['decision', 'motif']) : {},
      };
    });
    res.status(status).render('messages/reports', { title: 'Messages signalés', pending });
  };

  router.get(REPORTS_PATH, guard, async (req, res) => render(req, res));

  router.post(`${REPORTS_PATH}/:id/decision`, guard, async (req, res) => {
    const id = String(req.params.id);
    if (!(await reports.get(id))) throw new NotFoundError('Signalement introuvable');
    const parsed = parseInput(reportDecisionForm, req.body);
    if (!parsed.ok) return render(req, res, 400, parsed.errors, id);
    const result = await reports.decide(
      req.user as AccountUser,
      id,
      parsed.value.decision,
      parsed.value.motif,
    );
    if (!result.ok) return render(req, res, 400, { decision: result.message }, id);
    req.session.flash = {
      type: 'success',
      message:
        parsed.value.decision === 'suspendre'
          ? 'Signalement traité : l’auteur est suspendu.'
          : 'Signalement classé.',
    };
    res.redirect(303, REPORTS_PATH);
  });

  return router;
}
