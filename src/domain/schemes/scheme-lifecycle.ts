// What can happen to a scheme, and when the public sees it: the life of a commune offer
// (offer-lifecycle.ts) without "pourvue", since a scheme is never filled.
import type { Scheme, SchemeStatus } from './scheme';

export const SCHEME_ACTIONS = ['publier', 'depublier', 'archiver', 'restaurer'] as const;
export type SchemeAction = (typeof SCHEME_ACTIONS)[number];

export const SCHEME_ACTION_LABELS: Record<SchemeAction, string> = {
  publier: 'Publier',
  depublier: 'Retirer de la publication',
  archiver: 'Archiver',
  restaurer: 'Restaurer en brouillon',
};

/** The status after `action`, or undefined when it makes no sense from `current`. */
export function schemeStatusAfter(action: SchemeAction, current: SchemeStatus): SchemeStatus | undefined {
  switch (action) {
    case 'publier':
      return current === 'brouillon' ? 'publie' : undefined;
    case 'depublier':
      return current === 'publie' ? 'brouillon' : undefined;
    case 'archiver':
      return current === 'archive' ? undefined : 'archive';
    case 'restaurer':
      return current === 'archive' ? 'brouillon' : undefined;
  }
}

export const availableSchemeActions = (current: SchemeStatus): SchemeAction[] =>
  SCHEME_ACTIONS.filter((action) => schemeStatusAfter(action, current) !== undefined);

/** Published and not ended: an ended scheme leaves public pages by itself, with no job to run. */
export const isSchemePubliclyVisible = (scheme: Pick<Scheme, 'status' | 'validUntil'>, now: Date): boolean =>
  scheme.status === 'publie' && (scheme.validUntil === null || scheme.validUntil.getTime() > now.getTime());

/** In force on `at`: from `validFrom` (included) to `validUntil` (excluded). */
export const isSchemeInForce = (scheme: Pick<Scheme, 'validFrom' | 'validUntil'>, at: Date): boolean =>
  (scheme.validFrom === null || scheme.validFrom.getTime() <= at.getTime()) &&
  (scheme.validUntil === null || scheme.validUntil.getTime() > at.getTime());
