// The results page's kept match results: the same search answers from memory, and any change of
// what it derives from (an offer, a stated need, the zoning, the time an offer expires or becomes
// available) gives a fresh result at once — through the matching service as the page calls it.
import { Gazetteer } from '../../../src/domain/geo/gazetteer';
import type { Commune } from '../../../src/domain/geo/types';
import type { MatchingOffer, MatchResult } from '../../../src/domain/matching/types';
import { ZoningIndex } from '../../../src/domain/zoning/zoning-index';
import { MatchResults } from '../../../src/services/matching/match-results';
import { createMatchingService } from '../../../src/services/matching/matching-service';
import { CommuneNeeds } from '../../../src/services/offers/commune-profiles';
import { OfferReadModel } from '../../../src/services/offers/offer-read-model';
import type { OfferView } from '../../../src/services/offers/offer-view';
import { NOW, importance, offer, project } from '../domain/matching/fixtures';

const view = (matching: MatchingOffer): OfferView => ({
  ...matching,
  audiences: [...matching.audiences],
  professions: [...matching.professions],
  details: { ...matching.details },
  description: '',
  contact: { name: 'Mairie', email: '', phone: '' },
  revision: 1,
  createdBy: null,
  createdAt: NOW,
  updatedAt: NOW,
  publishedAt: NOW,
});

const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

describe('MatchResults', () => {
  const setUp = (maxResults?: number) => {
    const offers = new OfferReadModel([view(offer('39198', 'logement'))]);
    const needs = new CommuneNeeds();
    const zoning = new ZoningIndex();
    const results = new MatchResults({ offers, needs, zoning }, maxResults);
    let searches = 0;
    const search = (): MatchResult => {
      searches += 1;
      return { ranked: [], almost: [], rankedTotal: searches, almostTotal: 0 };
    };
    const get = (now = NOW, options = {}, wanted = project()) =>
      results.get(wanted, { now, maxResults: 10, ...options }, search).rankedTotal;
    return { offers, needs, zoning, get };
  };

  it('searches once for the same project and options', () => {
    const { get } = setUp();
    expect(get()).toBe(1);
    expect(get(later(1))).toBe(1);
    expect(get(NOW, { maxResults: 20 })).toBe(2);
    expect(get(NOW, {}, project({ area: { departements: ['39'] } }))).toBe(3);
    expect(get()).toBe(1);
  });

  it('searches again when an offer, a stated need or the zoning changes', () => {
    const { offers, needs, zoning, get } = setUp();
    expect(get()).toBe(1);
    offers.put(view(offer('39198', 'aide-financiere')));
    expect(get()).toBe(2);
    needs.set('39198', 'Pas de médecin depuis 2024');
    expect(get()).toBe(3);
    zoning.replaceRegion('27', []);
    expect(get()).toBe(4);
    expect(get()).toBe(4);
  });

  it('searches again once an offer expires or becomes available', () => {
    const { offers, get } = setUp();
    offers.put(view(offer('39198', 'logement', {}, { expiresAt: later(60) })));
    offers.put(view(offer('39198', 'logement', {}, { availableFrom: later(120) })));
    expect(get()).toBe(1);
    expect(get(later(59))).toBe(1);
    expect(get(later(60))).toBe(2);
    expect(get(later(119))).toBe(2);
    expect(get(later(120))).toBe(3);
    expect(get(later(600))).toBe(3);
  });

  it('keeps a bounded number of results, the least recently used dropped first', () => {
    const { get } = setUp(2);
    expect(get(NOW, { maxResults: 1 })).toBe(1);
    expect(get(NOW, { maxResults: 2 })).toBe(2);
    expect(get(NOW, { maxResults: 1 })).toBe(1);
    expect(get(NOW, { maxResults: 3 })).toBe(3);
    expect(get(NOW, { maxResults: 2 })).toBe(4);
  });
});

describe('matchForPage', () => {
  const place = (code: string, nom: string, latitude: number): Commune => ({
    code,
    nom,
    departement: '39',
    region: '27',
    epci: null,
    population: 1000,
    codesPostaux: [],
    latitude,
    longitude: 5.5,
    positionPrecision: 'exacte',
  });
  const gazetteer = new Gazetteer({
    regions: [{ code: '27', nom: 'Bourgogne-Franche-Comté', chefLieu: '39198' }],
    departements: [{ code: '39', nom: 'Jura', region: '27', chefLieu: '39198' }],
    epcis: [],
    communes: [place('39198', 'Dole', 47.09), place('39300', 'Lons-le-Saunier', 46.67)],
  });
  const wanted = project({
    area: { departements: ['39'] },
    housing: { tenure: 'location', roomsMin: 2, budgetMax: 900, furnished: null },
    importance: importance({ housing: 'indispensable' }),
  });

  it('shows a new, changed or withdrawn offer at the next request', () => {
    const offers = new OfferReadModel([view(offer('39198', 'logement'))]);
    const matching = createMatchingService(gazetteer, offers, new CommuneNeeds(), new ZoningIndex());
    const ranked = () =>
      matching.matchForPage(wanted, { now: NOW, maxResults: 10 }).ranked.map((match) => match.commune.code);
    expect(ranked()).toEqual(['39198']);
    const inLons = view(offer('39300', 'logement'));
    offers.put(inLons);
    expect(ranked().sort()).toEqual(['39198', '39300']);
    offers.put({ ...inLons, status: 'archivee' });
    expect(ranked()).toEqual(['39198']);
    offers.remove(inLons.id);
    expect(ranked()).toEqual(['39198']);
  });

  it('answers the same object while nothing changes', () => {
    const offers = new OfferReadModel([view(offer('39198', 'logement'))]);
    const matching = createMatchingService(gazetteer, offers, new CommuneNeeds(), new ZoningIndex());
    const first = matching.matchForPage(wanted, { now: NOW, maxResults: 10 });
    expect(matching.matchForPage(wanted, { now: later(1), maxResults: 10 })).toBe(first);
    expect(matching.match(wanted, { now: NOW, maxResults: 10 })).not.toBe(first);
  });
});
