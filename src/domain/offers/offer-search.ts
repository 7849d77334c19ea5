// The public offer search: filters, sort and pagination over published, unexpired offers. Pure.
import { matchesOfferFilters } from './offer-filters';
import { isPubliclyVisible } from './offer-lifecycle';
import type { Audience, OfferStatus, OfferType } from './offer-vocabulary';
import type { Profession } from '../professions';
import { toSearchKey } from '../geo/search-text';

export interface SearchableOffer {
  id: string;
  commune: string;
  type: OfferType;
  title: string;
  status: OfferStatus;
  availableFrom: Date;
  expiresAt: Date | null;
  audiences: readonly Audience[];
  /** Empty: every profession. */
  professions: readonly Profession[];
  publishedAt: Date | null;
}

export interface OfferPlace {
  nom: string;
  departement: string;
  region: string;
}

export const OFFER_SORTS = ['recentes', 'disponibilite', 'commune'] as const;
export type OfferSort = (typeof OFFER_SORTS)[number];

export interface OfferSearchQuery {
  types?: readonly OfferType[];
  departement?: string;
  region?: string;
  profession?: Profession;
  audience?: Audience;
  /** Offers available on or before this date. */
  availableBefore?: Date;
  /** Words of the title or the commune's name. */
  text?: string;
  sort: OfferSort;
  page: number;
  pageSize: number;
}

export interface OfferSearchResult<T> {
  offers: T[];
  total: number;
  page: number;
  pageCount: number;
}

export function searchOffers<T extends SearchableOffer>(
  offers: Iterable<T>,
  placeOf: (communeCode: string) => OfferPlace | undefined,
  query: OfferSearchQuery,
  now: Date,
): OfferSearchResult<T> {
  const words = query.text ? toSearchKey(query.text).split(' ').filter(Boolean) : [];
  const filters = { ...query, types: query.types ?? [] };
  const matching: { offer: T; place: OfferPlace }[] = [];
  for (const offer of offers) {
    if (!isPubliclyVisible(offer, now)) continue;
    const place = placeOf(offer.commune);
    if (!place) continue;
    if (!matchesOfferFilters(offer, place, filters)) continue;
    if (query.availableBefore && offer.availableFrom.getTime() > query.availableBefore.getTime()) continue;
    if (words.length) {
      const haystack = ` ${toSearchKey(`${offer.title} ${place.nom}`)}`;
      if (!words.every((word) => haystack.includes(` ${word}`))) continue;
    }
    matching.push({ offer, place });
  }
  matching.sort(OFFER_COMPARATORS[query.sort]);
  return pageOf(matching, query);
}

/** The requested page of sorted entries (the last one when asked beyond it). */
export function pageOf<T>(
  matching: readonly { offer: T }[],
  query: { page: number; pageSize: number },
): OfferSearchResult<T> {
  const pageCount = Math.max(1, Math.ceil(matching.length / query.pageSize));
  const page = Math.min(Math.max(1, query.page), pageCount);
  return {
    offers: matching.slice((page - 1) * query.pageSize, page * query.pageSize).map((entry) => entry.offer),
    total: matching.length,
    page,
    pageCount,
  };
}

/** An offer with the place of its commune, as searches sort it. */
export type PlacedOffer<T extends SearchableOffer = SearchableOffer> = { offer: T; place: OfferPlace };
type Entry = PlacedOffer;
const time = (date: Date | null) => date?.getTime() ?? 0;
const byId = (a: Entry, b: Entry) => a.offer.id.localeCompare(b.offer.id);

/** Each sort as a total order (ties broken by id): an entry has one place in a sorted list. */
export const OFFER_COMPARATORS: Record<OfferSort, (a: Entry, b: Entry) => number> = {
  recentes: (a, b) => time(b.offer.publishedAt) - time(a.offer.publishedAt) || byId(a, b),
  disponibilite: (a, b) => a.offer.availableFrom.getTime() - b.offer.availableFrom.getTime() || byId(a, b),
  commune: (a, b) => a.place.nom.localeCompare(b.place.nom, 'fr') || byId(a, b),
};
