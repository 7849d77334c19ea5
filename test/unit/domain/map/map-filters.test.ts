// The map and the open data (every matching offer, OfferIndex.matching) find exactly the offers the
// public /offres search finds (OfferIndex.search), for any offers and any filters.
import fc from 'fast-check';
import { OfferIndex } from '../../../../src/domain/offers/offer-index';
import type { SearchableOffer } from '../../../../src/domain/offers/offer-search';
import { AUDIENCES, OFFER_STATUSES, OFFER_TYPES } from '../../../../src/domain/offers/offer-vocabulary';
import { PROFESSIONS } from '../../../../src/domain/professions';

const PLACES: Record<string, { nom: string; departement: string; region: string }> = {
  '39198': { nom: 'Dole', departement: '39', region: '27' },
  '25056': { nom: 'Besançon', departement: '25', region: '27' },
  '22278': { nom: 'Saint-Brieuc', departement: '22', region: '53' },
};
const NOW = new Date('2026-06-01T00:00:00Z');

const offer = fc.record({
  id: fc.uuid(),
  commune: fc.constantFrom('39198', '25056', '22278', '99999'),
  type: fc.constantFrom(...OFFER_TYPES),
  title: fc.constant('Offre'),
  status: fc.constantFrom(...OFFER_STATUSES),
  availableFrom: fc.constant(new Date('2026-01-01')),
  expiresAt: fc.constantFrom(null, new Date('2026-05-01'), new Date('2026-07-01')),
  audiences: fc.subarray([...AUDIENCES]),
  professions: fc.subarray([...PROFESSIONS], { maxLength: 3 }),
  publishedAt: fc.constant(new Date('2026-01-01')),
});

const filters = fc.record({
  types: fc.subarray([...OFFER_TYPES], { maxLength: 3 }),
  profession: fc.option(fc.constantFrom(...PROFESSIONS), { nil: undefined }),
  audience: fc.option(fc.constantFrom(...AUDIENCES), { nil: undefined }),
  region: fc.option(fc.constantFrom('27', '53', '11'), { nil: undefined }),
  departement: fc.option(fc.constantFrom('39', '25', '22'), { nil: undefined }),
});

describe('OfferIndex.matching', () => {
  it('agrees with the public search on every offer and every filter', () => {
    fc.assert(
      fc.property(fc.array(offer, { maxLength: 30 }), filters, (offers, query) => {
        const index = new OfferIndex<SearchableOffer>((code) => PLACES[code]);
        for (const each of offers) index.put(each);
        const searched = index
          .search({ ...query, sort: 'recentes', page: 1, pageSize: 1000 }, NOW)
          .offers.map((found) => found.id);
        const matched = index.matching(query, NOW).map((found) => found.id);
        expect(matched.sort()).toEqual(searched.sort());
      }),
    );
  });
});
