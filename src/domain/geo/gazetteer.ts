// The in-memory gazetteer: every commune, département and région, indexed for the
// lookups the web pages and the matching engine make on every request.
import { compareCodes } from '../code-order';
import { boundingBox, haversineKm, isInBox } from './distance';
import { toSearchKey } from './search-text';
import type { Commune, Departement, Epci, Geography, LatLon, Region } from './types';

export interface CommuneSearchResult {
  communes: Commune[];
  /** How many communes match in all (the list is cut at the limit). */
  total: number;
}

export interface CommuneWithinRadius {
  commune: Commune;
  distanceKm: number;
}

interface IndexedCommune {
  commune: Commune;
  key: string;
  /** " " + key: a word starts a name's word when " " + word is found in it (one native search). */
  spacedKey: string;
  /** " code postalCode…": the same trick for codes. */
  spacedCodes: string;
}

/** Match quality, best first: the ranking is by tier, then population. */
const enum Tier {
  Code,
  ExactName,
  NamePrefix,
  WordPrefix,
}

export class Gazetteer {
  private readonly communesByCode = new Map<string, Commune>();
  private readonly departementsByCode = new Map<string, Departement>();
  private readonly regionsByCode = new Map<string, Region>();
  private readonly epcisByCode = new Map<string, Epci>();
  private readonly communesByDepartement = new Map<string, Commune[]>();
  private readonly communesByRegion = new Map<string, Commune[]>();
  private readonly indexed: IndexedCommune[];
  /** Communes by cell of a half-degree grid: radius searches only look at the cells they overlap. */
  private readonly grid = new Map<string, Commune[]>();
  /** Entries by the first one and two letters of each word of their name (then by population). */
  private readonly wordPrefixBuckets = new Map<string, IndexedCommune[]>();
  /** Entries by the first two characters of their INSEE and postal codes. */
  private readonly codePrefixBuckets = new Map<string, IndexedCommune[]>();

  constructor(geography: Geography) {
    for (const region of geography.regions) this.regionsByCode.set(region.code, region);
    for (const departement of geography.departements)
      this.departementsByCode.set(departement.code, departement);
    for (const epci of geography.epcis) this.epcisByCode.set(epci.code, epci);
    // Most populated first, so that every list below is already in ranking order.
    const communes = [...geography.communes].sort(
      (a, b) => b.population - a.population || compareCodes(a.code, b.code),
    );
    for (const commune of communes) {
      pushTo(this.grid, cellKey(cellOf(commune.latitude), cellOf(commune.longitude)), commune);
      this.communesByCode.set(commune.code, commune);
      pushTo(this.communesByDepartement, commune.departement, commune);
      pushTo(this.communesByRegion, commune.region, commune);
    }
    this.indexed = communes.map((commune) => {
      const key = toSearchKey(commune.nom);
      const codes = [commune.code, ...commune.codesPostaux];
      const entry = { commune, key, spacedKey: ` ${key}`, spacedCodes: ` ${codes.join(' ')}` };
      const words = key.split(' ');
      for (const prefix of new Set(words.flatMap((word) => [word.slice(0, 1), word.slice(0, 2)]))) {
        pushTo(this.wordPrefixBuckets, prefix, entry);
      }
      for (const prefix of new Set(codes.map((code) => code.slice(0, 2))))
        pushTo(this.codePrefixBuckets, prefix, entry);
      return entry;
    });
  }

  get communeCount(): number {
    return this.communesByCode.size;
  }

  commune(code: string): Commune | undefined {
    return this.communesByCode.get(code.toUpperCase());
  }

  departement(code: string): Departement | undefined {
    return this.departementsByCode.get(code.toUpperCase());
  }

  region(code: string): Region | undefined {
    return this.regionsByCode.get(code);
  }

  epci(code: string): Epci | undefined {
    return this.epcisByCode.get(code);
  }

  regions(): Region[] {
    return [...this.regionsByCode.values()].sort((a, b) => a.nom.localeCompare(b.nom, 'fr'));
  }

  departements(regionCode?: string): Departement[] {
    const all = [...this.departementsByCode.values()];
    return (regionCode === undefined ? all : all.filter((d) => d.region === regionCode)).sort((a, b) =>
      compareCodes(a.code, b.code),
    );
  }

  /** Communes of a département, most populated first. */
  communesInDepartement(code: string): readonly Commune[] {
    return this.communesByDepartement.get(code.toUpperCase()) ?? [];
  }

  /** Communes of a région, most populated first. */
  communesInRegion(code: string): readonly Commune[] {
    return this.communesByRegion.get(code) ?? [];
  }

  /** Communes whose point lies within `radiusKm` of `centre`, nearest first (unless `sorted: false`). */
  communesWithin(
    centre: LatLon,
    radiusKm: number,
    options: { sorted?: boolean } = {},
  ): CommuneWithinRadius[] {
    const box = boundingBox(centre, radiusKm);
    const found: CommuneWithinRadius[] = [];
    for (let row = cellOf(box.minLatitude); row <= cellOf(box.maxLatitude); row += 1) {
      for (let column = cellOf(box.minLongitude); column <= cellOf(box.maxLongitude); column += 1) {
        for (const commune of this.grid.get(cellKey(row, column)) ?? []) {
          if (!isInBox(commune, box)) continue;
          const distanceKm = haversineKm(centre, commune);
          if (distanceKm <= radiusKm) found.push({ commune, distanceKm });
        }
      }
    }
    if (options.sorted === false) return found;
    return found.sort((a, b) => a.distanceKm - b.distanceKm || b.commune.population - a.commune.population);
  }

  /**
   * Name, postal code or INSEE code search, ignoring accents, case, hyphens and "St"/"Ste".
   * Ranked: codes, then exact names, then names starting with the query, then names with a
   * word starting with it; within each, by population.
   */
  search(query: string, limit: number): CommuneSearchResult {
    const key = toSearchKey(query);
    if (key.length === 0) return { communes: [], total: 0 };
    const compact = key.replace(/ /g, '').toUpperCase();
    const tiers: Commune[][] = [[], [], [], []];
    // Candidates share a prefix with the query (the smallest bucket that must hold every match);
    // buckets are in population order, so each tier comes out ranked.
    if (/^[0-9][0-9AB][0-9]{0,3}$/.test(compact)) {
      const needle = ` ${compact}`;
      for (const entry of this.codePrefixBuckets.get(compact.slice(0, 2)) ?? []) {
        if (entry.spacedCodes.includes(needle)) tiers[Tier.Code]?.push(entry.commune);
      }
    } else {
      const words = key.split(' ');
      const needles = words.map((word) => ` ${word}`);
      const buckets = words.map((word) => this.wordPrefixBuckets.get(word.slice(0, 2)) ?? []);
      const candidates = buckets.reduce((smallest, bucket) =>
        bucket.length < smallest.length ? bucket : smallest,
      );
      for (const entry of candidates) {
        const tier = nameTier(entry, key, needles);
        if (tier !== undefined) tiers[tier]?.push(entry.commune);
      }
    }
    const ranked = tiers.flat();
    return { communes: ranked.slice(0, limit), total: ranked.length };
  }
}

function nameTier(entry: IndexedCommune, key: string, needles: string[]): Tier | undefined {
  if (entry.key === key) return Tier.ExactName;
  if (entry.key.startsWith(key)) return Tier.NamePrefix;
  // Every query word must start one of the name's words, in any order ("brieuc saint" works too).
  for (const needle of needles) if (!entry.spacedKey.includes(needle)) return undefined;
  return Tier.WordPrefix;
}

const GRID_DEGREES = 0.5;
const cellOf = (degrees: number): number => Math.floor(degrees / GRID_DEGREES);
const cellKey = (row: number, column: number): string => `${row}:${column}`;

function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
