// A commune's public page (/communes/:code): its facts, its presentation once written, and the
// offers it publishes now.
import { isPubliclyVisible } from '../../domain/offers/offer-lifecycle';
import type { CommuneDetails } from '../../services/geography/commune-directory';
import type { CommuneProfile } from '../../services/offers/commune-profiles';
import type { OfferView } from '../../services/offers/offer-view';
import { presentOfferCard } from './offer-presenter';

export function presentCommunePage(
  commune: CommuneDetails,
  offers: readonly OfferView[],
  profile: CommuneProfile,
  now: Date,
) {
  const place = { nom: commune.nom, departement: commune.departement.code };
  return {
    title: `${commune.nom} (${commune.departement.code})`,
    commune,
    // A presentation never saved has revision 0: nothing to show.
    profile: profile.revision > 0 ? profile : undefined,
    offers: offers
      .filter((offer) => isPubliclyVisible(offer, now))
      .map((offer) => ({ ...presentOfferCard(offer), place })),
  };
}
