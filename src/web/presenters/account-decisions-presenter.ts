// The decisions part of a moderator's account page: the last decision, the decisions the account's
// state allows, a refused decision form shown again, and the message once a decision is taken.
import { MODERATION_ACTIONS, type ModerationAction, statusAfter } from '../../domain/accounts/moderation';
import type { Moderation } from '../../services/accounts/moderation';
import { splitErrors } from '../forms/shown-input';
import type { FieldErrors } from '../validation';

/** An account as the moderation service gives it, with its last decision. */
export type ModeratedAccount = NonNullable<Awaited<ReturnType<Moderation['account']>>>;

/** What a submitted decision form shows again: its errors and the typed reason. */
export interface SubmittedDecision {
  action: string;
  errors: FieldErrors;
  reason: string;
}

/** A past decision, as the account page names it. */
const DECISION_LABELS: Record<ModerationAction, string> = {
  valider: 'Compte validé',
  refuser: 'Demande refusée',
  suspendre: 'Compte suspendu',
  reactiver: 'Compte réactivé',
};

/** The flash message once a decision on `name`'s account is taken. */
export const decisionMessage = (action: ModerationAction, name: string): string =>
  ({
    valider: `Le compte de ${name} est validé. Un e-mail l’en informe.`,
    refuser: `La demande de ${name} est refusée. Un e-mail lui en donne la raison.`,
    suspendre: `Le compte de ${name} est suspendu : ses sessions ouvertes sont fermées et un e-mail lui en donne la raison.`,
    reactiver: `Le compte de ${name} est réactivé. Un e-mail l’en informe.`,
  })[action];

const asDecision = (value: string | undefined) => MODERATION_ACTIONS.find((action) => action === value);

/** What the account page shows of decisions to this moderator (none on their own account). */
export function presentDecisions(
  account: ModeratedAccount,
  moderatorId: string | undefined,
  submitted?: SubmittedDecision,
) {
  const isSelf = account.id === moderatorId;
  const allowed = (action: ModerationAction) => !isSelf && statusAfter(action, account.status) !== undefined;
  const submittedAction = asDecision(submitted?.action);
  const { fields, other } = submitted ? splitErrors(submitted.errors, ['reason']) : { fields: {} };
  const last = account.lastModeration;
  const lastAction = asDecision(last?.decision);
  return {
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
    formError: [submitted?.errors.action, other].filter(Boolean).join(' ') || undefined,
    // Each decision has its own form: errors and the typed reason go back to the one submitted.
    errors: submittedAction && Object.keys(fields).length > 0 ? { [submittedAction]: fields } : {},
    values: submittedAction ? { [submittedAction]: { reason: submitted?.reason ?? '' } } : {},
    journalHref: `/moderation/journal?${new URLSearchParams({ target: account.id }).toString()}`,
  };
}
