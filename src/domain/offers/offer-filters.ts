// The public filters of offers (types, profession, public, région, département), shared by the
// /offres search, the map and the open data API (OfferIndex answers them). Pure.
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
