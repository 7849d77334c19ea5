// The communes a project looks at, and the centre distances are measured from.
import { haversineKm } from '../geo/distance';
import type { LatLon } from '../geo/types';
import type { MatchingCommune, MatchingGeography, ProjectArea } from './types';

/** Without an `around` radius, distance quality falls to 0 at this many kilometres. */
export const DEFAULT_AREA_RADIUS_KM = 100;

export interface ResolvedArea {
  /**
   * Every commune of the area, once, in disjoint lists: the geography's own list of each région
   * and département (the same arrays from search to search), then one list of single communes.
   */
  lists: (readonly MatchingCommune[])[];
  /** The `around` commune, else the centroid of the area's communes; null for an empty area. */
  centre: LatLon | null;
  /** The `around` commune's name, when it is the centre. */
  centreName: string | null;
  radiusKm: number;
}

export function resolveArea(area: ProjectArea, geography: MatchingGeography): ResolvedArea {
  // Régions and départements are disjoint: whole lists are taken as they are, and single
  // communes (listed, or within the radius) only when no région or département holds them.
  const regions = new Set(area.regions ?? []);
  const departements = new Set<string>();
  const lists: (readonly MatchingCommune[])[] = [];
  for (const code of regions) lists.push(geography.communesInRegion(code));
  for (const code of new Set(area.departements ?? [])) {
    const inDepartement = geography.communesInDepartement(code);
    if (inDepartement[0] && regions.has(inDepartement[0].region)) continue;
    departements.add(code);
    lists.push(inDepartement);
  }
  const singles: MatchingCommune[] = [];
  const singleCodes = new Set<string>();
  const addSingle = (commune: MatchingCommune) => {
    if (regions.has(commune.region) || departements.has(commune.departement) || singleCodes.has(commune.code))
      return;
    singleCodes.add(commune.code);
    singles.push(commune);
  };
  const resolved = (centre: LatLon | null, centreName: string | null, radiusKm: number): ResolvedArea => {
    if (singles.length > 0) lists.push(singles);
    return { lists, centre: centre ?? centroidOf(lists), centreName, radiusKm };
  };
  for (const code of area.communes ?? []) {
    const commune = geography.commune(code);
    if (commune) addSingle(commune);
  }

  const aroundCommune = area.around ? geography.commune(area.around.commune) : undefined;
  if (area.around && aroundCommune) {
    const radiusKm = Math.max(0, area.around.radiusKm);
    addSingle(aroundCommune);
    for (const { commune } of geography.communesWithin(aroundCommune, radiusKm)) addSingle(commune);
    return resolved(
      { latitude: aroundCommune.latitude, longitude: aroundCommune.longitude },
      aroundCommune.nom,
      radiusKm,
    );
  }
  return resolved(null, null, DEFAULT_AREA_RADIUS_KM);
}

/** Mean of the points, rounded to 1e-9° (0.1 mm) so that the order of summation cannot show. */
function centroidOf(lists: readonly (readonly MatchingCommune[])[]): LatLon | null {
  let count = 0;
  let latitude = 0;
  let longitude = 0;
  for (const list of lists) {
    count += list.length;
    for (const commune of list) {
      latitude += commune.latitude;
      longitude += commune.longitude;
    }
  }
  if (count === 0) return null;
  const round = (value: number) => Math.round((value / count) * 1e9) / 1e9;
  return { latitude: round(latitude), longitude: round(longitude) };
}

/** Whether the commune is in the area, as resolveArea would list it, without listing the area. */
export function areaIncludes(
  area: ProjectArea,
  commune: MatchingCommune,
  geography: MatchingGeography,
): boolean {
  if (area.regions?.includes(commune.region) || area.departements?.includes(commune.departement)) return true;
  if (area.communes?.includes(commune.code)) return true;
  const aroundCommune = area.around ? geography.commune(area.around.commune) : undefined;
  if (!area.around || !aroundCommune) return false;
  return (
    aroundCommune.code === commune.code ||
    haversineKm(aroundCommune, commune) <= Math.max(0, area.around.radiusKm)
  );
}
