// The moderators' back-office: the queue of accounts to validate, every account with filters, one
// account with the decisions its state allows, and the audit log.
import { type Request, type Response, Router } from 'express';
import { z } from 'zod';
import { MODERATION_ACTIONS, type ModerationAction, statusAfter } from '../../domain/accounts/moderation';
import {
  ACCOUNT_STATUSES,
  type AccountStatus,
  COMMUNE_FUNCTION_LABELS,
  PARTNER_TYPE_LABELS,
  ROLE_LABELS,
  ROLES,
  STATUS_LABELS,
} from '../../domain/accounts/roles';
import type { Gazetteer } from '../../domain/geo/gazetteer';
import type { AccountUser } from '../../services/accounts/account-user';
import type { Moderation } from '../../services/accounts/moderation';
import type { AuditEventView, AuditLog } from '../../services/audit/audit-log';
import type { CommuneDirectory } from '../../services/geography/commune-directory';
import { csrfField } from '../forms/fields';
import { NotFoundError } from '../http-errors';
import { requireRole } from '../middleware/guards';
import { type FieldErrors, parseInput } from '../validation';

const JOURNAL_PAGE_SIZE = 50;

/** DSFR badge variant of each status. */
const STATUS_BADGES: Record<AccountStatus, 'info' | 'new' | 'success' | 'error' | 'warning'> = {
  'email-a-verifier': 'info',
  'en-attente': 'new',
  actif: 'success',
  rejete: 'error',
  suspendu: 'warning',
};

/** A past decision, as the account page names it. */
const DECISION_LABELS: Record<ModerationAction, string> = {
  valider: 'Compte validé',
  refuser: 'Demande refusée',
  suspendre: 'Compte suspendu',
  reactiver: 'Compte réactivé',
};

/** The French words of the audit actions the service records (others show their code). */
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  'compte.inscription': 'Inscription',
  'compte.email-verifie': 'Adresse e-mail vérifiée',
  'compte.email-modifie': 'Adresse e-mail modifiée',
  'compte.mot-de-passe-modifie': 'Mot de passe modifié',
  'compte.mot-de-passe-reinitialise': 'Mot de passe réinitialisé',
  'compte.supprime': 'Compte supprimé',
  'compte.administrateur-cree': 'Modérateur créé en ligne de commande',
  'connexion.reussie': 'Connexion réussie',
  'connexion.echec': 'Échec de connexion',
  'moderation.valider': 'Compte validé',
  'moderation.refuser': 'Demande de compte refusée',
  'moderation.suspendre': 'Compte suspendu',
  'moderation.reactiver': 'Compte réactivé',
};

const successMessage = (action: ModerationAction, name: string): string =>
  ({
    valider: `Le compte de ${name} est validé. Un e-mail l’en informe.`,
    refuser: `La demande de ${name} est refusée. Un e-mail lui en donne la raison.`,
    suspendre: `Le compte de ${name} est suspendu : ses sessions ouvertes sont fermées et un e-mail lui en donne la raison.`,
    reactiver: `Le compte de ${name} est réactivé. Un e-mail l’en informe.`,
  })[action];

// Query strings and forms. GET forms send empty fields: an empty filter means "any".

const blankAsAbsent = (value: unknown) => (value === '' ? undefined : value);

const filterText = (max: number) =>
  z
    .string({ error: 'Saisissez un texte.' })
    .trim()
    .max(max, { error: `Saisissez au plus ${max} caractères.` })
    .optional();

const accountsQuery = z.strictObject({
  status: z.preprocess(
    blankAsAbsent,
    z.enum(ACCOUNT_STATUSES, { error: 'Choisissez un état dans la liste.' }).optional(),
  ),
  role: z.preprocess(
    blankAsAbsent,
    z.enum(ROLES, { error: 'Choisissez un profil dans la liste.' }).optional(),
  ),
  q: filterText(100),
});

const calendarDay = z
  .string({ error: 'Saisissez une date au format JJ/MM/AAAA.' })
  .refine((text) => parisMidnight(text) !== undefined, { error: 'Saisissez une date valide.' });

const journalQuery = (actions: readonly string[]) =>
  z
    .strictObject({
      action: z.preprocess(
        blankAsAbsent,
        z
          .string({ error: 'Choisissez une action dans la liste.' })
          .refine((action) => actions.includes(action), { error: 'Choisissez une action dans la liste.' })
          .optional(),
      ),
      actor: filterText(254),
      target: filterText(254),
      from: z.preprocess(blankAsAbsent, calendarDay.optional()),
      to: z.preprocess(blankAsAbsent, calendarDay.optional()),
      page: z.preprocess(
        blankAsAbsent,
        z
          .string({ error: 'Numéro de page invalide.' })
          .regex(/^[1-9][0-9]{0,5}$/, { error: 'Numéro de page invalide.' })
          .transform(Number)
          .optional(),
      ),
    })
    .superRefine((query, context) => {
      if (query.from && query.to && query.to < query.from) {
        context.addIssue({
          code: 'custom',
          path: ['to'],
          message: 'Choisissez une date de fin postérieure ou égale à la date de début.',
        });
      }
    });

const decisionForm = z.strictObject({
  _csrf: csrfField,
  action: z.enum(MODERATION_ACTIONS, { error: 'Choisissez une décision.' }),
  reason: z
    .string({ error: 'Saisissez la raison.' })
    .max(1000, { error: 'Saisissez au plus 1000 caractères.' })
    .optional()
    .default(''),
});

/** The UTC instant of 00:00 in Paris on a YYYY-MM-DD day, or undefined when it is no real day. */
export function parisMidnight(day: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return undefined;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const utcMidnight = Date.UTC(year, month - 1, date);
  const check = new Date(utcMidnight);
  if (year < 2000 || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== date) return undefined;
  // Paris is UTC+1 or UTC+2; clocks change at night, never at midnight.
  return new Date(utcMidnight - parisOffsetMs(new Date(utcMidnight)));
}

const parisParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Paris',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** How far Paris' wall clock is ahead of UTC at an instant. */
function parisOffsetMs(at: Date): number {
  const part = (type: string) =>
    Number(parisParts.formatToParts(at).find((candidate) => candidate.type === type)?.value);
  const wallClock = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  return wallClock - Math.floor(at.getTime() / 1000) * 1000;
}

const nextDay = (day: string): string => {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
};

/** The string value of a query or form field, to show it again; '' for anything else. */
const typed = (source: unknown, key: string): string => {
  const value = (source as Record<string, unknown> | undefined)?.[key];
  return typeof value === 'string' ? value : '';
};

/** Errors on the named fields, and one sentence for anything else (unknown parameters…). */
function splitErrors(
  errors: FieldErrors,
  fields: readonly string[],
): { fields: FieldErrors; other?: string } {
  const known: FieldErrors = {};
  const unknownKeys: string[] = [];
  for (const [key, message] of Object.entries(errors)) {
    if (fields.includes(key)) known[key] = message;
    else unknownKeys.push(key);
  }
  if (unknownKeys.length === 0) return { fields: known };
  const other = unknownKeys.every((key) => errors[key] === 'Paramètre inconnu.')
    ? `Cette adresse contient ${unknownKeys.length > 1 ? 'des paramètres inconnus' : 'un paramètre inconnu'} : ${unknownKeys.join(', ')}.`
    : unknownKeys.map((key) => errors[key]).join(' ');
  return { fields: known, other };
}

/** Field errors for the view, or undefined when there are none (an empty object would still count). */
const nonEmpty = (errors: FieldErrors): FieldErrors | undefined =>
  Object.keys(errors).length > 0 ? errors : undefined;

interface PageLink {
  label: string;
  href?: string;
  current?: boolean;
  ellipsis?: boolean;
}

/** DSFR pagination: first, previous, a window of numbered pages with ellipses, next, last. */
function paginationOf(current: number, pageCount: number, hrefOf: (page: number) => string) {
  if (pageCount <= 1) return undefined;
  const numbers = new Set([1, pageCount, current - 2, current - 1, current, current + 1, current + 2]);
  const pages: PageLink[] = [];
  let previous = 0;
  for (const number of [...numbers].filter((n) => n >= 1 && n <= pageCount).sort((a, b) => a - b)) {
    if (number > previous + 1) pages.push({ label: '…', ellipsis: true });
    pages.push({ label: String(number), href: hrefOf(number), current: number === current });
    previous = number;
  }
  const link = (page: number, enabled: boolean) => (enabled ? hrefOf(page) : undefined);
  return {
    first: link(1, current > 1),
    previous: link(current - 1, current > 1),
    next: link(current + 1, current < pageCount),
    last: link(pageCount, current < pageCount),
    pages,
  };
}

export function moderationRoutes(
  moderation: Moderation,
  audit: AuditLog,
  communes: Pick<CommuneDirectory, 'details'>,
  gazetteer: Pick<Gazetteer, 'region' | 'departement'>,
): Router {
  const router = Router();
  const guard = requireRole('moderateur');

  /** An account as the moderators see it: who, in which state, and what they declared. */
  const describe = (user: AccountUser) => {
    const commune = user.commune ? communes.details(user.commune.code) : undefined;
    const territory = user.partner?.territoire;
    return {
      id: user.id,
      name: user.name,
      email: user.email,
      roleLabel: ROLE_LABELS[user.role],
      status: user.status,
      statusLabel: STATUS_LABELS[user.status],
      statusBadge: STATUS_BADGES[user.status],
      createdAt: user.createdAt,
      commune: user.commune && {
        code: user.commune.code,
        nom: commune?.nom ?? 'Commune inconnue',
        departement: commune ? `${commune.departement.nom} (${commune.departement.code})` : '',
        known: commune !== undefined,
        fonctionLabel: COMMUNE_FUNCTION_LABELS[user.commune.fonction],
      },
      partner: user.partner && {
        typeLabel: PARTNER_TYPE_LABELS[user.partner.type],
        organisation: user.partner.nom,
        territoryLabel:
          territory &&
          (territory.niveau === 'region'
            ? `Région ${gazetteer.region(territory.code)?.nom ?? territory.code}`
            : `Département ${territory.code} – ${gazetteer.departement(territory.code)?.nom ?? ''}`),
      },
    };
  };

  type Account = NonNullable<Awaited<ReturnType<Moderation['account']>>>;

  /** What a submitted decision form shows again: its errors and the typed reason. */
  interface Submitted {
    action: string;
    errors: FieldErrors;
    reason: string;
  }

  const renderAccount = (
    req: Request,
    res: Response,
    account: Account,
    status = 200,
    submitted?: Submitted,
  ) => {
    const isSelf = account.id === req.user?.id;
    const allowed = (action: ModerationAction) =>
      !isSelf && statusAfter(action, account.status) !== undefined;
    const submittedAction = MODERATION_ACTIONS.find((action) => action === submitted?.action);
    const { fields, other } = submitted ? splitErrors(submitted.errors, ['reason']) : { fields: {} };
    const formError = [submitted?.errors.action, other].filter(Boolean).join(' ') || undefined;
    const last = account.lastModeration;
    const lastAction = MODERATION_ACTIONS.find((action) => action === last?.decision);
    res.status(status).render('moderation/account', {
      title: `Compte de ${account.name}`,
      account: describe(account),
      isSelf,
      lastModeration: last && {
        label: lastAction ? DECISION_LABELS[lastAction] : last.decision,
        reason: last.reason,
        at: last.at,
      },
      can: {
        valider: allowed('valider'),
        refuser: allowed('refuser'),
        suspendre: allowed('suspendre'),
        reactiver: allowed('reactiver'),
      },
      hasActions: MODERATION_ACTIONS.some(allowed),
      formError,
      errors: submittedAction && Object.keys(fields).length > 0 ? { [submittedAction]: fields } : {},
      values: submittedAction ? { [submittedAction]: { reason: submitted?.reason ?? '' } } : {},
      journalHref: `/moderation/journal?${new URLSearchParams({ target: account.id }).toString()}`,
    });
  };

  router.get('/moderation', ...guard, async (_req, res) => {
    const pending = (await moderation.queue()).map(describe);
    res.render('moderation/queue', { title: 'Comptes à valider', pending });
  });

  router.get('/moderation/comptes', ...guard, async (req, res) => {
    const values = {
      status: typed(req.query, 'status'),
      role: typed(req.query, 'role'),
      q: typed(req.query, 'q'),
    };
    const page = {
      title: 'Tous les comptes',
      values,
      statuses: ACCOUNT_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] })),
      roles: ROLES.map((value) => ({ value, label: ROLE_LABELS[value] })),
    };
    const parsed = parseInput(accountsQuery, req.query);
    if (!parsed.ok) {
      const { fields, other } = splitErrors(parsed.errors, ['status', 'role', 'q']);
      return res.status(400).render('moderation/accounts', {
        ...page,
        failed: true,
        errors: nonEmpty(fields),
        queryError: other,
      });
    }
    const filter = {
      ...(parsed.value.status && { status: parsed.value.status }),
      ...(parsed.value.role && { role: parsed.value.role }),
      ...(parsed.value.q && { query: parsed.value.q }),
    };
    const accounts = (await moderation.accounts(filter)).map(describe);
    res.render('moderation/accounts', {
      ...page,
      values: { ...values, q: parsed.value.q ?? '' },
      accounts,
      filtered: Object.keys(filter).length > 0,
    });
  });

  router.get('/moderation/comptes/:id', ...guard, async (req, res) => {
    const account = await moderation.account(String(req.params.id));
    if (!account) throw new NotFoundError('Compte introuvable');
    renderAccount(req, res, account);
  });

  router.post('/moderation/comptes/:id/decision', ...guard, async (req, res) => {
    const id = String(req.params.id);
    const account = await moderation.account(id);
    if (!account) throw new NotFoundError('Compte introuvable');
    const submitted = { action: typed(req.body, 'action'), reason: typed(req.body, 'reason') };
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
    req.session.flash = { type: 'success', message: successMessage(action, account.name) };
    res.redirect(303, `/moderation/comptes/${encodeURIComponent(id)}`);
  });

  router.get('/moderation/journal', ...guard, async (req, res) => {
    const known = await audit.actions();
    const values = {
      action: typed(req.query, 'action'),
      actor: typed(req.query, 'actor'),
      target: typed(req.query, 'target'),
      from: typed(req.query, 'from'),
      to: typed(req.query, 'to'),
    };
    const page = {
      title: 'Journal des actions',
      values,
      actions: known.map((value) => ({ value, label: AUDIT_ACTION_LABELS[value] ?? value })),
    };
    const parsed = parseInput(journalQuery(known), req.query);
    if (!parsed.ok) {
      const { fields, other } = splitErrors(parsed.errors, ['action', 'actor', 'target', 'from', 'to']);
      return res
        .status(400)
        .render('moderation/journal', { ...page, failed: true, errors: nonEmpty(fields), queryError: other });
    }

    const query = parsed.value;
    const current = query.page ?? 1;
    const { events, total } = await audit.list(
      {
        ...(query.action && { action: query.action }),
        ...(query.actor && { actor: query.actor }),
        ...(query.target && { target: query.target }),
        ...(query.from && { from: parisMidnight(query.from) }),
        // The whole "to" day: up to the last millisecond before the next Paris midnight.
        ...(query.to && { to: new Date((parisMidnight(nextDay(query.to))?.getTime() ?? 0) - 1) }),
      },
      current,
      JOURNAL_PAGE_SIZE,
    );
    const filters = Object.fromEntries(
      (['action', 'actor', 'target', 'from', 'to'] as const).flatMap((key) =>
        query[key] ? [[key, query[key]]] : [],
      ),
    ) as Record<string, string>;
    const hrefOf = (number: number) =>
      `/moderation/journal?${new URLSearchParams({ ...filters, ...(number > 1 && { page: String(number) }) }).toString()}`;
    const pageCount = Math.max(1, Math.ceil(total / JOURNAL_PAGE_SIZE));
    res.render('moderation/journal', {
      ...page,
      values: { ...values, actor: query.actor ?? '', target: query.target ?? '' },
      events: events.map((event) => describeEvent(event)),
      total,
      firstShown: total === 0 ? 0 : Math.min(total, (current - 1) * JOURNAL_PAGE_SIZE + 1),
      lastShown: Math.min(total, current * JOURNAL_PAGE_SIZE),
      beyondLastPage: current > pageCount,
      filtered: Object.keys(filters).length > 0,
      pagination: paginationOf(Math.min(current, pageCount), pageCount, hrefOf),
      currentPage: current,
      pageCount,
    });
  });

  return router;
}

function describeEvent(event: AuditEventView) {
  return {
    at: event.at,
    actor: event.actorLabel,
    action: event.action,
    actionLabel: AUDIT_ACTION_LABELS[event.action] ?? event.action,
    target: event.targetLabel || event.targetId,
    targetHref:
      event.targetType === 'compte' && /^[0-9a-f]{24}$/.test(event.targetId)
        ? `/moderation/comptes/${event.targetId}`
        : undefined,
    details: event.details,
  };
}
