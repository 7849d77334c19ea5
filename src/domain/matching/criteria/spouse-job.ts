// The partner's job: an offer in one of the wished sectors, with one of the wished contracts.
import type { Assessment, CriterionContext } from '../assessment';
import type { JobSector } from '../../offers/offer-vocabulary';
import { detailText } from '../offer-details';
import type { Contract, MatchingOffer, PartnerWish } from '../types';
import { assessWish } from './find-offers';

export const spouseJobFits = (offer: MatchingOffer, wish: PartnerWish): boolean =>
  (wish.sectors.length === 0 || wish.sectors.includes(detailText(offer, 'sector') as JobSector)) &&
  (wish.contracts.length === 0 || wish.contracts.includes(detailText(offer, 'contract') as Contract));

export function assessSpouseJob(context: CriterionContext): Assessment {
  const wish = context.project.household.partner;
  return assessWish(
    context,
    'spouseJob',
    wish,
    'emploi-conjoint',
    (offer) => wish !== null && spouseJobFits(offer, wish),
  );
}
