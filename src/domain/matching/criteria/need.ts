// The territory's need for health professionals: the ARS zoning for the project's profession when
// the commune has a zone in force at the project's start, else the commune's own statement.
import { PROFESSION_PLURALS, ZONE_PHRASES, ZONE_QUALITY } from '../../zoning/zones';
import { type Assessment, type CriterionContext, metOf } from '../assessment';
import type { Profession } from '../../professions';
import type { MatchingCommune } from '../types';

/** The need the commune states, trimmed; '' when none. */
export const territoryNeed = (commune: MatchingCommune): string => commune.healthNeed.trim();

/** The criterion's quality alone (the first look at every candidate), as assessNeed gives it. */
export function needQuality(commune: MatchingCommune, profession: Profession, start: Date): number {
  const zone = commune.zoneOf?.(profession, start) ?? null;
  return zone ? ZONE_QUALITY[zone] : territoryNeed(commune) ? 1 : 0;
}

export function assessNeed(context: CriterionContext): Assessment {
  const { profession } = context.project;
  const zone = context.commune.zoneOf?.(profession, context.start) ?? null;
  if (zone) {
    const quality = ZONE_QUALITY[zone];
    return {
      relevant: true,
      quality,
      met: metOf(quality, quality >= 1),
      offers: [],
      // The finding carries the need in words: "zone sous-dotée pour les infirmiers".
      finding: {
        criterion: 'need',
        need: `${ZONE_PHRASES[zone]} pour les ${PROFESSION_PLURALS[profession]}`,
      },
    };
  }
  const stated = territoryNeed(context.commune);
  return {
    relevant: true,
    quality: stated ? 1 : 0,
    met: stated ? 'oui' : 'non',
    offers: [],
    finding: { criterion: 'need', need: stated ? `« ${stated} »` : '' },
  };
}
