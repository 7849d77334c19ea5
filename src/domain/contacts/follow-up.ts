// The follow-up of a conversation, set by the commune and seen by both sides:
//   nouveau → en-discussion → visite-prevue (date) → installation-declaree (date, commune, levers)
//   → installation-confirmee (only by the professional's confirmation; declining goes back to the
//   status before the declaration). Any open status → sans-suite (reason).
// Reopening: sans-suite → en-discussion is allowed (a professional often comes back months later;
// the history keeps the earlier "sans suite"). installation-confirmee is final.
// Nothing changes on a withdrawn or closed conversation. Refusals are codes: the web layer words them.
import type { Lever } from '../statistics/contact-fact';

export const FOLLOW_UP_STATUSES = [
  'nouveau',
  'en-discussion',
  'visite-prevue',
  'installation-declaree',
  'installation-confirmee',
  'sans-suite',
] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

export const FOLLOW_UP_LABELS: Record<FollowUpStatus, string> = {
  nouveau: 'Nouveau',
  'en-discussion': 'En discussion',
  'visite-prevue': 'Visite prévue',
  'installation-declaree': 'Installation déclarée, à confirmer',
  'installation-confirmee': 'Installation confirmée',
  'sans-suite': 'Sans suite',
};

export type Side = 'professionnel' | 'commune';

export interface Installation {
  date: Date;
  /** INSEE code of the commune where the professional settles (often, not always, the one written to). */
  communeCode: string;
  levers: readonly Lever[];
}

/** One step of the follow-up; the last one is the current status. */
export interface FollowUpStep {
  status: FollowUpStatus;
  at: Date;
  side: Side;
  visitDate: Date | null;
  installation: Installation | null;
  reason: string;
}

export type FollowUpCommand =
  | { action: 'discuter' }
  | { action: 'planifier-visite'; visitDate: Date }
  | { action: 'declarer-installation'; installation: Installation }
  | { action: 'classer-sans-suite'; reason: string }
  | { action: 'confirmer-installation' }
  | { action: 'refuser-installation' };
export type FollowUpAction = FollowUpCommand['action'];

/** Which side may give each command. */
export const SIDE_OF_ACTION: Record<FollowUpAction, Side> = {
  discuter: 'commune',
  'planifier-visite': 'commune',
  'declarer-installation': 'commune',
  'classer-sans-suite': 'commune',
  'confirmer-installation': 'professionnel',
  'refuser-installation': 'professionnel',
};

/** The statuses each command may start from. */
const ALLOWED_FROM: Record<FollowUpAction, readonly FollowUpStatus[]> = {
  discuter: ['nouveau', 'visite-prevue', 'sans-suite'],
  'planifier-visite': ['nouveau', 'en-discussion', 'visite-prevue'],
  'declarer-installation': ['nouveau', 'en-discussion', 'visite-prevue'],
  'classer-sans-suite': ['nouveau', 'en-discussion', 'visite-prevue', 'installation-declaree'],
  'confirmer-installation': ['installation-declaree'],
  'refuser-installation': ['installation-declaree'],
};

const DAY_MS = 86_400_000;
/** A visit recorded a little late is fine; one long past is a mistake. */
export const VISIT_PAST_TOLERANCE_DAYS = 7;
export const VISIT_FUTURE_LIMIT_DAYS = 2 * 366;
/** An installation may be declared up to a year after it happened, or planned up to three years ahead. */
export const INSTALLATION_PAST_LIMIT_DAYS = 366;
export const INSTALLATION_FUTURE_LIMIT_DAYS = 3 * 366;
export const REASON_MAX_LENGTH = 500;

/** The state a conversation must be in for its follow-up to change. */
export interface ConversationState {
  withdrawn: boolean;
  closed: boolean;
}

/** Why a follow-up command is refused. */
export type FollowUpRefusal =
  | 'follow-up-withdrawn'
  | 'follow-up-closed'
  /** Only the professional confirms or declines an installation. */
  | 'professional-only'
  /** Every other step is the commune's. */
  | 'commune-only'
  | 'follow-up-ended'
  | 'nothing-declared'
  | 'already-in-discussion'
  /** `discuter` while an installation waits for the professional's answer. */
  | 'installation-pending'
  /** A visit or a declaration while an installation waits for the professional's answer. */
  | 'installation-already-declared'
  /** A visit or a declaration on a contact "sans suite": it must be reopened first. */
  | 'without-follow-up'
  | 'already-without-follow-up'
  | 'visit-date-out-of-range'
  | 'installation-date-out-of-range'
  | 'missing-reason'
  | 'reason-too-long';

export type FollowUpResult = { ok: true; step: FollowUpStep } | { ok: false; reason: FollowUpRefusal };

const refuse = (reason: FollowUpRefusal): FollowUpResult => ({ ok: false, reason });

export const currentStep = (history: readonly FollowUpStep[]): FollowUpStep =>
  history.at(-1) ?? {
    status: 'nouveau',
    at: new Date(0),
    side: 'professionnel',
    visitDate: null,
    installation: null,
    reason: '',
  };

/** The first step of every conversation, when the professional first writes. */
export const firstStep = (at: Date): FollowUpStep => ({
  status: 'nouveau',
  at,
  side: 'professionnel',
  visitDate: null,
  installation: null,
  reason: '',
});

/** The step the follow-up was at before the pending installation declaration. */
function beforeDeclaration(history: readonly FollowUpStep[]): FollowUpStep {
  const declaration = history.findLastIndex((step) => step.status === 'installation-declaree');
  return history[declaration - 1] ?? firstStep(new Date(0));
}

const outside = (date: Date, now: Date, pastDays: number, futureDays: number) =>
  Number.isNaN(date.getTime()) ||
  date.getTime() < now.getTime() - pastDays * DAY_MS ||
  date.getTime() > now.getTime() + futureDays * DAY_MS;

/** Checks a command against the conversation and its history; returns the step to record, or why not. */
export function nextStep(
  history: readonly FollowUpStep[],
  command: FollowUpCommand,
  by: Side,
  state: ConversationState,
  now: Date,
): FollowUpResult {
  if (state.withdrawn) return refuse('follow-up-withdrawn');
  if (state.closed) return refuse('follow-up-closed');
  if (SIDE_OF_ACTION[command.action] !== by)
    return refuse(by === 'commune' ? 'professional-only' : 'commune-only');
  const current = currentStep(history);
  if (!ALLOWED_FROM[command.action].includes(current.status)) return refuse(refusalFor(command, current));
  const step = { at: now, side: by, visitDate: null, installation: null, reason: '' };

  switch (command.action) {
    case 'discuter':
      return { ok: true, step: { ...step, status: 'en-discussion' } };
    case 'planifier-visite':
      if (outside(command.visitDate, now, VISIT_PAST_TOLERANCE_DAYS, VISIT_FUTURE_LIMIT_DAYS))
        return refuse('visit-date-out-of-range');
      return { ok: true, step: { ...step, status: 'visite-prevue', visitDate: command.visitDate } };
    case 'declarer-installation': {
      const { installation } = command;
      if (outside(installation.date, now, INSTALLATION_PAST_LIMIT_DAYS, INSTALLATION_FUTURE_LIMIT_DAYS))
        return refuse('installation-date-out-of-range');
      return {
        ok: true,
        step: {
          ...step,
          status: 'installation-declaree',
          installation: { ...installation, levers: [...new Set(installation.levers)] },
        },
      };
    }
    case 'classer-sans-suite': {
      const reason = command.reason.trim();
      if (!reason) return refuse('missing-reason');
      if (reason.length > REASON_MAX_LENGTH) return refuse('reason-too-long');
      return { ok: true, step: { ...step, status: 'sans-suite', reason } };
    }
    case 'confirmer-installation':
      return {
        ok: true,
        step: { ...step, status: 'installation-confirmee', installation: current.installation },
      };
    case 'refuser-installation': {
      const previous = beforeDeclaration(history);
      return {
        ok: true,
        step: { ...step, status: previous.status, visitDate: previous.visitDate },
      };
    }
  }
}

/** Why a command does not apply to the current status. */
function refusalFor(command: FollowUpCommand, current: FollowUpStep): FollowUpRefusal {
  if (current.status === 'installation-confirmee') return 'follow-up-ended';
  switch (command.action) {
    case 'confirmer-installation':
    case 'refuser-installation':
      return 'nothing-declared';
    case 'discuter':
      return current.status === 'en-discussion' ? 'already-in-discussion' : 'installation-pending';
    case 'planifier-visite':
    case 'declarer-installation':
      return current.status === 'sans-suite' ? 'without-follow-up' : 'installation-already-declared';
    case 'classer-sans-suite':
      return 'already-without-follow-up';
  }
}

/** The commands a side may give now (to show only the sensible buttons). */
export function availableActions(
  history: readonly FollowUpStep[],
  by: Side,
  state: ConversationState,
): FollowUpAction[] {
  if (state.withdrawn || state.closed) return [];
  const status = currentStep(history).status;
  return (Object.keys(ALLOWED_FROM) as FollowUpAction[]).filter(
    (action) => SIDE_OF_ACTION[action] === by && ALLOWED_FROM[action].includes(status),
  );
}
