// A professional's profile: profession, status, and whether communes may see their projects.
import { Types } from 'mongoose';
import { UserModel } from '../../models/user';
import type { AccountUser } from '../accounts/account-user';
import type { AccountDirectory } from '../accounts/account-directory';
import type { AuditLog } from '../audit/audit-log';

export type ProfessionalProfileInput = NonNullable<AccountUser['professional']>;

export function createProfessionalProfiles(
  audit: AuditLog,
  directory: Pick<AccountDirectory, 'sharedProfilesOf'>,
) {
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
     * to communes, by owner id: from the account directory in memory (no scan of the accounts).
     */
    sharedBy: (ownerIds: readonly string[]): Promise<Map<string, ProfessionalProfileInput>> =>
      directory.sharedProfilesOf([...new Set(ownerIds)]),
  };
}

export type ProfessionalProfiles = ReturnType<typeof createProfessionalProfiles>;
