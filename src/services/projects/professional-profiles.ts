// A professional's profile: profession, status, and whether communes may see their projects.
import { Types } from 'mongoose';
import { UserModel } from '../../models/user';
import { type AccountUser, toProfessionalProfile } from '../accounts/account-user';
import type { AuditLog } from '../audit/audit-log';
import { operators } from '../../db/trusted-operators';

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

    /**
     * The profiles of those owners whose account is active and who opted in to show their projects
     * to communes, by owner id: one query, whatever the number of owners.
     */
    async sharedBy(ownerIds: readonly string[]): Promise<Map<string, ProfessionalProfileInput>> {
      const profiles = new Map<string, ProfessionalProfileInput>();
      const ids = [...new Set(ownerIds)].filter((id) => Types.ObjectId.isValid(id));
      if (ids.length === 0) return profiles;
      const owners = await UserModel.find(
        {
          _id: operators({ $in: ids }),
          role: 'professionnel',
          status: 'actif',
          'professional.shareAnonymised': true,
        },
        { professional: 1 },
      ).lean();
      for (const owner of owners) {
        const profile = toProfessionalProfile(owner.professional);
        if (profile?.shareAnonymised) profiles.set(String(owner._id), profile);
      }
      return profiles;
    },
  };
}

export type ProfessionalProfiles = ReturnType<typeof createProfessionalProfiles>;
