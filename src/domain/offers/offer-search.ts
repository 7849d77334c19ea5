// The public offer search's vocabulary: what an offer must carry, the query, the sorts and the
// page of results; the search itself is OfferIndex (offer-index.ts). Pure.
import { compareCodes } from '../code-order';
import type { Audience, OfferStatus, OfferType } from './offer-vocabulary';
import type { Profession } from '../professions';

export interface SearchableOffer {
  id: string;
  /** INSEE code. */
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

/** An offer with the place of its commune, as searches sort it. */
export type PlacedOffer<T extends SearchableOffer = SearchableOffer> = { offer: T; place: OfferPlace };
type Entry = PlacedOffer;
const time = (date: Date | null) => date?.getTime() ?? 0;
/** One collator for every comparison: `localeCompare(…, 'fr')` builds one at each call (50 times slower). */
const FRENCH = new Intl.Collator('fr');
const byId = (a: Entry, b: Entry) => compareCodes(a.offer.id, b.offer.id);

/** Each sort as a total order (ties broken by id): an entry has one place in a sorted list. */
export const OFFER_COMPARATORS: Record<OfferSort, (a: Entry, b: Entry) => number> = {
  recentes: (a, b) => time(b.offer.publishedAt) - time(a.offer.publishedAt) || byId(a, b),
  disponibilite: (a, b) => a.offer.availableFrom.getTime() - b.offer.availableFrom.getTime() || byId(a, b),
  commune: (a, b) => FRENCH.compare(a.place.nom, b.place.nom) || byId(a, b),
};
