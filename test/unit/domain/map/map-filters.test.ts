// The map's filter predicate finds exactly the offers the public /offres search finds, for any
// offers and any filters (the map skips the search only to skip its sorting).
import fc from 'fast-check';
import { matchesOfferFilters } from '../../../../src/domain/offers/offer-filters';
import { isPubliclyVisible } from '../../../../src/domain/offers/offer-lifecycle';
import { searchOffers } from '../../../../src/domain/offers/offer-search';
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

describe('matchesOfferFilters', () => {
  it('agrees with the public search on every offer and every filter', () => {
    fc.assert(
      fc.property(fc.array(offer, { maxLength: 30 }), filters, (offers, query) => {
        const searched = searchOffers(
          offers,
          (code) => PLACES[code],
          { ...query, sort: 'recentes', page: 1, pageSize: 1000 },
          NOW,
        ).offers.map((found) => found.id);
        const matched = offers
          .filter((candidate) => {
            const place = PLACES[candidate.commune];
            return place && isPubliclyVisible(candidate, NOW) && matchesOfferFilters(candidate, place, query);
          })
          .map((found) => found.id);
        expect(matched.sort()).toEqual(searched.sort());
      }),
    );
  });
});
