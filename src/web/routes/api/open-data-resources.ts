// The open data API's other answers: a commune with its counts of offers and its links, and the
// JSON error of an unknown commune.
import type { Response } from 'express';
import { countOffersByCommune, noOffers } from '../../../domain/map/commune-offer-counts';
import type { CommuneDetails } from '../../../services/geography/commune-directory';
import type { PublishedOffers } from '../../../services/map/published-offers';
import type { ApiUrl } from './open-data-paging';

export const UNKNOWN_COMMUNE = 'Commune inconnue : aucune commune ne porte ce code INSEE.';

export function sendUnknownCommune(res: Response): void {
  res.status(404).json({ error: { status: 404, message: UNKNOWN_COMMUNE } });
}

/** GET /api/v1/communes/:code: the commune, its published offers counted by type, its links. */
export function openDataCommune(
  commune: CommuneDetails,
  published: Pick<PublishedOffers, 'all' | 'placeOf'>,
  links: { apiUrl: ApiUrl; siteUrl: string },
) {
  const offers = published.all({ types: [], commune: commune.code });
  const counts = countOffersByCommune(offers, published.placeOf)[0]?.counts ?? noOffers();
  return {
    data: {
      code: commune.code,
      nom: commune.nom,
      departement: commune.departement,
      region: commune.region,
      epci: commune.epci,
      population: commune.population,
      codesPostaux: commune.codesPostaux,
      latitude: commune.latitude,
      longitude: commune.longitude,
      precisionPosition: commune.positionPrecision,
      offres: { total: offers.length, parType: counts },
    },
    links: {
      self: links.apiUrl(`/communes/${commune.code}`, {}),
      offres: links.apiUrl('/offres', { commune: commune.code }),
      page: new URL(`/communes/${commune.code}`, links.siteUrl).href,
    },
  };
}
