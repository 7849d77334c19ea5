// Use cases of a commune's offers. Every method takes the acting staff member and checks that the
// offer belongs to their commune (another commune's offer is "not found": ids reveal nothing).
import { Types } from 'mongoose';
import { mayHandleOffer } from '../../domain/offers/offer-ownership';
import { type OfferAction, PUBLISHING_ACTIONS, offerStatusAfter } from '../../domain/offers/offer-lifecycle';
import type { OfferStatus, OfferType } from '../../domain/offers/offer-vocabulary';
import { OfferModel } from '../../models/offer';
import type { AuditLog } from '../audit/audit-log';
import type { OfferReadModel } from './offer-read-model';
import type { OfferInput } from './offer-input';
import { type OfferView, toOfferView } from './offer-view';

export type { OfferInput } from './offer-input';

/** The staff member acting, and the commune they act for. */
export interface CommuneStaff {
  id: string;
  email: string;
  communeCode: string;
  /** Validated by a moderator: only then may they publish. */
  active: boolean;
}

/** Why a write on an offer was refused. */
export type OfferRefusal =
  /** Not an offer this staff member may handle (another commune's is "not found" too). */
  | 'not-found'
  /** Saved by someone else since it was read: `current` is the offer as it now is. */
  | 'conflict'
  /** Publishing needs an account validated by a moderator. */
  | 'not-allowed'
  /** The action does not apply to the offer's current status. */
  | 'not-applicable';

export type OfferWriteResult =
  | { ok: true; offer: OfferView }
  | { ok: false; reason: Exclude<OfferRefusal, 'conflict'> }
  | { ok: false; reason: 'conflict'; current: OfferView };

export interface OfferFilter {
  type?: OfferType;
  status?: OfferStatus;
}

export interface OfferServiceHooks {
  /** Called (without waiting) after an offer became published: the alerts evaluate it. */
  onPublished?: (offer: OfferView) => void;
}

export function createOfferService(
  readModel: OfferReadModel,
  audit: AuditLog,
  hooks: OfferServiceHooks = {},
) {
  const owned = (staff: CommuneStaff, id: string): OfferView | undefined => {
    const offer = readModel.get(id);
    return offer && mayHandleOffer(staff, offer) ? offer : undefined;
  };

  const record = (staff: CommuneStaff, action: string, offer: OfferView, details = '') =>
    audit.record({
      actor: { id: new Types.ObjectId(staff.id), label: staff.email },
      action,
      target: { type: 'offre', id: offer.id, label: `${offer.commune} – ${offer.title}` },
      details,
    });

  /** Compare-and-set on the revision, then refresh the read model from what was stored. */
  const writeIfCurrent = async (
    staff: CommuneStaff,
    current: OfferView,
    expectedRevision: number,
    changes: Record<string, unknown>,
  ): Promise<OfferWriteResult> => {
    const stored = await OfferModel.findOneAndUpdate(
      { _id: current.id, revision: expectedRevision },
      { $set: { ...changes, updatedBy: new Types.ObjectId(staff.id) }, $inc: { revision: 1 } },
      { returnDocument: 'after' },
    ).lean();
    if (!stored) {
      const latest = await OfferModel.findById(current.id).lean();
      if (!latest) return { ok: false, reason: 'not-found' };
      readModel.refresh(toOfferView(latest));
      return { ok: false, reason: 'conflict', current: toOfferView(latest) };
    }
    const offer = toOfferView(stored);
    readModel.put(offer);
    return { ok: true, offer };
  };

  return {
    get: (id: string): OfferView | undefined => readModel.get(id),

    /** One of their commune's offers the staff member may handle (a pending one: their drafts only). */
    getOwned: (staff: CommuneStaff, id: string): OfferView | undefined => owned(staff, id),

    ofCommune(communeCode: string, filter: OfferFilter = {}): OfferView[] {
      return readModel
        .ofCommune(communeCode)
        .filter(
          (offer) =>
            (!filter.type || offer.type === filter.type) &&
            (!filter.status || offer.status === filter.status),
        )
        .sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime());
    },

    /** "Mes offres": the commune's offers this staff member may handle, newest change first. */
    handledBy(staff: CommuneStaff, filter: OfferFilter = {}): OfferView[] {
      return this.ofCommune(staff.communeCode, filter).filter((offer) => mayHandleOffer(staff, offer));
    },

    /** A new draft, or a published offer straight away when `publish` (active accounts only). */
    async create(
      staff: CommuneStaff,
      type: OfferType,
      input: OfferInput,
      options: { publish?: boolean } = {},
    ): Promise<OfferView> {
      const publish = options.publish === true && staff.active;
      const stored = await OfferModel.create({
        ...input,
        commune: staff.communeCode,
        type,
        status: publish ? 'publiee' : 'brouillon',
        publishedAt: publish ? new Date() : null,
        revision: 1,
        createdBy: new Types.ObjectId(staff.id),
        updatedBy: new Types.ObjectId(staff.id),
      });
      const offer = toOfferView(stored.toObject());
      readModel.put(offer);
      await record(staff, publish ? 'offre.creee-publiee' : 'offre.creee', offer, type);
      if (publish) hooks.onPublished?.(offer);
      return offer;
    },

    async update(
      staff: CommuneStaff,
      id: string,
      expectedRevision: number,
      input: OfferInput,
    ): Promise<OfferWriteResult> {
      const current = owned(staff, id);
      if (!current) return { ok: false, reason: 'not-found' };
      const result = await writeIfCurrent(staff, current, expectedRevision, { ...input });
      if (result.ok) await record(staff, 'offre.modifiee', result.offer);
      return result;
    },

    async duplicate(staff: CommuneStaff, id: string): Promise<OfferWriteResult> {
      const source = owned(staff, id);
      if (!source) return { ok: false, reason: 'not-found' };
      const copy = await this.create(staff, source.type, {
        title: `${source.title} (copie)`.slice(0, 120),
        description: source.description,
        availableFrom: source.availableFrom,
        expiresAt: source.expiresAt,
        audiences: source.audiences,
        professions: source.professions,
        contact: source.contact,
        details: source.details,
      });
      return { ok: true, offer: copy };
    },

    async transition(
      staff: CommuneStaff,
      id: string,
      action: OfferAction,
      expectedRevision: number,
    ): Promise<OfferWriteResult> {
      const current = owned(staff, id);
      if (!current) return { ok: false, reason: 'not-found' };
      if (PUBLISHING_ACTIONS.has(action) && !staff.active) return { ok: false, reason: 'not-allowed' };
      const next = offerStatusAfter(action, current.status);
      if (!next) return { ok: false, reason: 'not-applicable' };
      const changes: Record<string, unknown> = { status: next };
      if (next === 'publiee') changes.publishedAt = new Date();
      const result = await writeIfCurrent(staff, current, expectedRevision, changes);
      if (result.ok) await record(staff, `offre.${action}`, result.offer);
      if (result.ok && next === 'publiee') hooks.onPublished?.(result.offer);
      return result;
    },
  };
}

export type OfferService = ReturnType<typeof createOfferService>;
