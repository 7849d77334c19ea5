// The accounts as page views need them, in memory: a commune's validated staff (who receives its
// messages, who a conversation may be assigned to), the active professionals' profiles (the
// partner dashboard, the communes' « Projets compatibles ») and every account as the moderators
// list and search them. On the embedded database a query on anything but `_id` reads every account:
// no page view does. Kept in step by the accounts' write signals, this instance's and the other
// instances' (the change journal's `users` entries), and by the registry's reconciliation. Holds no
// secret (no password hash, no token); the e-mail address is kept for the moderators' search.
// Bound: one entry per account.
import type { AccountStatus } from '../../domain/accounts/roles';
import { type UserDocument, UserModel } from '../../models/user';
import { ReadModel } from '../read-models/read-model';
import type { KeptCollection } from '../read-models/registry';
import { type AccountUser, toAccountUser } from './account-user';

export interface DirectoryEntry extends AccountUser {
  active: boolean;
  communeCode: string | null;
}

const toEntry = (stored: UserDocument): DirectoryEntry => {
  const account = toAccountUser(stored);
  return { ...account, active: account.status === 'actif', communeCode: account.commune?.code ?? null };
};

/** The account without the directory's own indexing fields. */
const accountOf = ({ active: _active, communeCode: _communeCode, ...account }: DirectoryEntry): AccountUser =>
  account;

/** What the moderators' list of accounts is narrowed to. */
export interface AccountFilter {
  status?: AccountStatus;
  role?: AccountUser['role'];
  query?: string;
}

const FRENCH = new Intl.Collator('fr');

export class AccountDirectory extends ReadModel<DirectoryEntry, 'commune' | 'role' | 'status'> {
  constructor() {
    super({
      name: 'account-directory',
      model: UserModel as never,
      select: {
        email: 1,
        name: 1,
        role: 1,
        status: 1,
        credentialsVersion: 1,
        commune: 1,
        partner: 1,
        professional: 1,
        createdAt: 1,
      },
      toView: toEntry,
      idOf: (entry) => entry.id,
      keys: {
        commune: (entry) => entry.communeCode ?? '',
        role: (entry) => entry.role,
        status: (entry) => entry.status,
      },
    });
  }

  /** Re-reads of accounts written in this process, not finished yet. */
  private readonly pending = new Set<Promise<void>>();

  /** Follows every write of an account, whoever made it (see KeptCollection). */
  follow(accounts: Pick<KeptCollection, 'listen'>): () => void {
    return accounts.listen((id) => {
      const reread = (id === undefined ? this.reconcile() : this.reload([id])).catch(() => undefined);
      this.pending.add(reread);
      void reread.finally(() => this.pending.delete(reread));
    });
  }

  /** Resolves once this process's own writes are in (a page shows what its request just wrote). */
  async settled(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }

  /** A commune's validated staff, by name. */
  async activeStaffOf(communeCode: string): Promise<{ id: string; name: string }[]> {
    await this.settled();
    return this.list('commune', communeCode)
      .filter((entry) => entry.role === 'commune' && entry.active)
      .map((entry) => ({ id: entry.id, name: entry.name }))
      .sort((a, b) => FRENCH.compare(a.name, b.name));
  }

  /** The profiles of those of `ids` who are active professionals showing their projects to communes, by id. */
  async sharedProfilesOf(
    ids: readonly string[],
  ): Promise<Map<string, NonNullable<AccountUser['professional']>>> {
    await this.settled();
    const profiles = new Map<string, NonNullable<AccountUser['professional']>>();
    for (const id of ids) {
      const entry = this.get(id);
      if (entry?.role === 'professionnel' && entry.active && entry.professional?.shareAnonymised)
        profiles.set(id, entry.professional);
    }
    return profiles;
  }

  /** Every active professional's profile, by account id. */
  async activeProfessionals(): Promise<Map<string, NonNullable<AccountUser['professional']>>> {
    await this.settled();
    const profiles = new Map<string, NonNullable<AccountUser['professional']>>();
    for (const entry of this.list('role', 'professionnel'))
      if (entry.active && entry.professional) profiles.set(entry.id, entry.professional);
    return profiles;
  }

  /** Accounts waiting for a moderator's decision, oldest first. */
  async awaitingDecision(): Promise<AccountUser[]> {
    await this.settled();
    return this.list('status', 'en-attente')
      .map(accountOf)
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  }

  /** Every account matching the filter (text: in the name or the e-mail address), newest first. */
  async matching(filter: AccountFilter): Promise<AccountUser[]> {
    await this.settled();
    const query = filter.query?.toLowerCase();
    const candidates = filter.status ? this.list('status', filter.status) : [...this.all()];
    return candidates
      .filter(
        (entry) =>
          (!filter.role || entry.role === filter.role) &&
          (!query || entry.email.includes(query) || entry.name.toLowerCase().includes(query)),
      )
      .map(accountOf)
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  }
}
