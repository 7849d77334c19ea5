// Offers shared by the map and open data tests: published ones in Dole (Jura, région 27) and
// Saint-Brieuc (Côtes-d'Armor, région 53), plus an expired one and a draft that must never show.
import type { OfferType } from '../../../src/domain/offers/offer-vocabulary';
import type { Services } from '../../../src/services';
import type { CommuneStaff, OfferInput } from '../../../src/services/offers/offer-service';
import { CHILDCARE, HOUSING, communeStaff, offerInput } from '../../support/offers';

/** What the contact of every fixture offer says: none of it may leave through the public data. */
export const PRIVATE_CONTACT = {
  name: 'Jeanne Confidentielle',
  email: 'jeanne.confidentielle@mairie.example',
  phone: '03 84 12 34 56',
};
export const PRIVATE_REFERENT = 'Mme Régine Référente';

/** A fixture offer whose contact must never leave through the public data. */
const privateOffer = (title: string, details: Record<string, unknown>, extra: Partial<OfferInput> = {}) =>
  offerInput(title, details, { contact: PRIVATE_CONTACT, ...extra });

/** Publishes the fixture offers; returns the staff of Dole and the ids by name. */
export async function publishMapFixtures(services: Services) {
  const dole = await communeStaff('39198');
  const brieuc = await communeStaff('22278');
  const publish = async (staff: CommuneStaff, type: OfferType, input: OfferInput) =>
    (await services.offers.create(staff, type, input, { publish: true })).id;
  const ids = {
    doleHousing: await publish(dole, 'logement', privateOffer('T3 à Dole', HOUSING)),
    doleChildcare: await publish(
      dole,
      'garde-enfants',
      privateOffer('Crèche à Dole', CHILDCARE, { professions: ['sage-femme'] }),
    ),
    doleWelcome: await publish(
      dole,
      'accueil',
      privateOffer('Accueil à Dole', { welcomeDay: true, referent: PRIVATE_REFERENT, transport: 'Gare TGV' }),
    ),
    brieucHousing: await publish(
      brieuc,
      'logement',
      privateOffer('Maison à Saint-Brieuc', HOUSING, { audiences: ['remplacement'] }),
    ),
    expired: await publish(
      dole,
      'logement',
      privateOffer('Offre expirée', HOUSING, { expiresAt: new Date('2026-02-01') }),
    ),
    draft: (
      await services.offers.create(
        dole,
        'local-professionnel',
        privateOffer('Brouillon', { premisesKind: 'cabinet', surfaceM2: 20, rent: 0 }),
      )
    ).id,
  };
  return { dole, brieuc, ids };
}
