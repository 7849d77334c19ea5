// The accounts as page views need them, in memory: a commune's validated staff (who receives its
// messages, who a conversation may be assigned to) and the active professionals' profiles (the
// partner dashboard, the communes' « Projets compatibles »). On the embedded database a query on anything but `_id` reads every account:
// no page view does. Kept in step by the accounts' write signals, this instance's and the other
// instances' (the change journal's `users` entries), and by the registry's reconciliation. Holds no
// secret: neither password hash nor e-mail address.
import type { Role } from '../../domain/accounts/roles';
import { type UserDocument, UserModel } from '../../models/user';
import { ReadModel } from '../read-models/read-model';
import type { KeptCollection } from '../read-models/registry';
import { type AccountUser, toProfessionalProfile } from './account-user';

export interface DirectoryEntry {
  id: string;
  role: Role;
  name: string;
  active: boolean;
  communeCode: string | null;
  professional: AccountUser['professional'];
}

const toEntry = (stored: UserDocument & { _id: unknown }): DirectoryEntry => ({
  id: String(stored._id),
  role: stored.role,
  name: stored.name,
  active: stored.status === 'actif',
  communeCode: stored.commune?.code ?? null,
  professional: toProfessionalProfile(stored.professional),
});

const FRENCH = new Intl.Collator('fr');

export class AccountDirectory extends ReadModel<DirectoryEntry, 'commune' | 'role'> {
  constructor() {
    super({
      name: 'account-directory',
      model: UserModel as never,
      select: { role: 1, name: 1, status: 1, commune: 1, professional: 1 },
      toView: toEntry,
      idOf: (entry) => entry.id,
      keys: { commune: (entry) => entry.communeCode ?? '', role: (entry) => entry.role },
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
}
