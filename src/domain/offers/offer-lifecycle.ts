// What can happen to an offer, and when the public sees it.
import type { OfferStatus } from './offer-vocabulary';

export const OFFER_ACTIONS = ['publier', 'depublier', 'pourvoir', 'archiver', 'restaurer'] as const;
export type OfferAction = (typeof OFFER_ACTIONS)[number];

export const OFFER_ACTION_LABELS: Record<OfferAction, string> = {
  publier: 'Publier',
  depublier: 'Retirer de la publication',
  pourvoir: 'Marquer comme pourvue',
  archiver: 'Archiver',
  restaurer: 'Restaurer en brouillon',
};

/** Actions that put an offer in front of the public: only validated commune accounts may take them. */
export const PUBLISHING_ACTIONS: ReadonlySet<OfferAction> = new Set(['publier']);

/** The status after `action`, or undefined when it makes no sense from `current`. */
export function offerStatusAfter(action: OfferAction, current: OfferStatus): OfferStatus | undefined {
  switch (action) {
    case 'publier':
      return current === 'brouillon' ? 'publiee' : undefined;
    case 'depublier':
      return current === 'publiee' ? 'brouillon' : undefined;
    case 'pourvoir':
      return current === 'publiee' ? 'pourvue' : undefined;
    case 'archiver':
      return current === 'archivee' ? undefined : 'archivee';
    case 'restaurer':
      return current === 'archivee' || current === 'pourvue' ? 'brouillon' : undefined;
  }
}

export const availableActions = (current: OfferStatus): OfferAction[] =>
  (Object.keys(OFFER_ACTION_LABELS) as OfferAction[]).filter(
    (action) => offerStatusAfter(action, current) !== undefined,
  );

/** Published and not expired: expired offers leave public pages by themselves, with no job to run. */
export function isPubliclyVisible(
  offer: { status: OfferStatus; expiresAt: Date | null },
  now: Date,
): boolean {
  return (
    offer.status === 'publiee' && (offer.expiresAt === null || offer.expiresAt.getTime() > now.getTime())
  );
}
