// Financial aid: met by the commune's package — its own aid offers stacked with every partner
// scheme that applies to the project there (largest first); else nearby aid offers at the penalty.
import { communePackage } from '../../schemes/package';
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
  const pack = communePackage({
    project: context.project,
    commune: context.commune,
    offers: context.local.get('aide-financiere') ?? [],
    schemes: context.schemes,
    now: context.now,
  });
  const quality = pack.lines.length > 0 ? 1 : qualityOf(found[0], context.penalty);
  return {
    relevant: true,
    quality,
    met: metOf(quality, true),
    offers: found,
    finding: { criterion: 'aid', found, package: pack, communeNom: context.commune.nom },
  };
}
