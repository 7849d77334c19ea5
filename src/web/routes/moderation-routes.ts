// The moderators' back-office: the queue of accounts to validate, every account with filters, one
// account with the decisions its state allows, and the audit log.
import { type Request, type Response, Router } from 'express';
import type { AccountUser } from '../../services/accounts/account-user';
import { decisionForm } from '../forms/moderation-decision-form';
import {
  ACCOUNT_FILTER_FIELDS,
  JOURNAL_FILTER_FIELDS,
  accountFilterOf,
  accountsQuery,
  auditFilterOf,
  journalQuery,
} from '../forms/moderation-filters';
import { rejectedQuery, shownValues } from '../forms/shown-input';
import { NotFoundError } from '../http-errors';
import { allow } from '../access/access';
import {
  type ModeratedAccount,
  type SubmittedDecision,
  decisionMessage,
  presentDecisions,
} from '../presenters/account-decisions-presenter';
import { ACCOUNT_FILTER_CHOICES, presentAccount } from '../presenters/account-presenter';
import { auditActionChoices, presentJournalPage } from '../presenters/journal-presenter';
import { parseInput } from '../validation';
import type { RouteContext } from './route-context';

const JOURNAL_PAGE_SIZE = 50;

export function moderationRoutes({ services }: RouteContext): Router {
  const { moderation, audit, communes, gazetteer } = services;
  const router = Router();
  const guard = allow({ role: 'moderateur', validated: true });
  const describe = (user: AccountUser) => presentAccount(user, { communes, gazetteer });

  const renderAccount = (
    req: Request,
    res: Response,
    account: ModeratedAccount,
    status = 200,
    submitted?: SubmittedDecision,
  ) => {
    res.status(status).render('moderation/account', {
      title: `Compte de ${account.name}`,
      account: describe(account),
      ...presentDecisions(account, req.user?.id, submitted),
    });
  };

  router.get('/moderation', guard, async (_req, res) => {
    const pending = (await moderation.queue()).map(describe);
    res.render('moderation/queue', { title: 'Comptes à valider', pending });
  });

  router.get('/moderation/comptes', guard, async (req, res) => {
    const values = shownValues(req.query, ACCOUNT_FILTER_FIELDS);
    const page = { title: 'Tous les comptes', values, ...ACCOUNT_FILTER_CHOICES };
    const parsed = parseInput(accountsQuery, req.query);
    if (!parsed.ok) {
      return res
        .status(400)
        .render('moderation/accounts', { ...page, ...rejectedQuery(parsed.errors, ACCOUNT_FILTER_FIELDS) });
    }
    const filter = accountFilterOf(parsed.value);
    const accounts = (await moderation.accounts(filter)).map(describe);
    res.render('moderation/accounts', {
      ...page,
      values: { ...values, q: parsed.value.q ?? '' },
      accounts,
      filtered: Object.keys(filter).length > 0,
    });
  });

  router.get('/moderation/comptes/:id', guard, async (req, res) => {
    const account = await moderation.account(String(req.params.id));
    if (!account) throw new NotFoundError('Compte introuvable');
    renderAccount(req, res, account);
  });

  router.post('/moderation/comptes/:id/decision', guard, async (req, res) => {
    const id = String(req.params.id);
    const account = await moderation.account(id);
    if (!account) throw new NotFoundError('Compte introuvable');
    const submitted = shownValues(req.body, ['action', 'reason']);
    const parsed = parseInput(decisionForm, req.body);
    if (!parsed.ok) return renderAccount(req, res, account, 400, { ...submitted, errors: parsed.errors });

    const { action, reason } = parsed.value;
    const result = await moderation.decide(req.user as AccountUser, id, action, reason);
    if (!result.ok) {
      // Show the account as it is now: another moderator may just have decided.
      const current = (await moderation.account(id)) ?? account;
      const status = result.message.includes('changé entre-temps') ? 409 : 400;
      return renderAccount(req, res, current, status, {
        ...submitted,
        errors: { [result.field]: result.message },
      });
    }
    req.session.flash = { type: 'success', message: decisionMessage(action, account.name) };
    res.redirect(303, `/moderation/comptes/${encodeURIComponent(id)}`);
  });

  router.get('/moderation/journal', guard, async (req, res) => {
    const known = await audit.actions();
    const values = shownValues(req.query, JOURNAL_FILTER_FIELDS);
    const page = { title: 'Journal des actions', values, actions: auditActionChoices(known) };
    const parsed = parseInput(journalQuery(known), req.query);
    if (!parsed.ok) {
      return res
        .status(400)
        .render('moderation/journal', { ...page, ...rejectedQuery(parsed.errors, JOURNAL_FILTER_FIELDS) });
    }
    const query = parsed.value;
    const { events, total } = await audit.list(auditFilterOf(query), query.page ?? 1, JOURNAL_PAGE_SIZE);
    res.render('moderation/journal', {
      ...page,
      values: { ...values, actor: query.actor ?? '', target: query.target ?? '' },
      ...presentJournalPage(query, { events, total, pageSize: JOURNAL_PAGE_SIZE }),
    });
  });

  return router;
}
