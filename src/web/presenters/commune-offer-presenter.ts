// Offers as their commune's staff see them in "Mes offres" and atop their form: labels, state badge,
// the forms of the actions their state allows, and what each action says once done.
import { OFFER_ACTION_LABELS, type OfferAction, availableActions } from '../../domain/offers/offer-lifecycle';
import {
  OFFER_STATUS_LABELS,
  OFFER_TYPE_LABELS,
  type OfferStatus,
} from '../../domain/offers/offer-vocabulary';
import type { OfferView } from '../../services/offers/offer-view';

const STATUS_BADGES: Record<OfferStatus, string> = {
  brouillon: 'fr-badge--info',
  publiee: 'fr-badge--success',
  pourvue: 'fr-badge--purple-glycine',
  archivee: '',
};

/** The flash message once an action succeeded. */
export const OFFER_ACTION_MESSAGES: Record<OfferAction, string> = {
  publier: 'Offre publiée : elle apparaît sur la page de votre commune et dans la recherche des offres.',
  depublier: 'Offre retirée de la publication : elle est de nouveau en brouillon.',
  pourvoir: 'Offre marquée comme pourvue : elle n’apparaît plus dans la recherche.',
  archiver: 'Offre archivée.',
  restaurer: 'Offre remise en brouillon.',
};

/** An offer with the forms of its possible actions; `back` is the page they return to. */
export function presentCommuneOffer(offer: OfferView, back: string) {
  return {
    id: offer.id,
    title: offer.title,
    type: offer.type,
    typeLabel: OFFER_TYPE_LABELS[offer.type],
    status: offer.status,
    statusLabel: OFFER_STATUS_LABELS[offer.status],
    badgeClass: STATUS_BADGES[offer.status],
    availableFrom: offer.availableFrom,
    expiresAt: offer.expiresAt,
    updatedAt: offer.updatedAt,
    revision: offer.revision,
    editHref: `/commune/offres/${offer.id}/modifier`,
    actions: availableActions(offer.status).map((action) => ({
      action,
      label: OFFER_ACTION_LABELS[action],
      href: `/commune/offres/${offer.id}/statut`,
      revision: offer.revision,
      back,
      primary: action === 'publier',
    })),
  };
}
