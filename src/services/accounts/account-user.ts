// The account as the rest of the application sees it (never with its password hash).
import type {
  AccountStatus,
  CommuneFunction,
  PartnerType,
  Role,
  TerritoryLevel,
} from '../../domain/accounts/roles';
import type { ProjectStatus } from '../../domain/matching/types';
import type { PracticeMode } from '../../domain/professionals/professional-profile';
import type { Profession } from '../../domain/professions';
import type { UserDocument } from '../../models/user';

export interface AccountUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  status: AccountStatus;
  credentialsVersion: number;
  commune: { code: string; fonction: CommuneFunction } | null;
  partner: { type: PartnerType; nom: string; territoire: { niveau: TerritoryLevel; code: string } } | null;
  professional: {
    profession: Profession;
    specialty: string;
    rpps: string;
    practiceMode: PracticeMode;
    status: ProjectStatus;
    shareAnonymised: boolean;
  } | null;
  createdAt: Date;
}

export function toAccountUser(user: UserDocument): AccountUser {
  return {
    id: String(user._id),
    email: user.email,
    name: user.name,
    role: user.role,
    status: user.status,
    credentialsVersion: user.credentialsVersion ?? 1,
    commune: user.commune ? { code: user.commune.code, fonction: user.commune.fonction } : null,
    partner: user.partner
      ? {
          type: user.partner.type,
          nom: user.partner.nom,
          territoire: { niveau: user.partner.territoire.niveau, code: user.partner.territoire.code },
        }
      : null,
    professional: toProfessionalProfile(user.professional),
    createdAt: user.createdAt,
  };
}

/** The professional profile part of an account, or null. */
export function toProfessionalProfile(stored: UserDocument['professional']): AccountUser['professional'] {
  if (!stored) return null;
  return {
    profession: stored.profession,
    specialty: stored.specialty ?? '',
    rpps: stored.rpps ?? '',
    practiceMode: stored.practiceMode,
    status: stored.status,
    shareAnonymised: stored.shareAnonymised ?? false,
  };
}

/** Identity for the audit trail. */
export const actorOf = (user: Pick<AccountUser, 'id' | 'email'>) => ({ id: user.id, label: user.email });
