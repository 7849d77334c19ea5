// Housing: a home of the wished tenure, size, budget and furnishing, available by the start.
import type { Assessment, CriterionContext } from '../assessment';
import { detailFlag, detailNumber, detailText } from '../offer-details';
import type { HousingWish, MatchingOffer } from '../types';
import { assessWish } from './find-offers';

/** What the home costs: the monthly rent, the sale price, or 0 when it is lent for free. */
export const housingPrice = (offer: MatchingOffer): number =>
  detailText(offer, 'tenure') === 'mise-a-disposition' ? 0 : detailNumber(offer, 'price', Infinity);

export function housingFits(offer: MatchingOffer, wish: HousingWish, start: Date): boolean {
  const tenure = detailText(offer, 'tenure');
  const rental = tenure === 'location' || tenure === 'mise-a-disposition';
  const sale = tenure === 'vente';
  if (wish.tenure === 'location' ? !rental : wish.tenure === 'achat' ? !sale : !rental && !sale) return false;
  if (detailNumber(offer, 'rooms') < wish.roomsMin) return false;
  if (wish.budgetMax !== null) {
    // An "indifferent" budget is monthly: it cannot judge a sale price.
    if (wish.tenure === 'indifferent' && sale) return false;
    if (housingPrice(offer) > wish.budgetMax) return false;
  }
  if (wish.furnished !== null && detailFlag(offer, 'furnished') !== wish.furnished) return false;
  return offer.availableFrom.getTime() <= start.getTime();
}

export function assessHousing(context: CriterionContext): Assessment {
  const wish = context.project.housing;
  return assessWish(
    context,
    'housing',
    wish,
    'logement',
    (offer) => wish !== null && housingFits(offer, wish, context.start),
    (a, b) => housingPrice(a) - housingPrice(b),
  );
}
