// How the public map shows offer types: a letter and a colour each (the legend says which), so that
// a marker tells at a glance what a commune offers, without relying on colour alone.
import { OFFER_TYPE_LABELS, OFFER_TYPES, type OfferType } from '../../domain/offers/offer-vocabulary';

const LETTERS: Record<OfferType, string> = {
  logement: 'L',
  'garde-enfants': 'G',
  'emploi-conjoint': 'E',
  'local-professionnel': 'P',
  'aide-financiere': 'F',
  accueil: 'A',
};

export interface LegendEntry {
  code: OfferType;
  label: string;
  letter: string;
}

/** In the order of OFFER_TYPES, which the map data's counts follow. */
export const MAP_LEGEND: readonly LegendEntry[] = OFFER_TYPES.map((code) => ({
  code,
  label: OFFER_TYPE_LABELS[code],
  letter: LETTERS[code],
}));
