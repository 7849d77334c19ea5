// Published offers as the public pages show them: each with its place in the search results, and
// the page of one offer with its commune.
import type { Gazetteer } from '../../domain/geo/gazetteer';
import type { OfferView } from '../../services/offers/offer-view';
import { presentOffer, presentOfferCard } from './offer-presenter';

type Places = Pick<Gazetteer, 'commune' | 'departement'>;

/** An offer of the search results, with its commune's name, département and région codes. */
export function presentFoundOffer(offer: OfferView, gazetteer: Places) {
  const commune = gazetteer.commune(offer.commune);
  return {
    ...presentOfferCard(offer),
    place: commune && { nom: commune.nom, departement: commune.departement, region: commune.region },
  };
}

/** The page of one offer (/offres/:id). */
export function presentOfferPage(offer: OfferView, gazetteer: Places) {
  const commune = gazetteer.commune(offer.commune);
  return {
    title: offer.title,
    offer: presentOffer(offer),
    commune: commune && {
      code: commune.code,
      nom: commune.nom,
      departement: gazetteer.departement(commune.departement),
    },
  };
}
