// Accounts created already verified, outside sign-up: the first administrators
// (`npm run create-admin`) and the demo accounts (active, or waiting for a moderator).
import { Types } from 'mongoose';
import { normaliseEmail } from '../../domain/accounts/email-address';
import type { CommuneFunction, PartnerType, Role, TerritoryLevel } from '../../domain/accounts/roles';
import { UserModel } from '../../models/user';
import { UserEmailModel } from '../../models/user-email';
import type { Actor } from '../audit/audit-log';
import type { AccountDeps, Outcome } from './account-deps';
import { claimEmail } from './credentials';

export interface VerifiedAccountInput {
  email: string;
  name: string;
  /** Already checked against the password policy by the caller. */
  password: string;
  role: Role;
  commune?: { code: string; fonction: CommuneFunction };
  partner?: { type: PartnerType; nom: string; territoire: { niveau: TerritoryLevel; code: string } };
  /** 'en-attente': a commune or partner account waiting for a moderator, as after sign-up. */
  status?: 'actif' | 'en-attente';
}

/** Why a verified account was not created: its address already has an account. */
export type VerifiedAccountRefusal = 'email-taken';

/**
 * Creates a verified account, active unless `input.status` says otherwise. The e-mail key is claimed first, as at sign-up, so that an
 * address that already has an account is refused even under concurrency.
 */
export async function createVerifiedAccount(
  deps: Pick<AccountDeps, 'hasher' | 'audit'>,
  input: VerifiedAccountInput,
  actor: Actor,
): Promise<Outcome<{ id: string; email: string }, VerifiedAccountRefusal>> {
  const email = normaliseEmail(input.email);
  const id = new Types.ObjectId();
  if (!(await claimEmail(email, id))) return { ok: false, reason: 'email-taken' };
  try {
    await UserModel.create({
      _id: id,
      email,
      name: input.name.trim(),
      role: input.role,
      status: input.status ?? 'actif',
      passwordHash: await deps.hasher.hash(input.password),
      emailVerifiedAt: new Date(),
      commune: input.commune,
      partner: input.partner,
    });
  } catch (error) {
    // Give the address back, so that a second attempt is possible.
    await UserEmailModel.deleteOne({ _id: email, userId: id });
    throw error;
  }
  await deps.audit.record({
    actor,
    action:
      input.role === 'moderateur'
        ? 'compte.administrateur-cree'
        : input.status === 'en-attente'
          ? 'compte.inscription'
          : 'compte.cree-actif',
    target: { type: 'compte', id: String(id), label: email },
    details: input.role,
  });
  return { ok: true, value: { id: String(id), email } };
}
