// Small hand-made worlds for the matching engine: an in-memory MatchingGeography, communes placed
// at exact distances north of a point, offers of every type and a project with neutral defaults.
import { haversineKm } from '../../../../src/domain/geo/distance';
import type { LatLon } from '../../../../src/domain/geo/types';
import type { OfferType } from '../../../../src/domain/offers/offer-vocabulary';
import type {
  Criterion,
  Importance,
  MatchingCommune,
  MatchingGeography,
  MatchingOffer,
  MatchingProject,
} from '../../../../src/domain/matching/types';

export const NOW = new Date('2026-10-15T10:00:00Z');

const EARTH_RADIUS_KM = 6371.0088;
const BASE: LatLon = { latitude: 47, longitude: 5.5 };

/** A point `km` kilometres due north of the base point (haversine gives back exactly `km`). */
export const north = (km: number): LatLon => ({
  latitude: BASE.latitude + (km / EARTH_RADIUS_KM) * (180 / Math.PI),
  longitude: BASE.longitude,
});

export function commune(
  code: string,
  nom: string,
  kmNorth: number,
  overrides: Partial<MatchingCommune> = {},
): MatchingCommune {
  return {
    code,
    nom,
    departement: code.slice(0, 2),
    region: '27',
    population: 1000,
    healthNeed: '',
    ...north(kmNorth),
    ...overrides,
  };
}

let counter = 0;

const DETAILS: Record<OfferType, Record<string, unknown>> = {
  logement: {
    housingKind: 'appartement',
    tenure: 'location',
    rooms: 3,
    surfaceM2: 65,
    price: 650,
    monthsFree: 0,
    furnished: false,
    accessible: false,
    shortStays: false,
  },
  'garde-enfants': {
    structure: 'micro-creche',
    places: 2,
    ageMinMonths: 10,
    ageMaxMonths: 36,
    openingHours: '',
    reservedPlaces: 1,
  },
  'emploi-conjoint': {
    sector: 'M',
    jobTitle: 'Comptable',
    contract: 'cdi',
    workingTime: 'temps-plein',
    employer: '',
  },
  'local-professionnel': {
    premisesKind: 'place-msp',
    surfaceM2: 24,
    rent: 350,
    equipment: '',
    sharedSecretariat: true,
  },
  'aide-financiere': { amountEur: 10000, funder: 'Commune', conditions: '', commitmentMonths: 36 },
  accueil: { welcomeDay: true, referent: '', transport: '', other: '' },
};

export function offer(
  communeCode: string,
  type: OfferType,
  details: Record<string, unknown> = {},
  overrides: Partial<MatchingOffer> = {},
): MatchingOffer {
  counter += 1;
  return {
    id: `o${String(counter).padStart(4, '0')}`,
    commune: communeCode,
    type,
    title: `Offre ${String(counter)}`,
    status: 'publiee',
    availableFrom: new Date('2026-09-01T00:00:00Z'),
    expiresAt: null,
    audiences: ['installation', 'remplacement', 'interne-etudiant'],
    professions: [],
    details: { ...DETAILS[type], ...details },
    ...overrides,
  };
}

export const ALL_SANS_OBJET: Record<Criterion, Importance> = {
  housing: 'sans-objet',
  childcare: 'sans-objet',
  spouseJob: 'sans-objet',
  premises: 'sans-objet',
  aid: 'sans-objet',
  need: 'sans-objet',
  distance: 'sans-objet',
};

/** A GP settling in the "27" région from January 2027, with no wishes and every criterion "sans-objet". */
export function project(overrides: Partial<MatchingProject> = {}): MatchingProject {
  return {
    profession: 'medecin-generaliste',
    status: 'installe',
    area: { regions: ['27'] },
    start: { year: 2027, month: 1 },
    household: { partner: null, children: [] },
    housing: null,
    premises: null,
    importance: { ...ALL_SANS_OBJET },
    ...overrides,
  };
}

export const importance = (
  wanted: Partial<Record<Criterion, Importance>>,
): Record<Criterion, Importance> => ({
  ...ALL_SANS_OBJET,
  ...wanted,
});

/** An in-memory geography over these communes and offers (in the order given). */
export function geographyOf(
  communes: readonly MatchingCommune[],
  offers: readonly MatchingOffer[],
): MatchingGeography & { calls: { offersOf: number; communesWithin: number } } {
  const byCode = new Map(communes.map((entry) => [entry.code, entry]));
  const offersByCommune = new Map<string, MatchingOffer[]>();
  for (const entry of offers) {
    const list = offersByCommune.get(entry.commune) ?? [];
    list.push(entry);
    offersByCommune.set(entry.commune, list);
  }
  const calls = { offersOf: 0, communesWithin: 0 };
  return {
    calls,
    commune: (code) => byCode.get(code),
    communesInDepartement: (code) => communes.filter((entry) => entry.departement === code),
    communesInRegion: (code) => communes.filter((entry) => entry.region === code),
    communesWithin: (centre, radiusKm) => {
      calls.communesWithin += 1;
      return communes
        .map((entry) => ({ commune: entry, distanceKm: haversineKm(centre, entry) }))
        .filter((entry) => entry.distanceKm <= radiusKm);
    },
    offersOf: (code) => {
      calls.offersOf += 1;
      return offersByCommune.get(code) ?? [];
    },
  };
}
