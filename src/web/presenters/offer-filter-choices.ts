// The choices of the public offer filters, shared by the offer search and the map.
import type { OfferSort } from '../../domain/offers/offer-search';
import { AUDIENCE_LABELS, OFFER_TYPE_LABELS } from '../../domain/offers/offer-vocabulary';
import type { Gazetteer } from '../../domain/geo/gazetteer';
import { PROFESSION_LABELS } from '../../domain/professions';
import { departementChoices, optionsOf, regionChoices } from './choices';

const SORT_LABELS: Record<OfferSort, string> = {
  recentes: 'Les plus récentes',
  disponibilite: 'Disponibles le plus tôt',
  commune: 'Par commune',
};

/** Type, région, département, profession and public. */
export const offerFilterChoices = (gazetteer: Pick<Gazetteer, 'regions' | 'departements'>) => ({
  types: optionsOf(OFFER_TYPE_LABELS),
  regions: regionChoices(gazetteer),
  departements: departementChoices(gazetteer),
  professions: optionsOf(PROFESSION_LABELS),
  audiences: optionsOf(AUDIENCE_LABELS),
});

/** The filters and the sorts of the offer search. */
export const offerSearchChoices = (gazetteer: Pick<Gazetteer, 'regions' | 'departements'>) => ({
  ...offerFilterChoices(gazetteer),
  sorts: optionsOf(SORT_LABELS),
});
