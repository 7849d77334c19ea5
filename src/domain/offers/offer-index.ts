// The published offers, indexed for the public search (/offres, the open data): postings by type,
// département, région, commune, profession and audience, a full-text index of titles and commune
// names, and one list per sort kept in order as offers come and go. A search intersects the
// postings it needs (smallest first), then reads the matching entries in the requested order:
// no request goes through every offer to filter or normalise it. Pure (MiniSearch is a library).
//
// Why MiniSearch: a small, dependency-free in-memory full-text index with incremental add and
// discard (offers change one at a time), prefix search and pluggable tokenizing and term
// processing, where the French folding lives (french-terms.ts). FlexSearch is faster at millions of
// documents but its incremental removal and TypeScript types are weaker; 20,000–80,000 offers are
// well within MiniSearch's range.
import MiniSearch from 'minisearch';
import { frenchTerm, frenchWords } from './french-terms';
import type { OfferFilters } from './offer-filters';
import { isPubliclyVisible } from './offer-lifecycle';
import {
  OFFER_COMPARATORS,
  OFFER_SORTS,
  type OfferPlace,
  type OfferSearchQuery,
  type OfferSearchResult,
  type OfferSort,
  type PlacedOffer,
  type SearchableOffer,
  pageOf,
} from './offer-search';

/** The filters of a search without sort or page (the map and the open data ask for every match). */
export type OfferIndexFilters = Partial<OfferFilters> & {
  commune?: string;
  availableBefore?: Date;
  text?: string;
};

/** When the candidates are fewer than this share of the offers, sorting them beats reading a sorted list. */
const SORT_CANDIDATES_BELOW = 1 / 8;

export class OfferIndex<T extends SearchableOffer> {
  private readonly entries = new Map<string, PlacedOffer<T>>();
  private readonly postings = new Map<string, Set<string>>();
  private readonly sorted = Object.fromEntries(OFFER_SORTS.map((sort) => [sort, []])) as unknown as Record<
    OfferSort,
    PlacedOffer<T>[]
  >;
  private readonly text = new MiniSearch<{ id: string; title: string; commune: string }>({
    fields: ['title', 'commune'],
    tokenize: frenchWords,
    processTerm: frenchTerm,
    searchOptions: { prefix: true, combineWith: 'AND' },
  });

  constructor(private readonly placeOf: (communeCode: string) => OfferPlace | undefined) {}

  get size(): number {
    return this.entries.size;
  }

  /** Adds or replaces an offer; one that is not published (or whose commune is unknown) leaves the index. */
  put(offer: T): void {
    this.remove(offer.id);
    if (offer.status !== 'publiee') return;
    const place = this.placeOf(offer.commune);
    if (!place) return;
    const entry = { offer, place };
    this.entries.set(offer.id, entry);
    for (const key of postingKeys(entry)) {
      const posting = this.postings.get(key) ?? new Set<string>();
      posting.add(offer.id);
      this.postings.set(key, posting);
    }
    for (const sort of OFFER_SORTS) {
      const list = this.sorted[sort];
      list.splice(firstIndexAbove(list, entry, OFFER_COMPARATORS[sort]), 0, entry);
    }
    this.text.add({ id: offer.id, title: offer.title, commune: place.nom });
  }

  remove(id: string): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    this.entries.delete(id);
    for (const key of postingKeys(entry)) {
      const posting = this.postings.get(key);
      posting?.delete(id);
      if (posting?.size === 0) this.postings.delete(key);
    }
    for (const sort of OFFER_SORTS) {
      const list = this.sorted[sort];
      // Comparators are total orders: the entry sits just before the first one above it.
      const index: number = firstIndexAbove(list, entry, OFFER_COMPARATORS[sort]) - 1;
      if (list[index] === entry) list.splice(index, 1);
    }
    this.text.discard(id);
  }

  /** One page of the matching offers, visible at `now`, in the requested order. */
  search(query: OfferSearchQuery, now: Date): OfferSearchResult<T> {
    return pageOf(this.sortedMatches(query, query.sort, now), query);
  }

  /** Every matching offer visible at `now`, most recently published first. */
  matching(filters: OfferIndexFilters, now: Date): T[] {
    return this.sortedMatches(filters, 'recentes', now).map((entry) => entry.offer);
  }

  private sortedMatches(filters: OfferIndexFilters, sort: OfferSort, now: Date): PlacedOffer<T>[] {
    const candidates = this.candidates(filters);
    const before = filters.availableBefore?.getTime();
    const accept = (entry: PlacedOffer<T>) =>
      isPubliclyVisible(entry.offer, now) &&
      (before === undefined || entry.offer.availableFrom.getTime() <= before);
    if (candidates === 'all') return this.sorted[sort].filter(accept);
    if (candidates.size < this.entries.size * SORT_CANDIDATES_BELOW) {
      const found: PlacedOffer<T>[] = [];
      for (const id of candidates) {
        const entry = this.entries.get(id);
        if (entry && accept(entry)) found.push(entry);
      }
      return found.sort(OFFER_COMPARATORS[sort]);
    }
    return this.sorted[sort].filter((entry) => candidates.has(entry.offer.id) && accept(entry));
  }

  /** The ids every filter allows (postings intersected, smallest first), or 'all' without filters. */
  private candidates(filters: OfferIndexFilters): Set<string> | 'all' {
    const sets: Set<string>[] = [];
    const any = (keys: string[]) => sets.push(this.union(keys));
    if (filters.types && filters.types.length > 0) any(filters.types.map((type) => `type:${type}`));
    if (filters.departement) any([`dep:${filters.departement}`]);
    if (filters.region) any([`reg:${filters.region}`]);
    if (filters.commune) any([`com:${filters.commune}`]);
    // An offer naming no profession is open to every one.
    if (filters.profession) any([`prof:${filters.profession}`, 'prof:*']);
    if (filters.audience) any([`aud:${filters.audience}`]);
    if (filters.text && frenchWords(filters.text).some((word) => frenchTerm(word) !== null))
      sets.push(new Set(this.text.search(filters.text).map((result) => String(result.id))));
    if (sets.length === 0) return 'all';
    sets.sort((a, b) => a.size - b.size);
    const [smallest, ...others] = sets as [Set<string>, ...Set<string>[]];
    const found = new Set<string>();
    for (const id of smallest) if (others.every((set) => set.has(id))) found.add(id);
    return found;
  }

  private union(keys: string[]): Set<string> {
    const postings = keys.map((key) => this.postings.get(key)).filter((set) => set !== undefined);
    if (postings.length === 1) return postings[0] as Set<string>;
    return new Set(postings.flatMap((set) => [...set]));
  }
}

function postingKeys({ offer, place }: PlacedOffer): string[] {
  return [
    `type:${offer.type}`,
    `dep:${place.departement}`,
    `reg:${place.region}`,
    `com:${offer.commune}`,
    ...(offer.professions.length === 0 ? ['prof:*'] : offer.professions.map((p) => `prof:${p}`)),
    ...offer.audiences.map((audience) => `aud:${audience}`),
  ];
}

/** Binary search: the first position whose entry sorts after `entry`. */
function firstIndexAbove<E>(list: readonly E[], entry: E, compare: (a: E, b: E) => number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compare(list[middle] as E, entry) <= 0) low = middle + 1;
    else high = middle;
  }
  return low;
}
