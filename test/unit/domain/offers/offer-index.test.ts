// The indexed search answers exactly what the plain search (plainSearchOffers, which reads every offer)
// answers, for every filter combination and sort, while offers come, change and go; and its
// free text folds case, accents, plurals and elisions as French readers expect.
import { OfferIndex } from '../../../../src/domain/offers/offer-index';
import {
  OFFER_SORTS,
  type OfferSearchQuery,
  type SearchableOffer,
} from '../../../../src/domain/offers/offer-search';
import { AUDIENCES, OFFER_TYPES } from '../../../../src/domain/offers/offer-vocabulary';
import { PROFESSIONS } from '../../../../src/domain/professions';
import { plainSearchOffers } from '../../../support/plain-offer-search';

const now = new Date('2027-01-10T00:00:00Z');
const places: Record<string, { nom: string; departement: string; region: string }> = {
  '39198': { nom: 'Dole', departement: '39', region: '27' },
  '25056': { nom: 'Besançon', departement: '25', region: '27' },
  '22278': { nom: 'Saint-Brieuc', departement: '22', region: '53' },
  '2A004': { nom: 'Ajaccio', departement: '2A', region: '94' },
};
const placeOf = (code: string) => places[code];
const communes = [...Object.keys(places), '99999'];

/** A deterministic pseudo-random sequence (the same offers at every run). */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

function randomOffer(id: number, next: () => number): SearchableOffer {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const day = (offset: number) => new Date(now.getTime() + Math.floor(offset) * 86_400_000);
  return {
    id: `o${String(id).padStart(4, '0')}`,
    commune: pick(communes),
    type: pick(OFFER_TYPES),
    title: pick([
      'Maison T4',
      'Appartement meublé',
      'Micro-crèche',
      'Cabinet médical',
      'Local professionnel',
    ]),
    status: next() < 0.8 ? 'publiee' : pick(['brouillon', 'archivee', 'pourvue'] as const),
    availableFrom: day(next() * 120 - 60),
    expiresAt: next() < 0.7 ? null : day(next() * 40 - 10),
    audiences: AUDIENCES.filter(() => next() < 0.5),
    professions: next() < 0.5 ? [] : PROFESSIONS.filter(() => next() < 0.3),
    publishedAt: next() < 0.9 ? day(-next() * 100) : null,
  };
}

function queries(next: () => number): OfferSearchQuery[] {
  const pick = <T>(items: readonly T[]): T | undefined =>
    next() < 0.5 ? undefined : (items[Math.floor(next() * items.length)] as T);
  return Array.from({ length: 300 }, () => ({
    types: OFFER_TYPES.filter(() => next() < 0.2),
    departement: pick(['39', '25', '22', '2A']),
    region: pick(['27', '53', '94']),
    profession: pick(PROFESSIONS),
    audience: pick(AUDIENCES),
    availableBefore: next() < 0.3 ? new Date(now.getTime() + 10 * 86_400_000) : undefined,
    sort: pick(OFFER_SORTS) ?? 'recentes',
    page: 1 + Math.floor(next() * 3),
    pageSize: 7,
  }));
}

describe('OfferIndex', () => {
  it('answers as the plain search does, for every filter and sort, as offers change', () => {
    const next = random(42);
    const index = new OfferIndex<SearchableOffer>(placeOf);
    const offers = new Map<string, SearchableOffer>();
    // Loaded at once (as at start), then changed one at a time.
    for (let id = 0; id < 400; id += 1) {
      const offer = randomOffer(id, next);
      offers.set(offer.id, offer);
    }
    index.putAll(offers.values());
    // Changes: some offers republished with other values, some archived, some deleted.
    for (let id = 0; id < 400; id += 7) {
      const changed = randomOffer(id, next);
      offers.set(changed.id, changed);
      index.put(changed);
    }
    for (let id = 3; id < 400; id += 11) {
      offers.delete(`o${String(id).padStart(4, '0')}`);
      index.remove(`o${String(id).padStart(4, '0')}`);
    }

    let nonEmpty = 0;
    for (const query of queries(next)) {
      const expected = plainSearchOffers(offers.values(), placeOf, query, now);
      if (expected.offers.length > 0) nonEmpty += 1;
      const found = index.search(query, now);
      expect({ query, ids: found.offers.map((offer) => offer.id), total: found.total }).toEqual({
        query,
        ids: expected.offers.map((offer) => offer.id),
        total: expected.total,
      });
    }
    expect(nonEmpty).toBeGreaterThan(100); // the comparison is not between empty pages
  });

  const titled = (id: string, title: string, commune = '39198'): SearchableOffer => ({
    id,
    commune,
    type: 'logement',
    title,
    status: 'publiee',
    availableFrom: new Date('2027-01-01'),
    expiresAt: null,
    audiences: ['installation'],
    professions: [],
    publishedAt: new Date('2027-01-05'),
  });

  const text = (index: OfferIndex<SearchableOffer>, words: string) =>
    index
      .matching({ text: words }, now)
      .map((offer) => offer.id)
      .sort();

  it('finds words whatever their case, accents, plural or elision, and words of the commune', () => {
    const index = new OfferIndex<SearchableOffer>(placeOf);
    index.put(titled('a', 'Maisons de ville près de l’hôpital'));
    index.put(titled('b', 'Locaux professionnels rénovés'));
    index.put(titled('c', 'Studio meublé', '22278'));
    index.put(titled('d', 'Crèche « Les Lutins »', '25056'));

    expect(text(index, 'MAISON')).toEqual(['a']);
    expect(text(index, 'hopital')).toEqual(['a']);
    expect(text(index, 'l’hôpital')).toEqual(['a']);
    expect(text(index, "l'hopitaux")).toEqual(['a']);
    expect(text(index, 'local')).toEqual(['b']);
    expect(text(index, 'professionnel renove')).toEqual(['b']);
    expect(text(index, 'st brieuc')).toEqual(['c']);
    expect(text(index, 'Saint-Brieuc meublés')).toEqual(['c']);
    expect(text(index, 'besancon creche')).toEqual(['d']);
    expect(text(index, 'mais')).toEqual(['a']); // the last word typed may be a beginning
    expect(text(index, 'maison à louer près de')).toEqual([]); // « louer » is nowhere
    expect(text(index, 'la maison')).toEqual(['a']); // « la » carries no meaning
    expect(text(index, 'de la')).toEqual(['a', 'b', 'c', 'd']); // only such words: no text filter
  });

  it('forgets an offer archived or deleted, and hides it once expired', () => {
    const index = new OfferIndex<SearchableOffer>(placeOf);
    index.put(titled('a', 'Maison'));
    index.put(titled('b', 'Maison'));
    index.put({ ...titled('c', 'Maison'), expiresAt: new Date('2027-01-09') });
    index.put({ ...titled('a', 'Maison'), status: 'archivee' });
    index.remove('zzz');
    expect(text(index, 'maison')).toEqual(['b']);
    index.remove('b');
    expect(text(index, 'maison')).toEqual([]);
    expect(index.size).toBe(1); // the expired one stays indexed: it is hidden at query time
  });

  it('keeps a search until an offer changes or one of its offers expires (searches between changes too)', () => {
    const index = new OfferIndex<SearchableOffer>(placeOf);
    const ids = (at: Date) =>
      index.search({ sort: 'recentes', page: 1, pageSize: 20 }, at).offers.map((o) => o.id);
    const later = new Date(now.getTime() + 3 * 86_400_000);
    index.put({ ...titled('a', 'Maison'), expiresAt: new Date(now.getTime() + 86_400_000) });
    index.put(titled('b', 'Maison'));
    expect(ids(now)).toEqual(['a', 'b']);
    expect(ids(now)).toEqual(['a', 'b']);
    expect(ids(later)).toEqual(['b']); // a expired meanwhile
    expect(ids(now)).toEqual(['a', 'b']); // asked for an earlier time: searched again
    index.put({ ...titled('c', 'Maison'), publishedAt: new Date('2027-01-06') });
    expect(ids(now)).toEqual(['c', 'a', 'b']);
    index.remove('a');
    expect(ids(now)).toEqual(['c', 'b']);

    // The same answers as the plain search while offers change between searches.
    const next = random(7);
    const changing = new OfferIndex<SearchableOffer>(placeOf);
    const offers = new Map<string, SearchableOffer>();
    const asked = queries(next).slice(0, 12);
    for (let id = 0; id < 150; id += 1) {
      const offer = randomOffer(id % 60, next);
      offers.set(offer.id, offer);
      changing.put(offer);
      for (const query of asked) {
        const expected = plainSearchOffers(offers.values(), placeOf, query, now);
        const found = changing.search(query, now);
        expect(found.offers.map((offer) => offer.id)).toEqual(expected.offers.map((offer) => offer.id));
      }
    }
  });
});
