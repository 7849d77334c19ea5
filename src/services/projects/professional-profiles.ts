// A professional's profile: profession, status, and whether communes may see their projects.
import { Types } from 'mongoose';
import { UserModel } from '../../models/user';
import { type AccountUser, toProfessionalProfile } from '../accounts/account-user';
import type { AuditLog } from '../audit/audit-log';

export type ProfessionalProfileInput = NonNullable<AccountUser['professional']>;

export function createProfessionalProfiles(audit: AuditLog) {
  return {
    async save(user: Pick<AccountUser, 'id' | 'email'>, input: ProfessionalProfileInput): Promise<void> {
      await UserModel.updateOne({ _id: user.id, role: 'professionnel' }, { $set: { professional: input } });
      await audit.record({
        actor: { id: new Types.ObjectId(user.id), label: user.email },
        action: 'professionnel.profil-modifie',
        target: { type: 'compte', id: user.id, label: user.email },
        details: input.shareAnonymised
          ? 'projets visibles des communes (anonymisés)'
          : 'projets non visibles',
      });
    },

    /** The profiles of several owners, for the commune side (by `_id`: indexed on every server). */
    async ofOwners(ownerIds: readonly string[]): Promise<Map<string, ProfessionalProfileInput>> {
      const profiles = new Map<string, ProfessionalProfileInput>();
      for (const id of new Set(ownerIds)) {
        const user = await UserModel.findById(id).lean();
        const profile = user?.status === 'actif' ? toProfessionalProfile(user.professional) : null;
        if (profile) profiles.set(id, profile);
      }
      return profiles;
    },
  };
}

export type ProfessionalProfiles = ReturnType<typeof createProfessionalProfiles>;
