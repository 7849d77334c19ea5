// Offers shared by the map and open data tests: published ones in Dole (Jura, région 27) and
// Saint-Brieuc (Côtes-d'Armor, région 53), plus an expired one and a draft that must never show.
import type { OfferType } from '../../../src/domain/offers/offer-vocabulary';
import type { Services } from '../../../src/services';
import type { CommuneStaff, OfferInput } from '../../../src/services/offers/offer-service';
import { createAccount } from '../../support/accounts';

/** What the contact of every fixture offer says: none of it may leave through the public data. */
export const PRIVATE_CONTACT = {
  name: 'Jeanne Confidentielle',
  email: 'jeanne.confidentielle@mairie.example',
  phone: '03 84 12 34 56',
};
export const PRIVATE_REFERENT = 'Mme Régine Référente';

export const offerInput = (
  title: string,
  details: Record<string, unknown>,
  extra: Partial<OfferInput> = {},
) => ({
  title,
  description: 'Une description assez longue pour être valide.',
  availableFrom: new Date('2026-01-01'),
  expiresAt: null,
  audiences: ['installation' as const],
  professions: [],
  contact: PRIVATE_CONTACT,
  details,
  ...extra,
});

export const HOUSING = {
  housingKind: 'appartement',
  tenure: 'location',
  rooms: 3,
  surfaceM2: 65,
  price: 650,
};
export const CHILDCARE = {
  structure: 'creche',
  places: 3,
  ageMinMonths: 3,
  ageMaxMonths: 36,
  openingHours: '7 h – 19 h',
};

export async function staffOf(code: string): Promise<CommuneStaff> {
  const account = await createAccount({ role: 'commune', commune: { code, fonction: 'agent' } });
  return { id: account.id, email: account.email, communeCode: code, active: true };
}

/** Publishes the fixture offers; returns the staff of Dole and the ids by name. */
export async function publishMapFixtures(services: Services) {
  const dole = await staffOf('39198');
  const brieuc = await staffOf('22278');
  const publish = async (staff: CommuneStaff, type: OfferType, input: OfferInput) =>
    (await services.offers.create(staff, type, input, { publish: true })).id;
  const ids = {
    doleHousing: await publish(dole, 'logement', offerInput('T3 à Dole', HOUSING)),
    doleChildcare: await publish(
      dole,
      'garde-enfants',
      offerInput('Crèche à Dole', CHILDCARE, { professions: ['sage-femme'] }),
    ),
    doleWelcome: await publish(
      dole,
      'accueil',
      offerInput('Accueil à Dole', { welcomeDay: true, referent: PRIVATE_REFERENT, transport: 'Gare TGV' }),
    ),
    brieucHousing: await publish(
      brieuc,
      'logement',
      offerInput('Maison à Saint-Brieuc', HOUSING, { audiences: ['remplacement'] }),
    ),
    expired: await publish(
      dole,
      'logement',
      offerInput('Offre expirée', HOUSING, { expiresAt: new Date('2026-02-01') }),
    ),
    draft: (
      await services.offers.create(
        dole,
        'local-professionnel',
        offerInput('Brouillon', { premisesKind: 'cabinet', surfaceM2: 20, rent: 0 }),
      )
    ).id,
  };
  return { dole, brieuc, ids };
}
