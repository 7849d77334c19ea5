// Which départements a project targets: a commune, département or région of its area, or the
// centre of its radius, lies in them. Pure: the geography comes in as lookups.
import type { ProjectArea } from '../matching/types';

export interface TerritoryLookups {
  departementOfCommune(code: string): string | undefined;
  departementsOfRegion(code: string): readonly string[];
}

/** The départements of `scope` the area targets (empty: the project does not target the territory). */
export function targetedDepartements(
  area: ProjectArea,
  scope: ReadonlySet<string>,
  lookups: TerritoryLookups,
): string[] {
  const targeted = new Set<string>();
  const add = (departement: string | undefined) => {
    if (departement !== undefined && scope.has(departement)) targeted.add(departement);
  };
  for (const commune of area.communes ?? []) add(lookups.departementOfCommune(commune));
  for (const departement of area.departements ?? []) add(departement);
  for (const region of area.regions ?? [])
    for (const departement of lookups.departementsOfRegion(region)) add(departement);
  if (area.around) add(lookups.departementOfCommune(area.around.commune));
  return [...targeted].sort();
}
