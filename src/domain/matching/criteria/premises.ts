// Professional premises: one of the wished kinds (any kind when none is named).
import type { Assessment, CriterionContext } from '../assessment';
import { metOf } from '../assessment';
import { detailNumber, detailText } from '../offer-details';
import type { MatchingOffer, PremisesKind, PremisesWish } from '../types';
import { findOffers, qualityOf } from './find-offers';

export const premisesFits = (offer: MatchingOffer, wish: PremisesWish): boolean =>
  wish.kinds.length === 0 || wish.kinds.includes(detailText(offer, 'premisesKind') as PremisesKind);

export function assessPremises(context: CriterionContext): Assessment {
  const wish = context.project.premises;
  if (wish === null) {
    return {
      relevant: false,
      quality: 0,
      met: 'non',
      offers: [],
      finding: { criterion: 'premises', wish, found: [], nearMisses: [] },
    };
  }
  const { found, nearMisses } = findOffers(
    context,
    'local-professionnel',
    (offer) => premisesFits(offer, wish),
    (a, b) => detailNumber(a, 'rent') - detailNumber(b, 'rent'),
  );
  const quality = qualityOf(found[0], context.penalty);
  return {
    relevant: true,
    quality,
    met: metOf(quality, true),
    offers: found,
    finding: { criterion: 'premises', wish, found, nearMisses },
  };
}
