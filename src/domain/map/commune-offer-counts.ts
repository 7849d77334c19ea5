// The offer map's data: one entry per commune with how many offers of each type it publishes, and
// the frame of an area. Pure: the offers given are already the published ones matching the filters.
import { compareCodes } from '../code-order';
import type { LatLon } from '../geo/types';
import { OFFER_TYPES, type OfferType } from '../offers/offer-vocabulary';

export interface MapPlace extends LatLon {
  code: string;
  nom: string;
  departement: string;
  region: string;
}

export type OfferTypeCounts = Record<OfferType, number>;

export interface CommuneOfferCounts {
  commune: MapPlace;
  counts: OfferTypeCounts;
  total: number;
}

/** South-west and north-east corners, in degrees. */
export interface Bounds {
  south: number;
  west: number;
  north: number;
  east: number;
}

export const noOffers = (): OfferTypeCounts =>
  Object.fromEntries(OFFER_TYPES.map((type) => [type, 0])) as OfferTypeCounts;

const byName = new Intl.Collator('fr').compare;

/**
 * One entry per commune that has at least one of `offers`, most offers first, then by name.
 * Offers of a commune the gazetteer does not know are left out (they cannot be placed).
 */
export function countOffersByCommune(
  offers: Iterable<{ commune: string; type: OfferType }>,
  placeOf: (code: string) => MapPlace | undefined,
): CommuneOfferCounts[] {
  const entries = new Map<string, CommuneOfferCounts>();
  for (const offer of offers) {
    let entry = entries.get(offer.commune);
    if (!entry) {
      const commune = placeOf(offer.commune);
      if (!commune) continue;
      entry = { commune, counts: noOffers(), total: 0 };
      entries.set(offer.commune, entry);
    }
    entry.counts[offer.type] += 1;
    entry.total += 1;
  }
  return [...entries.values()].sort(
    (a, b) =>
      b.total - a.total ||
      byName(a.commune.nom, b.commune.nom) ||
      compareCodes(a.commune.code, b.commune.code),
  );
}

/** The smallest box holding every point, or null when there is none. */
export function boundsOf(points: Iterable<LatLon>): Bounds | null {
  let bounds: Bounds | null = null;
  for (const { latitude, longitude } of points) {
    if (!bounds) bounds = { south: latitude, west: longitude, north: latitude, east: longitude };
    else {
      bounds.south = Math.min(bounds.south, latitude);
      bounds.west = Math.min(bounds.west, longitude);
      bounds.north = Math.max(bounds.north, latitude);
      bounds.east = Math.max(bounds.east, longitude);
    }
  }
  return bounds;
}

/**
 * The first expiry still to come among `offers`, or null: until then, a result computed from them
 * stays true (published offers only leave public pages by expiring or by a change of the read model).
 */
export function nextExpiry(offers: Iterable<{ expiresAt: Date | null }>, now: Date): Date | null {
  let next: Date | null = null;
  for (const { expiresAt } of offers) {
    if (expiresAt && expiresAt.getTime() > now.getTime() && (!next || expiresAt.getTime() < next.getTime()))
      next = expiresAt;
  }
  return next;
}
