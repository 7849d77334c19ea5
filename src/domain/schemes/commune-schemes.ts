// The partner schemes that apply in one commune today, with the professions they apply to there
// (the zoning differs by profession): what a commune's page and its own space list. Pure.
import { PROFESSIONS, type Profession } from '../professions';
import type { Scheme } from './scheme';
import { type PackageCommune, coversCommune, inAreaZones } from './scheme-applicability';
import { isSchemeInForce, isSchemePubliclyVisible } from './scheme-lifecycle';

export interface SchemeInCommune<S extends Scheme = Scheme> {
  scheme: S;
  /** Never empty; in the order of PROFESSIONS. */
  professions: Profession[];
}

/** Published and in force on `now`, covering the commune, for at least one profession here. */
export function schemesInCommune<S extends Scheme>(
  schemes: readonly S[],
  commune: PackageCommune,
  now: Date,
): SchemeInCommune<S>[] {
  return schemes.flatMap((scheme) => {
    if (!isSchemePubliclyVisible(scheme, now) || !isSchemeInForce(scheme, now)) return [];
    if (!coversCommune(scheme.area, commune)) return [];
    const eligible = scheme.eligibility.professions.length > 0 ? scheme.eligibility.professions : PROFESSIONS;
    const professions = PROFESSIONS.filter(
      (profession) => eligible.includes(profession) && inAreaZones(scheme.area, commune, profession, now),
    );
    return professions.length > 0 ? [{ scheme, professions }] : [];
  });
}
