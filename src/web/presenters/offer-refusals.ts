// Why a commune's write on an offer was refused, as "Mes offres" says it. A conflict names the offer
// as it now is (someone saved it in between).
import type { OfferRefusal, OfferWriteResult } from '../../services/offers/offer-service';
import type { OfferView } from '../../services/offers/offer-view';
import type { FlashRefusal, Refusal } from './refusal';

const OFFER_REFUSALS: Record<OfferRefusal, (title: string) => Refusal> = {
  'not-found': () => ({ status: 404, message: 'Page non trouvée' }),
  conflict: (title) => ({
    status: 409,
    message: `L’offre « ${title} » a été modifiée entre-temps par un autre membre de votre commune : rien n’a été changé. Vérifiez son état ci-dessous (la page est rechargée) et recommencez si besoin.`,
  }),
  'not-allowed': () => ({
    status: 403,
    message: 'Votre compte doit être validé par un modérateur avant de pouvoir publier.',
  }),
  'not-applicable': () => ({
    status: 400,
    message: 'Cette action ne s’applique pas à une offre dans cet état.',
  }),
};

/** The refusal of a write on `offer`. */
export const offerRefusal = (refused: Extract<OfferWriteResult, { ok: false }>, offer: OfferView): Refusal =>
  OFFER_REFUSALS[refused.reason](refused.reason === 'conflict' ? refused.current.title : offer.title);

/**
 * A refused action on `offer`, told on the page it came from: a conflict as a warning (that page is
 * reloaded with the offer as it now is), anything else as an error.
 */
export const offerActionRefusal = (
  refused: Extract<OfferWriteResult, { ok: false }>,
  offer: OfferView,
): FlashRefusal => ({
  flash: {
    type: refused.reason === 'conflict' ? 'warning' : 'error',
    message: offerRefusal(refused, offer).message,
  },
});
