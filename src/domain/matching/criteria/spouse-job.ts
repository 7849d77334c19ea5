// The partner's job: an offer in one of the wished sectors, with one of the wished contracts.
import type { Assessment, CriterionContext } from '../assessment';
import { metOf } from '../assessment';
import type { JobSector } from '../../offers/offer-vocabulary';
import { detailText } from '../offer-details';
import type { Contract, MatchingOffer, PartnerWish } from '../types';
import { findOffers, qualityOf } from './find-offers';

export const spouseJobFits = (offer: MatchingOffer, wish: PartnerWish): boolean =>
  (wish.sectors.length === 0 || wish.sectors.includes(detailText(offer, 'sector') as JobSector)) &&
  (wish.contracts.length === 0 || wish.contracts.includes(detailText(offer, 'contract') as Contract));

export function assessSpouseJob(context: CriterionContext): Assessment {
  const wish = context.project.household.partner;
  if (wish === null) {
    return {
      relevant: false,
      quality: 0,
      met: 'non',
      offers: [],
      finding: { criterion: 'spouseJob', wish, found: [], nearMisses: [] },
    };
  }
  const { found, nearMisses } = findOffers(context, 'emploi-conjoint', (offer) => spouseJobFits(offer, wish));
  const quality = qualityOf(found[0], context.penalty);
  return {
    relevant: true,
    quality,
    met: metOf(quality, true),
    offers: found,
    finding: { criterion: 'spouseJob', wish, found, nearMisses },
  };
}
