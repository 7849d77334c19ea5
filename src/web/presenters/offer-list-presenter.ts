// "Mes offres" of commune staff: the page of the list with its filters, and what the page says once
// an offer is saved (the state actions say theirs: OFFER_ACTION_MESSAGES).
import type { OfferFilter } from '../../services/offers/offer-service';
import type { OfferView } from '../../services/offers/offer-view';
import type { FieldErrors } from '../validation';
import { presentCommuneOffer } from './commune-offer-presenter';
import { OFFER_CHOICES } from './offer-form-presenter';

export interface OfferListPage {
  /** The offers the filter keeps (none when the filters could not be read). */
  offers: readonly OfferView[];
  /** Whether the staff member has any offer at all, whatever the filter. */
  hasOffers: boolean;
  /** The filter read from the query, or undefined with `errors`. */
  filter?: OfferFilter;
  values: Record<string, string>;
  errors?: FieldErrors;
  /** The page the offers' action forms come back to. */
  back: string;
}

export function presentOfferList({ offers, hasOffers, filter, values, errors, back }: OfferListPage) {
  return {
    title: 'Mes offres',
    choices: OFFER_CHOICES,
    values,
    errors,
    offers: offers.map((offer) => presentCommuneOffer(offer, back)),
    filtered: filter?.type !== undefined || filter?.status !== undefined,
    hasOffers,
    showFilters: hasOffers || errors !== undefined,
  };
}

/** The flash message once an offer is saved. */
export const OFFER_SAVED_MESSAGES = {
  created: (title: string) =>
    `Offre enregistrée en brouillon : « ${title} ». Publiez-la quand elle est prête.`,
  updated: (title: string) => `Modifications de l’offre « ${title} » enregistrées.`,
  duplicated: 'Copie enregistrée en brouillon : modifiez-la, puis publiez-la quand elle est prête.',
};
