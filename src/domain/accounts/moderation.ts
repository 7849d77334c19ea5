// Which moderation decisions make sense for an account in a given state.
import type { AccountStatus } from './roles';

export const MODERATION_ACTIONS = ['valider', 'refuser', 'suspendre', 'reactiver'] as const;
export type ModerationAction = (typeof MODERATION_ACTIONS)[number];

export const MODERATION_ACTION_LABELS: Record<ModerationAction, string> = {
  valider: 'Valider',
  refuser: 'Refuser',
  suspendre: 'Suspendre',
  reactiver: 'Réactiver',
};

/** Actions that must state a reason (it is e-mailed to the person). */
export const REASON_REQUIRED: ReadonlySet<ModerationAction> = new Set(['refuser', 'suspendre']);

/**
 * The status after `action`, or undefined when the action makes no sense from `current`.
 * A suspended account returns to the status it had (`suspendedFrom`).
 */
export function statusAfter(
  action: ModerationAction,
  current: AccountStatus,
  suspendedFrom?: AccountStatus | null,
): AccountStatus | undefined {
  switch (action) {
    case 'valider':
      return current === 'en-attente' ? 'actif' : undefined;
    case 'refuser':
      return current === 'en-attente' ? 'rejete' : undefined;
    case 'suspendre':
      return current === 'actif' || current === 'en-attente' ? 'suspendu' : undefined;
    case 'reactiver':
      return current === 'suspendu' ? (suspendedFrom ?? 'actif') : undefined;
  }
}
