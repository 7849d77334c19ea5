// The in-memory gazetteer: every commune, département and région, indexed for the
// lookups the web pages and the matching engine make on every request.
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
  /** The key's words, so that "brieuc" finds "saint brieuc". */
  words: string[];
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

  constructor(geography: Geography) {
    for (const region of geography.regions) this.regionsByCode.set(region.code, region);
    for (const departement of geography.departements) this.departementsByCode.set(departement.code, departement);
    for (const epci of geography.epcis) this.epcisByCode.set(epci.code, epci);
    // Most populated first, so that every list below is already in ranking order.
    const communes = [...geography.communes].sort((a, b) => b.population - a.population || a.code.localeCompare(b.code));
    for (const commune of communes) {
      this.communesByCode.set(commune.code, commune);
      pushTo(this.communesByDepartement, commune.departement, commune);
      pushTo(this.communesByRegion, commune.region, commune);
    }
    this.indexed = communes.map((commune) => {
      const key = toSearchKey(commune.nom);
      return { commune, key, words: key.split(' ') };
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
      a.code.localeCompare(b.code),
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

  /** Communes whose point lies within `radiusKm` of `centre`, nearest first. */
  communesWithin(centre: LatLon, radiusKm: number): CommuneWithinRadius[] {
    const box = boundingBox(centre, radiusKm);
    const found: CommuneWithinRadius[] = [];
    for (const { commune } of this.indexed) {
      if (!isInBox(commune, box)) continue;
      const distanceKm = haversineKm(centre, commune);
      if (distanceKm <= radiusKm) found.push({ commune, distanceKm });
    }
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
    const isCode = /^[0-9][0-9AB][0-9]{0,3}$/.test(compact);
    const queryWords = key.split(' ');
    const tiers: Commune[][] = [[], [], [], []];
    for (const entry of this.indexed) {
      const tier = isCode ? codeTier(entry.commune, compact) : nameTier(entry, key, queryWords);
      if (tier !== undefined) tiers[tier]?.push(entry.commune);
    }
    const ranked = tiers.flat();
    return { communes: ranked.slice(0, limit), total: ranked.length };
  }
}

function codeTier(commune: Commune, code: string): Tier | undefined {
  if (commune.code.startsWith(code)) return Tier.Code;
  return commune.codesPostaux.some((postalCode) => postalCode.startsWith(code)) ? Tier.Code : undefined;
}

function nameTier(entry: IndexedCommune, key: string, queryWords: string[]): Tier | undefined {
  if (entry.key === key) return Tier.ExactName;
  if (entry.key.startsWith(key)) return Tier.NamePrefix;
  // Every query word must start one of the name's words, in any order ("brieuc saint" works too).
  const matchesEveryWord = queryWords.every((word) => entry.words.some((nameWord) => nameWord.startsWith(word)));
  return matchesEveryWord ? Tier.WordPrefix : undefined;
}

function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
