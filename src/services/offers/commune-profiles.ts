// A commune's own presentation, edited by its staff; read by `_id` (its INSEE code).
import { Types } from 'mongoose';
import { CommuneProfileModel } from '../../models/commune-profile';
import type { AuditLog } from '../audit/audit-log';
import { ReadModel } from '../read-models/read-model';
import type { CommuneStaff } from './offer-service';

export interface CommuneProfileInput {
  presentation: string;
  strengths: { schools: string; transport: string; shops: string; culture: string };
  healthNeed: string;
  contact: { name: string; email: string; phone: string };
}

export interface CommuneProfile extends CommuneProfileInput {
  revision: number;
  updatedAt: Date | null;
}

const EMPTY: CommuneProfile = {
  presentation: '',
  strengths: { schools: '', transport: '', shops: '', culture: '' },
  healthNeed: '',
  contact: { name: '', email: '', phone: '' },
  revision: 0,
  updatedAt: null,
};

interface CommuneNeed {
  communeCode: string;
  need: string;
}

/**
 * Each commune's stated health need, in memory: the matching engine reads it for every candidate
 * commune of every search. Updated by every save of this service.
 */
export class CommuneNeeds extends ReadModel<CommuneNeed> {
  constructor() {
    super({
      name: 'commune_profiles',
      model: CommuneProfileModel as never,
      select: { healthNeed: 1 },
      toView: (stored: { _id: string; healthNeed?: string | null }) =>
        stored.healthNeed?.trim() ? { communeCode: stored._id, need: stored.healthNeed } : undefined,
      idOf: (need) => need.communeCode,
    });
  }

  of(communeCode: string): string {
    return this.get(communeCode)?.need ?? '';
  }

  set(communeCode: string, need: string): void {
    if (need.trim()) this.put({ communeCode, need });
    else this.remove(communeCode);
  }
}

export type ProfileSaveResult =
  { ok: true; profile: CommuneProfile } | { ok: false; current: CommuneProfile };

export function createCommuneProfiles(audit: AuditLog, needs: CommuneNeeds) {
  const get = async (communeCode: string): Promise<CommuneProfile> => {
    const stored = await CommuneProfileModel.findById(communeCode).lean();
    if (!stored) return EMPTY;
    return {
      presentation: stored.presentation ?? '',
      strengths: {
        schools: stored.strengths?.schools ?? '',
        transport: stored.strengths?.transport ?? '',
        shops: stored.strengths?.shops ?? '',
        culture: stored.strengths?.culture ?? '',
      },
      healthNeed: stored.healthNeed ?? '',
      contact: {
        name: stored.contact?.name ?? '',
        email: stored.contact?.email ?? '',
        phone: stored.contact?.phone ?? '',
      },
      revision: stored.revision,
      updatedAt: stored.updatedAt ?? null,
    };
  };

  return {
    get,

    /** Saves if nobody saved since `expectedRevision` (0: the profile did not exist yet). */
    async save(
      staff: CommuneStaff,
      expectedRevision: number,
      input: CommuneProfileInput,
    ): Promise<ProfileSaveResult> {
      const changes = { ...input, updatedBy: new Types.ObjectId(staff.id) };
      let saved = false;
      if (expectedRevision === 0) {
        try {
          await CommuneProfileModel.create({ _id: staff.communeCode, ...changes, revision: 1 });
          saved = true;
        } catch (error) {
          if ((error as { code?: number }).code !== 11000) throw error;
        }
      } else {
        const updated = await CommuneProfileModel.updateOne(
          { _id: staff.communeCode, revision: expectedRevision },
          { $set: changes, $inc: { revision: 1 } },
        );
        saved = updated.modifiedCount === 1;
      }
      const profile = await get(staff.communeCode);
      if (!saved) return { ok: false, current: profile };
      needs.set(staff.communeCode, profile.healthNeed);
      await audit.record({
        actor: { id: new Types.ObjectId(staff.id), label: staff.email },
        action: 'commune.profil-modifie',
        target: { type: 'commune', id: staff.communeCode },
      });
      return { ok: true, profile };
    },
  };
}

export type CommuneProfiles = ReturnType<typeof createCommuneProfiles>;
