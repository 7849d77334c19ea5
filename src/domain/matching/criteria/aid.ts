// Financial aid: met by any aid the commune offers (largest first).
import type { Assessment, CriterionContext } from '../assessment';
import { metOf } from '../assessment';
import { detailNumber } from '../offer-details';
import { findOffers, qualityOf } from './find-offers';

export function assessAid(context: CriterionContext): Assessment {
  const { found } = findOffers(
    context,
    'aide-financiere',
    () => true,
    (a, b) => detailNumber(b, 'amountEur') - detailNumber(a, 'amountEur'),
  );
  const quality = qualityOf(found[0], context.penalty);
  return {
    relevant: true,
    quality,
    met: metOf(quality, true),
    offers: found,
    finding: { criterion: 'aid', found },
  };
}
