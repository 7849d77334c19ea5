// The first moderators, created from the command line (`npm run create-admin`): there is no default
// account and no default password; every later account goes through sign-up and moderation.
import type { AccountDeps, Outcome } from './account-deps';
import { type VerifiedAccountRefusal, createVerifiedAccount } from './verified-accounts';

export interface AdministratorInput {
  email: string;
  name: string;
  /** Already checked against the password policy by the caller. */
  password: string;
}

/** Who the audit trail names for an account created on the server's command line. */
const COMMAND_LINE_ACTOR = { id: null, label: 'ligne de commande (create-admin)' };

/** Creates an active, verified `moderateur` account; an address that already has an account is refused. */
export function createAdministrator(
  deps: Pick<AccountDeps, 'hasher' | 'audit'>,
  input: AdministratorInput,
): Promise<Outcome<{ id: string; email: string }, VerifiedAccountRefusal>> {
  return createVerifiedAccount(deps, { ...input, role: 'moderateur' }, COMMAND_LINE_ACTOR);
}
