// Offers in neighbouring communes, within a commuting distance. On the first search, one call to
// the geography fetches every commune that can be near a candidate; those with eligible offers go
// into a grid per offer type, so that each search only looks at a few cells (bounding box, then
// haversine) instead of every commune.
import { boundingBox, haversineKm, isInBox } from '../geo/distance';
import type { LatLon } from '../geo/types';
import type { OfferType } from '../offers/offer-vocabulary';
import type { NearbyOffers, OffersByType } from './assessment';
import type { MatchingCommune, MatchingGeography } from './types';

const KM_PER_DEGREE_OF_LATITUDE = 111.19;
const CELL_OFFSET = 20_000;
const CELL_SPAN = 50_000;
/** A millimetre: "within 5 km" must hold at exactly 5 km despite floating-point noise. */
const TOLERANCE_KM = 1e-6;

interface GridEntry {
  commune: MatchingCommune;
  distanceKm: number;
}

/** Communes in square cells of `cellDegrees`, by a numeric key of their row and column. */
class Grid<T extends GridEntry> {
  private readonly cells = new Map<number, T[]>();
  private readonly all: T[] = [];

  constructor(private readonly cellDegrees: number) {}

  private cell(degrees: number): number {
    return Math.floor(degrees / this.cellDegrees);
  }

  private key(row: number, column: number): number {
    return (row + CELL_OFFSET) * CELL_SPAN + (column + CELL_OFFSET);
  }

  add(entry: T): void {
    const key = this.key(this.cell(entry.commune.latitude), this.cell(entry.commune.longitude));
    const cell = this.cells.get(key);
    if (cell) cell.push(entry);
    else this.cells.set(key, [entry]);
    this.all.push(entry);
  }

  /** Entries within `radiusKm` of `centre`, copied with their distance, `exclude` left out. */
  within(centre: LatLon, radiusKm: number, exclude: string): T[] {
    const box = boundingBox(centre, radiusKm);
    const rowMin = this.cell(box.minLatitude);
    const rowMax = this.cell(box.maxLatitude);
    const columnMin = this.cell(box.minLongitude);
    const columnMax = this.cell(box.maxLongitude);
    const found: T[] = [];
    const visit = (entries: readonly T[]) => {
      for (const entry of entries) {
        if (entry.commune.code === exclude || !isInBox(entry.commune, box)) continue;
        const distanceKm = haversineKm(centre, entry.commune);
        if (distanceKm <= radiusKm) found.push({ ...entry, distanceKm });
      }
    };
    if ((rowMax - rowMin + 1) * (columnMax - columnMin + 1) > this.all.length) visit(this.all);
    else
      for (let row = rowMin; row <= rowMax; row += 1)
        for (let column = columnMin; column <= columnMax; column += 1) {
          const cell = this.cells.get(this.key(row, column));
          if (cell) visit(cell);
        }
    return found;
  }
}

export type NearbySearch = (commune: MatchingCommune, type: OfferType) => readonly NearbyOffers[];

/**
 * The nearby search for these candidates. `commuteKm` gives each offer type's commuting
 * distance; types at 0 km (or absent) never look beyond the commune itself.
 */
export function nearbySearch(
  candidates: readonly MatchingCommune[],
  geography: MatchingGeography,
  offersOf: (communeCode: string) => OffersByType,
  commuteKm: ReadonlyMap<OfferType, number>,
): NearbySearch {
  const types = [...commuteKm].filter(([, km]) => km > 0);
  if (types.length === 0 || candidates.length === 0) return () => [];
  let grids: Map<OfferType, Grid<NearbyOffers>> | undefined;

  const build = () => {
    const built = new Map(
      types.map(([type, km]) => [type, new Grid<NearbyOffers>(km / KM_PER_DEGREE_OF_LATITUDE)]),
    );
    // Every commune within `km` of a candidate lies within spread + km of the candidates' centre.
    const centre = middleOf(candidates);
    let spread = 0;
    for (const candidate of candidates) spread = Math.max(spread, haversineKm(centre, candidate));
    const longest = Math.max(...types.map(([, km]) => km));
    for (const { commune } of geography.communesWithin(centre, spread + longest + 0.01)) {
      const offers = offersOf(commune.code);
      if (offers.size === 0) continue;
      for (const [type, grid] of built) {
        const ofType = offers.get(type);
        if (ofType) grid.add({ commune, distanceKm: 0, offers: ofType });
      }
    }
    return built;
  };

  return (commune, type) => {
    grids ??= build();
    const grid = grids.get(type);
    if (!grid) return [];
    const km = (commuteKm.get(type) ?? 0) + TOLERANCE_KM;
    return grid
      .within(commune, km, commune.code)
      .sort((a, b) => a.distanceKm - b.distanceKm || compareCodes(a.commune.code, b.commune.code));
  };
}

/** The middle of the candidates' bounding box: any point does, as long as the spread is measured from it. */
function middleOf(communes: readonly MatchingCommune[]): LatLon {
  let [south, north, west, east] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const { latitude, longitude } of communes) {
    south = Math.min(south, latitude);
    north = Math.max(north, latitude);
    west = Math.min(west, longitude);
    east = Math.max(east, longitude);
  }
  return { latitude: (south + north) / 2, longitude: (west + east) / 2 };
}

export const compareCodes = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
