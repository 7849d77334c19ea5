// Professional premises: one of the wished kinds (any kind when none is named).
import type { Assessment, CriterionContext } from '../assessment';
import { detailNumber, detailText } from '../offer-details';
import type { MatchingOffer, PremisesKind, PremisesWish } from '../types';
import { assessWish } from './find-offers';

export const premisesFits = (offer: MatchingOffer, wish: PremisesWish): boolean =>
  wish.kinds.length === 0 || wish.kinds.includes(detailText(offer, 'premisesKind') as PremisesKind);

export function assessPremises(context: CriterionContext): Assessment {
  const wish = context.project.premises;
  return assessWish(
    context,
    'premises',
    wish,
    'local-professionnel',
    (offer) => wish !== null && premisesFits(offer, wish),
    (a, b) => detailNumber(a, 'rent') - detailNumber(b, 'rent'),
  );
}
