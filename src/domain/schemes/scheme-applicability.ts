// Whether a scheme applies to a professional's project in a given commune: published now, in force
// at the project's start, open to the profession and status, and covering the commune — by
// territory, and by the ARS zoning for the profession in force at the start when the scheme
// names zones. A commune without a zone in force then is not covered: the scheme asks for a zone.
import { startDateOf } from '../matching/child-age';
import type { MatchingCommune, MatchingProject } from '../matching/types';
import type { Profession } from '../professions';
import type { Scheme, SchemeArea, Territory } from './scheme';
import { isSchemeInForce, isSchemePubliclyVisible } from './scheme-lifecycle';

/** What a package needs of a project. */
export type PackageProject = Pick<MatchingProject, 'profession' | 'status' | 'start'>;

/** What a package needs of a commune: the matching engine's commune fits. */
export type PackageCommune = Pick<MatchingCommune, 'code' | 'nom' | 'departement' | 'region' | 'zoneOf'>;

export type SchemeFit =
  | { applies: true }
  | {
      applies: false;
      reason: 'not-published' | 'not-in-force' | 'profession' | 'status' | 'territory' | 'zone';
    };

const inTerritory = (territory: Territory, commune: PackageCommune): boolean =>
  territory.level === 'national' ||
  (territory.level === 'region' ? commune.region : commune.departement) === territory.code;

/** Whether the area covers the commune, leaving the zoning aside. */
export const coversCommune = (area: SchemeArea, commune: PackageCommune): boolean =>
  inTerritory(area.territory, commune) &&
  ((area.departements.length === 0 && area.communes.length === 0) ||
    area.departements.includes(commune.departement) ||
    area.communes.includes(commune.code));

/** Whether the zoning for `profession` in force on `at` puts the commune in one of the area's zones. */
export function inAreaZones(
  area: SchemeArea,
  commune: PackageCommune,
  profession: Profession,
  at: Date,
): boolean {
  if (area.zones.length === 0) return true;
  const zone = commune.zoneOf?.(profession, at) ?? null;
  return zone !== null && area.zones.includes(zone);
}

type Misfit = Extract<SchemeFit, { applies: false }>['reason'];

/** Why the scheme cannot apply to the project wherever it settles, or null. */
function projectMisfit(scheme: Scheme, project: PackageProject, start: Date, now: Date): Misfit | null {
  const { professions, statuses } = scheme.eligibility;
  if (!isSchemePubliclyVisible(scheme, now)) return 'not-published';
  if (!isSchemeInForce(scheme, start)) return 'not-in-force';
  if (professions.length > 0 && !professions.includes(project.profession)) return 'profession';
  if (!statuses.includes(project.status)) return 'status';
  return null;
}

export function schemeFit(
  scheme: Scheme,
  project: PackageProject,
  commune: PackageCommune,
  now: Date,
): SchemeFit {
  const start = startDateOf(project.start);
  const misfit =
    projectMisfit(scheme, project, start, now) ??
    (!coversCommune(scheme.area, commune)
      ? 'territory'
      : !inAreaZones(scheme.area, commune, project.profession, start)
        ? 'zone'
        : null);
  return misfit === null ? { applies: true } : { applies: false, reason: misfit };
}

/**
 * The schemes that may apply to the project somewhere: a search filters them once, then settles
 * each commune with `coversCommune` and `inAreaZones` (or passes them to communePackage).
 */
export function schemesForProject(schemes: readonly Scheme[], project: PackageProject, now: Date): Scheme[] {
  const start = startDateOf(project.start);
  return schemes.filter((scheme) => projectMisfit(scheme, project, start, now) === null);
}
