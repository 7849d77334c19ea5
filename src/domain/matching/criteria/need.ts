// The territory's need for health professionals. For now the commune's own statement; the
// official zoning (ZIP/ZAC) will replace `territoryNeed` without touching the rest.
import type { Assessment, CriterionContext } from '../assessment';
import type { MatchingCommune } from '../types';

/** The need the commune states, trimmed; '' when none. */
export const territoryNeed = (commune: MatchingCommune): string => commune.healthNeed.trim();

export function assessNeed(context: CriterionContext): Assessment {
  const need = territoryNeed(context.commune);
  const quality = need ? 1 : 0;
  return {
    relevant: true,
    quality,
    met: need ? 'oui' : 'non',
    offers: [],
    finding: { criterion: 'need', need },
  };
}
