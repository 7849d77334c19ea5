// The published offers, indexed for the public search (/offres, the open data): postings by type,
// département, région, commune, profession and audience, a full-text index of titles and commune
// names, and one list per sort kept in order as offers come and go. A search intersects the
// postings it needs (smallest first), then reads the matching entries in the requested order:
// no request goes through every offer to filter or normalise it. A search's answer is kept until an
// offer changes or one of its offers expires: asked again (another page, another visitor), it costs
// a slice. Pure (MiniSearch is a library).
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
} from './offer-search';

/** The filters of a search without sort or page (the map and the open data ask for every match). */
export type OfferIndexFilters = Partial<OfferFilters> & {
  commune?: string;
  availableBefore?: Date;
  text?: string;
};

/** When the candidates are fewer than this share of the offers, sorting them beats reading a sorted list. */
const SORT_CANDIDATES_BELOW = 1 / 8;
/**
 * Word searches kept until an offer changes: a popular word (« maison ») is looked up once per
 * version of the offers. 64 sets of ids at most, and 100,000 ids in all (a set costs about 50
 * bytes an id, the ids being the offers' own strings): at most about 5 MB, whatever is searched.
 */
const MAX_CACHED_TEXTS = 64;
const MAX_CACHED_TEXT_IDS = 100_000;
/**
 * Searches kept (filters, words and sort, every page) until an offer changes or the first of their
 * offers expires: a search with few filters reads every offer to count them, and the same searches
 * come again (the first page of /offres, a région's housing). 64 searches and 200,000 entries in
 * all, each a reference to an entry of the index: about 2 MB at most.
 */
const MAX_KEPT_SEARCHES = 64;
const MAX_KEPT_SEARCH_ENTRIES = 200_000;

/** A search's matching entries in order, and the span of time in which they are the answer. */
interface KeptSearch<T extends SearchableOffer> {
  entries: PlacedOffer<T>[];
  /** Computed at this time (a search at an earlier time computes again). */
  from: number;
  /** The first of them expires then (Infinity: none does). */
  until: number;
}

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

  private readonly textCache = new Map<string, Set<string>>();
  private textCacheIds = 0;
  private readonly keptSearches = new Map<string, KeptSearch<T>>();
  private keptSearchEntries = 0;

  constructor(private readonly placeOf: (communeCode: string) => OfferPlace | undefined) {}

  get size(): number {
    return this.entries.size;
  }

  /** Adds or replaces an offer; one that is not published (or whose commune is unknown) leaves the index. */
  put(offer: T): void {
    this.remove(offer.id);
    this.clearCaches();
    const entry = this.add(offer);
    if (!entry) return;
    for (const sort of OFFER_SORTS) {
      const list = this.sorted[sort];
      list.splice(firstIndexAbove(list, entry, OFFER_COMPARATORS[sort]), 0, entry);
    }
  }

  /** Many offers at once (at start): each list is sorted once rather than kept sorted at each one. */
  putAll(offers: Iterable<T>): void {
    for (const offer of offers) {
      this.remove(offer.id);
      this.add(offer);
    }
    this.clearCaches();
    for (const sort of OFFER_SORTS) {
      this.sorted[sort] = [...this.entries.values()].sort(OFFER_COMPARATORS[sort]);
    }
  }

  /** Records a published offer in the postings and the text index (not in the sorted lists). */
  private add(offer: T): PlacedOffer<T> | undefined {
    if (offer.status !== 'publiee') return undefined;
    const place = this.placeOf(offer.commune);
    if (!place) return undefined;
    const entry = { offer, place };
    this.entries.set(offer.id, entry);
    for (const key of postingKeys(entry)) {
      const posting = this.postings.get(key) ?? new Set<string>();
      posting.add(offer.id);
      this.postings.set(key, posting);
    }
    this.text.add({ id: offer.id, title: offer.title, commune: place.nom });
    return entry;
  }

  remove(id: string): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    this.clearCaches();
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
    const window = { start: (Math.max(1, query.page) - 1) * query.pageSize, size: query.pageSize };
    const found = this.collect(query, query.sort, now, window);
    const pageCount = Math.max(1, Math.ceil(found.total / query.pageSize));
    // Asked beyond the last page: the last one, as the search has always answered.
    if (query.page > pageCount) return this.search({ ...query, page: pageCount }, now);
    return {
      offers: found.entries.map((entry) => entry.offer),
      total: found.total,
      page: query.page,
      pageCount,
    };
  }

  /** Every matching offer visible at `now`, most recently published first. */
  matching(filters: OfferIndexFilters, now: Date): T[] {
    return this.collect(filters, 'recentes', now).entries.map((entry) => entry.offer);
  }

  /** The matching entries in order (only those of `window` when given) and how many match; kept. */
  private collect(
    filters: OfferIndexFilters,
    sort: OfferSort,
    now: Date,
    window?: { start: number; size: number },
  ): { entries: PlacedOffer<T>[]; total: number } {
    const found = this.kept(filters, sort, now);
    return {
      entries: window ? found.slice(window.start, window.start + window.size) : found,
      total: found.length,
    };
  }

  /** Every matching entry in order: kept from an earlier identical search while it holds. */
  private kept(filters: OfferIndexFilters, sort: OfferSort, now: Date): PlacedOffer<T>[] {
    const key = searchKey(filters, sort);
    const time = now.getTime();
    const known = this.keptSearches.get(key);
    if (known && known.from <= time && time < known.until) {
      // Most recently used last: the first key is the one to drop.
      this.keptSearches.delete(key);
      this.keptSearches.set(key, known);
      return known.entries;
    }
    if (known) this.forgetSearch(key, known);
    const entries = this.matchingEntries(filters, sort, now);
    let until = Infinity;
    for (const { offer } of entries) {
      const expires = offer.expiresAt?.getTime();
      if (expires !== undefined && expires < until) until = expires;
    }
    this.keptSearches.set(key, { entries, from: time, until });
    this.keptSearchEntries += entries.length;
    for (const [oldest, search] of this.keptSearches) {
      if (oldest === key) break;
      if (this.keptSearches.size <= MAX_KEPT_SEARCHES && this.keptSearchEntries <= MAX_KEPT_SEARCH_ENTRIES)
        break;
      this.forgetSearch(oldest, search);
    }
    return entries;
  }

  private forgetSearch(key: string, search: KeptSearch<T>): void {
    this.keptSearches.delete(key);
    this.keptSearchEntries -= search.entries.length;
  }

  /**
   * The matching entries visible at `now`, in order. The most selective filter drives: when it
   * leaves few candidates they are read and sorted; otherwise the list kept in the requested order
   * is read, each entry tested by field (no set is built).
   */
  private matchingEntries(filters: OfferIndexFilters, sort: OfferSort, now: Date): PlacedOffer<T>[] {
    const constraints = this.constraints(filters);
    const before = filters.availableBefore?.getTime();
    const accept = (entry: PlacedOffer<T>, skip?: Constraint<T>) =>
      isPubliclyVisible(entry.offer, now) &&
      (before === undefined || entry.offer.availableFrom.getTime() <= before) &&
      constraints.every((constraint) => constraint === skip || constraint.accepts(entry));
    const driver = constraints.reduce<Constraint<T> | undefined>(
      (smallest, constraint) => (!smallest || constraint.size < smallest.size ? constraint : smallest),
      undefined,
    );
    if (driver && driver.size < this.entries.size * SORT_CANDIDATES_BELOW) {
      const found: PlacedOffer<T>[] = [];
      for (const id of driver.ids()) {
        const entry = this.entries.get(id);
        if (entry && accept(entry, driver)) found.push(entry);
      }
      return found.sort(OFFER_COMPARATORS[sort]);
    }
    return this.sorted[sort].filter((entry) => accept(entry));
  }

  /** Each filter as a test of an entry, with the postings that hold every entry it accepts. */
  private constraints(filters: OfferIndexFilters): Constraint<T>[] {
    const constraints: Constraint<T>[] = [];
    const add = (keys: string[], accepts: (entry: PlacedOffer<T>) => boolean) => {
      const postings = keys.map((key) => this.postings.get(key) ?? NO_IDS);
      constraints.push({
        size: postings.reduce((sum, posting) => sum + posting.size, 0),
        // The postings of one filter never share an offer (one type, one place; an offer names
        // professions or is open to all): reading them one after the other gives each once.
        ids: () => postings.flatMap((posting) => [...posting]),
        accepts,
      });
    };
    const { types, departement, region, commune, profession, audience } = filters;
    if (types && types.length > 0)
      add(
        types.map((type) => `type:${type}`),
        ({ offer }) => types.includes(offer.type),
      );
    if (departement) add([`dep:${departement}`], ({ place }) => place.departement === departement);
    if (region) add([`reg:${region}`], ({ place }) => place.region === region);
    if (commune) add([`com:${commune}`], ({ offer }) => offer.commune === commune);
    if (profession)
      add([`prof:${profession}`, 'prof:*'], ({ offer }) =>
        offer.professions.length === 0 ? true : offer.professions.includes(profession),
      );
    if (audience) add([`aud:${audience}`], ({ offer }) => offer.audiences.includes(audience));
    const words = filters.text ? this.textMatches(filters.text) : undefined;
    if (words)
      constraints.push({ size: words.size, ids: () => words, accepts: ({ offer }) => words.has(offer.id) });
    return constraints;
  }

  /** The ids whose title or commune holds every word (the last one may be a beginning); cached. */
  private textMatches(text: string): Set<string> | undefined {
    const terms = frenchWords(text)
      .map(frenchTerm)
      .filter((term) => term !== null);
    if (terms.length === 0) return undefined;
    const key = terms.join(' ');
    const cached = this.textCache.get(key);
    if (cached) return cached;
    const ids = new Set(
      this.text
        .search(key, { prefix: (_term, index, all) => index === all.length - 1 })
        .map((result) => String(result.id)),
    );
    this.textCache.set(key, ids);
    this.textCacheIds += ids.size;
    // Maps iterate in insertion order: the first key is the oldest (the new one always stays).
    for (const [oldest, oldIds] of this.textCache) {
      if (oldest === key) break;
      if (this.textCache.size <= MAX_CACHED_TEXTS && this.textCacheIds <= MAX_CACHED_TEXT_IDS) break;
      this.textCache.delete(oldest);
      this.textCacheIds -= oldIds.size;
    }
    return ids;
  }

  /** Every offer change may change any search's answer. */
  private clearCaches(): void {
    this.textCache.clear();
    this.textCacheIds = 0;
    this.keptSearches.clear();
    this.keptSearchEntries = 0;
  }
}

interface Constraint<T extends SearchableOffer> {
  /** How many entries its postings hold (the smallest drives the search). */
  size: number;
  ids(): Iterable<string>;
  accepts(entry: PlacedOffer<T>): boolean;
}

const NO_IDS: ReadonlySet<string> = new Set();

/** The same text for the same search whatever the order of its types (pages aside). */
function searchKey(filters: OfferIndexFilters, sort: OfferSort): string {
  return JSON.stringify([
    sort,
    [...new Set(filters.types ?? [])].sort(),
    filters.departement ?? '',
    filters.region ?? '',
    filters.commune ?? '',
    filters.profession ?? '',
    filters.audience ?? '',
    filters.availableBefore?.getTime() ?? '',
    filters.text ?? '',
  ]);
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
