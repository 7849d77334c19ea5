// An offer as pages and the read model use it.
import type { Audience, OfferStatus, OfferType } from '../../domain/offers/offer-vocabulary';
import type { OfferInput } from './offer-input';
import type { Profession } from '../../domain/professions';
import type { OfferDocument } from '../../models/offer';

export interface OfferView extends OfferInput {
  id: string;
  commune: string;
  type: OfferType;
  status: OfferStatus;
  revision: number;
  createdAt: Date;
  updatedAt: Date;
  publishedAt: Date | null;
  /** The staff member who wrote it (null for imported or seeded offers). */
  createdBy: string | null;
}

export function toOfferView(offer: OfferDocument): OfferView {
  return {
    id: String(offer._id),
    commune: offer.commune,
    type: offer.type,
    title: offer.title,
    description: offer.description,
    status: offer.status,
    availableFrom: offer.availableFrom,
    expiresAt: offer.expiresAt ?? null,
    audiences: offer.audiences as Audience[],
    professions: offer.professions as Profession[],
    contact: { name: offer.contact.name, email: offer.contact.email ?? '', phone: offer.contact.phone ?? '' },
    details: (offer.details ?? {}) as Record<string, unknown>,
    revision: offer.revision,
    createdAt: offer.createdAt,
    updatedAt: offer.updatedAt,
    publishedAt: offer.publishedAt ?? null,
    createdBy: offer.createdBy ? String(offer.createdBy) : null,
  };
}
