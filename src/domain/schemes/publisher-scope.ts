// Who may publish a scheme where: a validated partner within its own territory (its région or
// département), a moderator or a national partner anywhere. Pure: the geography comes in as lookups.
import type { TerritoryLevel } from '../accounts/roles';
import type { SchemeArea, Territory } from './scheme';

export type Publisher =
  { role: 'moderateur' } | { role: 'partenaire'; validated: boolean; territory: Territory };

export interface PlaceLookups {
  /** undefined for an unknown INSEE code. */
  departementOfCommune(code: string): string | undefined;
  /** undefined for an unknown département code. */
  regionOfDepartement(code: string): string | undefined;
  isRegion(code: string): boolean;
}

export type PublicationCheck =
  | { ok: true }
  | { ok: false; reason: 'not-validated' }
  | { ok: false; reason: 'outside-territory' | 'unknown-place'; code: string };

/** A partner account's territory as the scope of what it publishes (a national partner: all of France). */
export const partnerTerritory = (territoire: { niveau: TerritoryLevel; code: string }): Territory =>
  territoire.niveau === 'national'
    ? { level: 'national' }
    : { level: territoire.niveau, code: territoire.code };

const isKnown = (place: Territory, lookups: PlaceLookups): boolean =>
  place.level === 'national' ||
  (place.level === 'region'
    ? lookups.isRegion(place.code)
    : lookups.regionOfDepartement(place.code) !== undefined);

/** Whether `outer` covers the whole of `inner` (a known place). */
function covers(outer: Territory, inner: Territory, lookups: PlaceLookups): boolean {
  if (outer.level === 'national') return true;
  if (inner.level === 'national') return false;
  if (outer.level === inner.level) return outer.code === inner.code;
  if (outer.level === 'departement') return false;
  return inner.level === 'departement' && lookups.regionOfDepartement(inner.code) === outer.code;
}

/**
 * Whether `publisher` may publish a scheme over `area`: the area's territory, and each of its
 * départements and communes, must lie within the publisher's territory and the area's own. The
 * first place that does not is named in the outcome.
 */
export function checkPublication(
  publisher: Publisher,
  area: SchemeArea,
  lookups: PlaceLookups,
): PublicationCheck {
  if (publisher.role === 'partenaire' && !publisher.validated) return { ok: false, reason: 'not-validated' };
  const scope: Territory = publisher.role === 'moderateur' ? { level: 'national' } : publisher.territory;
  const within = (place: Territory, name: string): PublicationCheck | null => {
    if (!isKnown(place, lookups)) return { ok: false, reason: 'unknown-place', code: name };
    const inside = covers(scope, place, lookups) && covers(area.territory, place, lookups);
    return inside ? null : { ok: false, reason: 'outside-territory', code: name };
  };

  const territoryName = area.territory.level === 'national' ? 'FR' : area.territory.code;
  const territoryCheck = within(area.territory, territoryName);
  if (territoryCheck) return territoryCheck;
  for (const departement of area.departements) {
    const check = within({ level: 'departement', code: departement }, departement);
    if (check) return check;
  }
  for (const commune of area.communes) {
    const departement = lookups.departementOfCommune(commune);
    if (departement === undefined) return { ok: false, reason: 'unknown-place', code: commune };
    const check = within({ level: 'departement', code: departement }, commune);
    if (check) return check;
  }
  return { ok: true };
}
