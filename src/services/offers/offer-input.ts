// What a commune staff member fills in for an offer (its type and commune are set apart).
import type { Audience } from '../../domain/offers/offer-vocabulary';
import type { Profession } from '../../domain/professions';

export interface OfferInput {
  title: string;
  description: string;
  availableFrom: Date;
  expiresAt: Date | null;
  audiences: Audience[];
  professions: Profession[];
  contact: { name: string; email: string; phone: string };
  details: Record<string, unknown>;
}
