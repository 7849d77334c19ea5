// The public filters of offers (types, profession, public, région, département) as one predicate:
// the /offres search applies it before sorting; the map and the GeoJSON export, which need every
// matching offer but no order, apply it alone. Pure.
import type { Audience, OfferType } from './offer-vocabulary';
import type { Profession } from '../professions';

export interface OfferFilters {
  /** Empty: every type. */
  types: readonly OfferType[];
  profession?: Profession;
  audience?: Audience;
  region?: string;
  departement?: string;
}

export function matchesOfferFilters(
  offer: { type: OfferType; audiences: readonly Audience[]; professions: readonly Profession[] },
  place: { departement: string; region: string },
  filters: OfferFilters,
): boolean {
  return (
    (filters.types.length === 0 || filters.types.includes(offer.type)) &&
    (!filters.departement || place.departement === filters.departement) &&
    (!filters.region || place.region === filters.region) &&
    // An offer naming no profession is open to every one.
    (!filters.profession ||
      offer.professions.length === 0 ||
      offer.professions.includes(filters.profession)) &&
    (!filters.audience || offer.audiences.includes(filters.audience))
  );
}
