// Which offers of a commune one of its staff members may open and change.

export interface OfferHandler {
  id: string;
  communeCode: string;
  /** Validated by a moderator. */
  active: boolean;
}

export interface HandledOffer {
  commune: string;
  createdBy: string | null;
  status: string;
}

/**
 * Every offer of their commune once a moderator validated them; before that, only the drafts they
 * wrote themselves: a pending account prepares, it acts on nothing the commune already has.
 */
export function mayHandleOffer(staff: OfferHandler, offer: HandledOffer): boolean {
  if (offer.commune !== staff.communeCode) return false;
  return staff.active || (offer.createdBy === staff.id && offer.status === 'brouillon');
}
