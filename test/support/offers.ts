// Offers as tests write them: valid inputs for the offer service, one builder per type with details
// a test overrides only where it is about them, and the staff member who acts for a commune.
import type { CommuneFunction } from '../../src/domain/accounts/roles';
import type { CommuneStaff, OfferInput } from '../../src/services/offers/offer-service';
import { createAccount } from './accounts';

type Details = Record<string, unknown>;

/** Any offer: available since 1 January 2026, for installations, no expiry, every profession. */
export const offerInput = (title: string, details: Details, extra: Partial<OfferInput> = {}): OfferInput => ({
  title,
  description: 'Réservé aux professionnels de santé qui s’installent.',
  availableFrom: new Date('2026-01-01'),
  expiresAt: null,
  audiences: ['installation'],
  professions: [],
  contact: { name: 'Mairie', email: 'accueil@mairie.example', phone: '' },
  details,
  ...extra,
});

/** A three-room flat to rent, 65 m², 650 € a month. */
export const HOUSING: Details = {
  housingKind: 'appartement',
  tenure: 'location',
  rooms: 3,
  surfaceM2: 65,
  price: 650,
};
/** A family house to rent, 90 m², not furnished, accessible; rooms and rent vary by test. */
export const houseOffer = (title: string, rooms = 4, price = 800, extra: Partial<OfferInput> = {}) =>
  offerInput(
    title,
    {
      housingKind: 'maison',
      tenure: 'location',
      rooms,
      surfaceM2: 90,
      price,
      monthsFree: 0,
      furnished: false,
      accessible: true,
      shortStays: false,
    },
    extra,
  );
/** A welcome day, nothing else. */
export const welcomeOffer = (title: string, extra: Partial<OfferInput> = {}) =>
  offerInput(title, { welcomeDay: true, referent: '', transport: '', other: '' }, extra);
/** Three crèche places from 3 months to 3 years. */
export const CHILDCARE: Details = {
  structure: 'creche',
  places: 3,
  ageMinMonths: 3,
  ageMaxMonths: 36,
  openingHours: '7 h – 19 h',
};
/** 10,000 € against three years of practice. */
export const AID: Details = {
  amountEur: 10000,
  commitmentMonths: 36,
  conditions: 'S’installer pour trois ans.',
};

export const housingOffer = (title: string, details: Details = {}, extra: Partial<OfferInput> = {}) =>
  offerInput(title, { ...HOUSING, ...details }, extra);
export const childcareOffer = (title: string, details: Details = {}, extra: Partial<OfferInput> = {}) =>
  offerInput(title, { ...CHILDCARE, ...details }, extra);
export const aidOffer = (title: string, details: Details = {}, extra: Partial<OfferInput> = {}) =>
  offerInput(title, { ...AID, ...details }, extra);

/** A validated (or pending) staff member of the commune, with a real account one can log in with. */
export async function communeStaff(
  code: string,
  options: { active?: boolean; fonction?: CommuneFunction; name?: string } = {},
): Promise<CommuneStaff & { password: string }> {
  const active = options.active ?? true;
  const account = await createAccount({
    role: 'commune',
    status: active ? 'actif' : 'en-attente',
    name: options.name,
    commune: { code, fonction: options.fonction ?? 'agent' },
  });
  return { ...account, communeCode: code, active };
}
