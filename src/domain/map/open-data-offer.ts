// An offer as the open data API publishes it: an allowlist of fields, so that nothing personal
// (the contact's name, e-mail and phone, an "accueil" referent's name) can ever leave through it,
// whatever is added to offers later. Pure.
import type { Audience, OfferType } from '../offers/offer-vocabulary';
import type { Profession } from '../professions';
import type { MapPlace } from './commune-offer-counts';

/** The details of each type that say what is offered and name nobody. */
const PUBLIC_DETAILS: Record<OfferType, readonly string[]> = {
  logement: [
    'housingKind',
    'tenure',
    'rooms',
    'surfaceM2',
    'price',
    'monthsFree',
    'furnished',
    'accessible',
    'shortStays',
  ],
  'garde-enfants': ['structure', 'places', 'ageMinMonths', 'ageMaxMonths', 'openingHours', 'reservedPlaces'],
  // The employer is an organisation, shown on the public offer page too.
  'emploi-conjoint': ['sector', 'jobTitle', 'contract', 'workingTime', 'employer'],
  'local-professionnel': ['premisesKind', 'surfaceM2', 'rent', 'equipment', 'sharedSecretariat'],
  'aide-financiere': ['amountEur', 'funder', 'conditions', 'commitmentMonths'],
  // `referent` is a person: left out.
  accueil: ['welcomeDay', 'transport', 'other'],
};

export interface PublishableOffer {
  id: string;
  type: OfferType;
  title: string;
  description: string;
  availableFrom: Date;
  expiresAt: Date | null;
  publishedAt: Date | null;
  updatedAt: Date;
  audiences: readonly Audience[];
  professions: readonly Profession[];
  details: Record<string, unknown>;
}

export interface OpenDataOffer {
  id: string;
  type: OfferType;
  titre: string;
  description: string;
  details: Record<string, unknown>;
  disponibleLe: string;
  expireLe: string | null;
  publieeLe: string | null;
  modifieeLe: string;
  publics: Audience[];
  /** Empty: every health profession. */
  professions: Profession[];
  commune: {
    code: string;
    nom: string;
    departement: string;
    region: string;
    latitude: number;
    longitude: number;
  };
  lien: string;
}

const day = (date: Date) => date.toISOString().slice(0, 10);

export function toOpenDataOffer(offer: PublishableOffer, place: MapPlace, siteUrl: string): OpenDataOffer {
  const details: Record<string, unknown> = {};
  for (const field of PUBLIC_DETAILS[offer.type]) {
    if (offer.details[field] !== undefined) details[field] = offer.details[field];
  }
  return {
    id: offer.id,
    type: offer.type,
    titre: offer.title,
    description: offer.description,
    details,
    disponibleLe: day(offer.availableFrom),
    expireLe: offer.expiresAt ? day(offer.expiresAt) : null,
    publieeLe: offer.publishedAt ? offer.publishedAt.toISOString() : null,
    modifieeLe: offer.updatedAt.toISOString(),
    publics: [...offer.audiences],
    professions: [...offer.professions],
    commune: {
      code: place.code,
      nom: place.nom,
      departement: place.departement,
      region: place.region,
      latitude: place.latitude,
      longitude: place.longitude,
    },
    lien: `${siteUrl}/offres/${offer.id}`,
  };
}

/** A GeoJSON Point feature ([longitude, latitude], RFC 7946) carrying the offer as its properties. */
export function toGeoJsonFeature(offer: OpenDataOffer) {
  return {
    type: 'Feature' as const,
    id: offer.id,
    geometry: { type: 'Point' as const, coordinates: [offer.commune.longitude, offer.commune.latitude] },
    properties: offer,
  };
}
