import { OfferIndex } from '../../../../src/domain/offers/offer-index';
import type { OfferSearchQuery, SearchableOffer } from '../../../../src/domain/offers/offer-search';

const now = new Date('2027-01-10T00:00:00Z');
const places: Record<string, { nom: string; departement: string; region: string }> = {
  '39198': { nom: 'Dole', departement: '39', region: '27' },
  '22278': { nom: 'Saint-Brieuc', departement: '22', region: '53' },
};

let counter = 0;
function offer(overrides: Partial<SearchableOffer>): SearchableOffer {
  counter += 1;
  return {
    id: String(counter).padStart(3, '0'),
    commune: '39198',
    type: 'logement',
    title: 'T3 en centre-ville',
    status: 'publiee',
    availableFrom: new Date('2027-01-01'),
    expiresAt: null,
    audiences: ['installation'],
    professions: [],
    publishedAt: new Date('2027-01-05'),
    ...overrides,
  };
}

const offers = [
  offer({ id: 'a', title: 'T3 lumineux', publishedAt: new Date('2027-01-02') }),
  offer({ id: 'b', type: 'garde-enfants', title: 'Micro-crèche', professions: ['sage-femme'] }),
  offer({ id: 'c', commune: '22278', availableFrom: new Date('2027-03-01'), audiences: ['remplacement'] }),
  offer({ id: 'd', status: 'brouillon' }),
  offer({ id: 'e', expiresAt: new Date('2027-01-09') }),
  offer({ id: 'f', commune: '99999' }),
];

const index = new OfferIndex<SearchableOffer>((code) => places[code]);
for (const each of offers) index.put(each);
const search = (query: Partial<OfferSearchQuery>) =>
  index.search({ sort: 'recentes', page: 1, pageSize: 10, ...query }, now);
const ids = (result: { offers: SearchableOffer[] }) => result.offers.map((o) => o.id);

describe('the public offer search (OfferIndex)', () => {
  it('shows only published, unexpired offers of known communes, newest first', () => {
    expect(ids(search({}))).toEqual(['b', 'c', 'a']);
  });

  it('filters by type, place, profession, audience, availability and words', () => {
    expect(ids(search({ types: ['garde-enfants'] }))).toEqual(['b']);
    expect(ids(search({ departement: '22' }))).toEqual(['c']);
    expect(ids(search({ region: '27' }))).toEqual(['b', 'a']);
    expect(ids(search({ profession: 'infirmier' }))).toEqual(['c', 'a']);
    expect(ids(search({ profession: 'sage-femme' }))).toEqual(['b', 'c', 'a']);
    expect(ids(search({ audience: 'remplacement' }))).toEqual(['c']);
    expect(ids(search({ availableBefore: new Date('2027-02-01') }))).toEqual(['b', 'a']);
    expect(ids(search({ text: 'saint brieuc' }))).toEqual(['c']);
    expect(ids(search({ text: 'lumineux' }))).toEqual(['a']);
  });

  it('sorts by availability or commune name, and paginates', () => {
    expect(ids(search({ sort: 'disponibilite' }))).toEqual(['a', 'b', 'c']);
    expect(ids(search({ sort: 'commune' }))).toEqual(['a', 'b', 'c']);
    const second = search({ pageSize: 2, page: 2 });
    expect(ids(second)).toEqual(['a']);
    expect(second).toMatchObject({ total: 3, pageCount: 2, page: 2 });
    expect(search({ pageSize: 2, page: 99 }).page).toBe(2);
  });
});
