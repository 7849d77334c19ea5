// One-click demo logins (outside production only: the web layer mounts the route then): one demo
// account per role, as the seed creates them. Only those accounts, only while active; each login
// goes to the journal as any other.
import type { Role } from '../../domain/accounts/roles';
import { UserModel } from '../../models/user';
import { UserEmailModel } from '../../models/user-email';
import { type AccountUser, toAccountUser } from '../accounts/account-user';
import type { AuditLog } from '../audit/audit-log';
import { DEMO_DOMAIN } from './demo-professionals';

export interface DemoRoleAccount {
  role: Role;
  email: string;
  /** Who one enters as, for the login page's buttons (« Entrer comme … »). */
  label: string;
  what: string;
}

export const DEMO_ROLE_ACCOUNTS: readonly DemoRoleAccount[] = [
  {
    role: 'professionnel',
    email: `professionnel@${DEMO_DOMAIN}`,
    label: 'professionnel(le) de santé',
    what: 'Camille, médecin généraliste : deux projets d’installation, leurs communes classées, ses échanges et le point d’étape à 6 mois de son installation confirmée.',
  },
  {
    role: 'commune',
    email: `mairie.dole@${DEMO_DOMAIN}`,
    label: 'commune',
    what: 'La mairie de Dole (Jura) : ses offres, les projets compatibles et ses messages.',
  },
  {
    role: 'partenaire',
    email: `ars-bfc@${DEMO_DOMAIN}`,
    label: 'partenaire',
    what: 'L’ARS Bourgogne-Franche-Comté : le tableau de bord de la région et le zonage.',
  },
  {
    role: 'moderateur',
    email: `moderation@${DEMO_DOMAIN}`,
    label: 'modérateur(trice)',
    what: 'Les inscriptions de communes et de partenaires à valider, le journal.',
  },
];

export function createDemoSignIn(audit: AuditLog) {
  const activeAccount = async (role: Role) => {
    const demo = DEMO_ROLE_ACCOUNTS.find((account) => account.role === role);
    const key = demo && (await UserEmailModel.findById(demo.email).lean());
    const user = key && (await UserModel.findById(key.userId).lean());
    return user && user.role === role && user.status === 'actif' ? user : undefined;
  };

  return {
    /** The demo accounts that exist and are active (the seed may not have run). */
    async available(): Promise<DemoRoleAccount[]> {
      const found = await Promise.all(DEMO_ROLE_ACCOUNTS.map((account) => activeAccount(account.role)));
      return DEMO_ROLE_ACCOUNTS.filter((_, index) => found[index]);
    },

    /** The role's demo account, signed in; undefined if it does not exist or is not active. */
    async signIn(role: Role): Promise<AccountUser | undefined> {
      const user = await activeAccount(role);
      if (!user) return undefined;
      await UserModel.updateOne({ _id: user._id }, { $set: { lastLoginAt: new Date() } });
      await audit.record({
        actor: { id: user._id, label: user.email },
        action: 'connexion.reussie',
        target: { type: 'compte', id: String(user._id), label: user.email },
        details: 'compte de démonstration (connexion en un clic)',
      });
      return toAccountUser(user);
    },
  };
}

export type DemoSignIn = ReturnType<typeof createDemoSignIn>;
