// The map's pure parts: per-commune counts by type, the frame of an area, the next expiry, and the
// open data representation of an offer (an allowlist: nothing personal gets through).
import {
  boundsOf,
  countOffersByCommune,
  type MapPlace,
  nextExpiry,
} from '../../../../src/domain/map/commune-offer-counts';
import { toGeoJsonFeature, toOpenDataOffer } from '../../../../src/domain/map/open-data-offer';
import type { OfferType } from '../../../../src/domain/offers/offer-vocabulary';

const places: Record<string, MapPlace> = {
  '39198': { code: '39198', nom: 'Dole', departement: '39', region: '27', latitude: 47.09, longitude: 5.49 },
  '39300': {
    code: '39300',
    nom: 'Lons-le-Saunier',
    departement: '39',
    region: '27',
    latitude: 46.67,
    longitude: 5.55,
  },
  '22278': {
    code: '22278',
    nom: 'Saint-Brieuc',
    departement: '22',
    region: '53',
    latitude: 48.51,
    longitude: -2.76,
  },
  '39001': {
    code: '39001',
    nom: 'Abergement',
    departement: '39',
    region: '27',
    latitude: 46.9,
    longitude: 5.6,
  },
};
const placeOf = (code: string) => places[code];
const offer = (commune: string, type: OfferType) => ({ commune, type });

describe('countOffersByCommune', () => {
  it('counts each commune’s offers by type, most offers first, then by name', () => {
    const entries = countOffersByCommune(
      [
        offer('39300', 'logement'),
        offer('39198', 'logement'),
        offer('39198', 'logement'),
        offer('39198', 'accueil'),
        offer('22278', 'garde-enfants'),
        offer('39001', 'aide-financiere'),
      ],
      placeOf,
    );
    expect(entries.map((entry) => [entry.commune.nom, entry.total])).toEqual([
      ['Dole', 3],
      ['Abergement', 1],
      ['Lons-le-Saunier', 1],
      ['Saint-Brieuc', 1],
    ]);
    expect(entries[0]?.counts).toEqual({
      logement: 2,
      'garde-enfants': 0,
      'emploi-conjoint': 0,
      'local-professionnel': 0,
      'aide-financiere': 0,
      accueil: 1,
    });
  });

  it('leaves out offers of communes it cannot place, and gives nothing for no offer', () => {
    expect(countOffersByCommune([offer('99999', 'logement')], placeOf)).toEqual([]);
    expect(countOffersByCommune([], placeOf)).toEqual([]);
  });

  it('counts every offer exactly once, whatever their order', () => {
    const offers = Array.from({ length: 60 }, (_, index) =>
      offer(Object.keys(places)[index % 4] ?? '39198', index % 2 ? 'logement' : 'accueil'),
    );
    const entries = countOffersByCommune(offers.reverse(), placeOf);
    expect(entries.reduce((sum, entry) => sum + entry.total, 0)).toBe(60);
    for (const entry of entries)
      expect(Object.values(entry.counts).reduce((sum, count) => sum + count, 0)).toBe(entry.total);
  });
});

describe('boundsOf', () => {
  it('is the smallest box around the points, or null without points', () => {
    expect(boundsOf(Object.values(places))).toEqual({ south: 46.67, west: -2.76, north: 48.51, east: 5.6 });
    expect(boundsOf([])).toBeNull();
  });
});

describe('nextExpiry', () => {
  it('is the earliest expiry still to come', () => {
    const now = new Date('2026-06-01');
    expect(
      nextExpiry(
        [
          { expiresAt: null },
          { expiresAt: new Date('2026-05-01') },
          { expiresAt: new Date('2026-09-01') },
          { expiresAt: new Date('2026-07-01') },
        ],
        now,
      ),
    ).toEqual(new Date('2026-07-01'));
    expect(nextExpiry([{ expiresAt: null }], now)).toBeNull();
  });
});

describe('the open data offer', () => {
  const welcome = {
    id: 'abc',
    type: 'accueil' as const,
    title: 'Journée d’accueil',
    description: 'Une journée pour découvrir la commune.',
    availableFrom: new Date('2026-09-01T00:00:00Z'),
    expiresAt: null,
    publishedAt: new Date('2026-05-12T08:30:00Z'),
    updatedAt: new Date('2026-05-12T08:30:00Z'),
    audiences: ['installation' as const],
    professions: [],
    details: { welcomeDay: true, referent: 'Mme Jeanne Martin, adjointe', transport: 'Gare TGV', other: '' },
    contact: { name: 'Jeanne Martin', email: 'jeanne.martin@example.fr', phone: '03 84 00 00 00' },
  };

  it('keeps what the offer is and drops the contact and the referent', () => {
    const published = toOpenDataOffer(welcome, places['39198'] as MapPlace, 'https://site.example');
    expect(published.details).toEqual({ welcomeDay: true, transport: 'Gare TGV', other: '' });
    expect(published.disponibleLe).toBe('2026-09-01');
    expect(published.lien).toBe('https://site.example/offres/abc');
    expect(JSON.stringify(published)).not.toMatch(/Martin|jeanne|03 84/i);
  });

  it('is a GeoJSON point in [longitude, latitude] order', () => {
    const feature = toGeoJsonFeature(
      toOpenDataOffer(welcome, places['22278'] as MapPlace, 'https://s.example'),
    );
    expect(feature.geometry).toEqual({ type: 'Point', coordinates: [-2.76, 48.51] });
  });
});
