// Turns the raw reference data (administrative divisions + GeoNames places) into the
// application's geography, giving every commune a point and saying how precise it is.
import { centroid } from './distance';
import { toSearchKey } from './search-text';
import type { Commune, Departement, Epci, Geography, LatLon, PositionPrecision, Region } from './types';

export interface SourceCommune {
  code: string;
  nom: string;
  departement: string;
  region: string;
  population?: number;
  codesPostaux?: string[];
  /** Codes of former communes merged into this one (communes nouvelles). */
  anciensCodes?: string[];
}

export interface SourceEpci {
  code: string;
  nom: string;
  type: string;
  population: number;
  memberCodes: string[];
}

/** A populated place from GeoNames, tied to a commune by its INSEE code (GeoNames' admin4 for France). */
export interface SourcePlace extends LatLon {
  inseeCode: string;
  name: string;
  featureCode: string;
  population: number;
}

export interface GeographySources {
  regions: Region[];
  departements: Departement[];
  epcis: SourceEpci[];
  communes: SourceCommune[];
  places: SourcePlace[];
}

export interface BuiltGeography extends Geography {
  precisionCounts: Record<PositionPrecision, number>;
}

export class MissingPositionError extends Error {}

export function buildGeography(sources: GeographySources): BuiltGeography {
  const placesByCode = groupBy(sources.places, (place) => place.inseeCode);
  const epciOfCommune = new Map<string, string>();
  for (const epci of sources.epcis) for (const code of epci.memberCodes) epciOfCommune.set(code, epci.code);
  const currentCodes = new Set(sources.communes.map((commune) => commune.code));

  // Tiers 1 and 2: points that lie in the commune itself.
  const known = new Map<string, { point: LatLon; precision: PositionPrecision }>();
  for (const commune of sources.communes) {
    const own = bestPlace(placesByCode.get(commune.code), commune.nom);
    if (own) {
      known.set(commune.code, { point: own, precision: 'exacte' });
      continue;
    }
    const former = (commune.anciensCodes ?? [])
      .filter((code) => !currentCodes.has(code))
      .map((code) => bestPlace(placesByCode.get(code), undefined))
      .filter((place): place is SourcePlace => place !== undefined)
      .sort(byImportance)[0];
    if (former) known.set(commune.code, { point: former, precision: 'ancienne-commune' });
  }

  // Tiers 3 to 5: estimates from neighbours that are known.
  const knownPoints = (codes: Iterable<string>): LatLon[] =>
    [...codes].map((code) => known.get(code)?.point).filter((point): point is LatLon => point !== undefined);
  const communesByPostalCode = groupMany(sources.communes, (commune) => commune.codesPostaux ?? []);
  const epciByCode = new Map(sources.epcis.map((epci) => [epci.code, epci]));
  const communesByDepartement = groupBy(sources.communes, (commune) => commune.departement);
  const departementsByCode = new Map(
    sources.departements.map((departement) => [departement.code, departement]),
  );

  const estimate = (commune: SourceCommune): { point: LatLon; precision: PositionPrecision } | undefined => {
    const samePostalCode = new Set(
      (commune.codesPostaux ?? []).flatMap((postalCode) =>
        (communesByPostalCode.get(postalCode) ?? []).map((other) => other.code),
      ),
    );
    const byPostalCode = centroid(knownPoints(samePostalCode));
    if (byPostalCode) return { point: byPostalCode, precision: 'code-postal' };
    const epciCode = epciOfCommune.get(commune.code);
    const epci = epciCode ? epciByCode.get(epciCode) : undefined;
    const byEpci = epci ? centroid(knownPoints(epci.memberCodes)) : undefined;
    if (byEpci) return { point: byEpci, precision: 'epci' };
    const chefLieu = departementsByCode.get(commune.departement)?.chefLieu;
    const byChefLieu = chefLieu ? known.get(chefLieu)?.point : undefined;
    const byDepartement =
      byChefLieu ??
      centroid(
        knownPoints((communesByDepartement.get(commune.departement) ?? []).map((other) => other.code)),
      );
    return byDepartement ? { point: byDepartement, precision: 'departement' } : undefined;
  };

  const precisionCounts: Record<PositionPrecision, number> = {
    exacte: 0,
    'ancienne-commune': 0,
    'code-postal': 0,
    epci: 0,
    departement: 0,
  };
  const communes: Commune[] = sources.communes.map((commune) => {
    const position = known.get(commune.code) ?? estimate(commune);
    if (!position)
      throw new MissingPositionError(`No position can be found or estimated for commune ${commune.code}`);
    precisionCounts[position.precision] += 1;
    return {
      code: commune.code,
      nom: commune.nom,
      departement: commune.departement,
      region: commune.region,
      epci: epciOfCommune.get(commune.code) ?? null,
      population: commune.population ?? 0,
      codesPostaux: [...(commune.codesPostaux ?? [])].sort(),
      latitude: round(position.point.latitude),
      longitude: round(position.point.longitude),
      positionPrecision: position.precision,
    };
  });

  const epcis: Epci[] = sources.epcis.map(({ code, nom, type, population }) => ({
    code,
    nom,
    type,
    population,
  }));
  return { regions: sources.regions, departements: sources.departements, epcis, communes, precisionCounts };
}

const FEATURE_RANK: Record<string, number> = {
  PPLC: 0,
  PPLA: 1,
  PPLA2: 2,
  PPLA3: 3,
  PPLA4: 4,
  PPLA5: 5,
  PPL: 6,
};
const featureRank = (place: SourcePlace): number => FEATURE_RANK[place.featureCode] ?? 9;
const byImportance = (a: SourcePlace, b: SourcePlace): number =>
  featureRank(a) - featureRank(b) || b.population - a.population;

/** The place that best stands for a commune: the one named like it, else the most important. */
function bestPlace(
  places: SourcePlace[] | undefined,
  communeName: string | undefined,
): SourcePlace | undefined {
  if (!places || places.length === 0) return undefined;
  const key = communeName === undefined ? undefined : toSearchKey(communeName);
  const named = key === undefined ? [] : places.filter((place) => toSearchKey(place.name) === key);
  return [...(named.length > 0 ? named : places)].sort(byImportance)[0];
}

/** Six decimals is about 10 cm: plenty, and it keeps re-imports byte-identical. */
const round = (value: number): number => Math.round(value * 1e6) / 1e6;

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  return groupMany(items, (item) => [key(item)]);
}

function groupMany<T>(items: readonly T[], keys: (item: T) => readonly string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of keys(item)) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}
