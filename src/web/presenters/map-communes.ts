// The public map's data as the page's list and the map script read it.
import type { Bounds, CommuneOfferCounts } from '../../domain/map/commune-offer-counts';
import { OFFER_TYPES } from '../../domain/offers/offer-vocabulary';
import type { OfferMapSnapshot } from '../../services/map/offer-map';
import { MAP_LEGEND } from './map-legend';
import { pagination } from './pagination';

/** Communes per page of the list (the map shows them all). */
const LIST_PAGE_SIZE = 50;

/** About a metre: enough for a marker, and a much smaller payload. */
const round = (degrees: number) => Math.round(degrees * 1e5) / 1e5;

/** A commune of the list: its name, link and the offers it publishes, by type. */
export function presentMapCommune({ commune, counts, total }: CommuneOfferCounts) {
  return {
    code: commune.code,
    nom: commune.nom,
    departement: commune.departement,
    href: `/communes/${commune.code}`,
    total,
    types: MAP_LEGEND.filter((type) => counts[type.code] > 0).map((type) => ({
      ...type,
      count: counts[type.code],
    })),
  };
}

/** The page's list of the snapshot's communes: `requested` page (the last if beyond), with its links. */
export function presentMapList(
  snapshot: OfferMapSnapshot,
  requested: number,
  pageHref: (page: number) => string,
) {
  const total = snapshot.communes.length;
  const pageCount = Math.max(1, Math.ceil(total / LIST_PAGE_SIZE));
  const page = Math.min(requested, pageCount);
  return {
    offerCount: snapshot.offerCount,
    communeCount: total,
    communes: snapshot.communes
      .slice((page - 1) * LIST_PAGE_SIZE, page * LIST_PAGE_SIZE)
      .map(presentMapCommune),
    firstShown: (page - 1) * LIST_PAGE_SIZE + 1,
    lastShown: Math.min(page * LIST_PAGE_SIZE, total),
    pagination: pagination(page, pageCount, pageHref),
  };
}

const corners = (bounds: Bounds | null) =>
  bounds && [
    [round(bounds.south), round(bounds.west)],
    [round(bounds.north), round(bounds.east)],
  ];

/**
 * The compact JSON of /carte/donnees.json: one array per commune (see `fields`), its counts in the
 * order of `types`; `bounds` frames the chosen région or département ([[south, west], [north, east]]).
 */
export function mapDataBody(snapshot: OfferMapSnapshot) {
  return {
    offerCount: snapshot.offerCount,
    communeCount: snapshot.communes.length,
    types: MAP_LEGEND,
    fields: ['code', 'nom', 'departement', 'latitude', 'longitude', 'counts'],
    communes: snapshot.communes.map(({ commune, counts }) => [
      commune.code,
      commune.nom,
      commune.departement,
      round(commune.latitude),
      round(commune.longitude),
      OFFER_TYPES.map((type) => counts[type]),
    ]),
    bounds: corners(snapshot.bounds),
  };
}
