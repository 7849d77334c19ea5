// The communes a project looks at, and the centre distances are measured from.
import { haversineKm } from '../geo/distance';
import type { LatLon } from '../geo/types';
import type { MatchingCommune, MatchingGeography, ProjectArea } from './types';

/** Without an `around` radius, distance quality falls to 0 at this many kilometres. */
export const DEFAULT_AREA_RADIUS_KM = 100;

export interface ResolvedArea {
  /** Every commune of the area, once. */
  communes: MatchingCommune[];
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
  const communes: MatchingCommune[] = [];
  for (const code of regions) for (const commune of geography.communesInRegion(code)) communes.push(commune);
  for (const code of new Set(area.departements ?? [])) {
    const inDepartement = geography.communesInDepartement(code);
    if (inDepartement[0] && regions.has(inDepartement[0].region)) continue;
    departements.add(code);
    for (const commune of inDepartement) communes.push(commune);
  }
  const singles = new Set<string>();
  const addSingle = (commune: MatchingCommune) => {
    if (regions.has(commune.region) || departements.has(commune.departement) || singles.has(commune.code))
      return;
    singles.add(commune.code);
    communes.push(commune);
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
    return {
      communes,
      centre: { latitude: aroundCommune.latitude, longitude: aroundCommune.longitude },
      centreName: aroundCommune.nom,
      radiusKm,
    };
  }
  return { communes, centre: centroidOf(communes), centreName: null, radiusKm: DEFAULT_AREA_RADIUS_KM };
}

/** Mean of the points, rounded to 1e-9° (0.1 mm) so that the order of summation cannot show. */
function centroidOf(communes: readonly MatchingCommune[]): LatLon | null {
  if (communes.length === 0) return null;
  let latitude = 0;
  let longitude = 0;
  for (const commune of communes) {
    latitude += commune.latitude;
    longitude += commune.longitude;
  }
  const round = (value: number) => Math.round((value / communes.length) * 1e9) / 1e9;
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
