// The demo accounts that are neither communes nor professionals: partners, a moderator, and a few
// sign-ups waiting in the moderation queue. Demo data never goes to production (see seed-demo).
import type { VerifiedAccountInput } from '../accounts/verified-accounts';
import { DEMO_DOMAIN } from './demo-professionals';

/** Known to every reader of the README: demo data never goes to production. */
export const DEMO_PASSWORD = 'demonstration accueil sante';

export interface DemoAccount {
  input: Omit<VerifiedAccountInput, 'password'>;
  /** How the printed list and the login page describe it. */
  what: string;
}

export const DEMO_PARTNERS: DemoAccount[] = [
  {
    input: {
      email: `ars-bfc@${DEMO_DOMAIN}`,
      name: 'ARS Bourgogne-Franche-Comté (démo)',
      role: 'partenaire',
      partner: {
        type: 'ars',
        nom: 'ARS Bourgogne-Franche-Comté',
        territoire: { niveau: 'region', code: '27' },
      },
    },
    what: 'partenaire, région Bourgogne-Franche-Comté',
  },
  {
    input: {
      email: `ars-bretagne@${DEMO_DOMAIN}`,
      name: 'ARS Bretagne (démo)',
      role: 'partenaire',
      partner: { type: 'ars', nom: 'ARS Bretagne', territoire: { niveau: 'region', code: '53' } },
    },
    what: 'partenaire, région Bretagne',
  },
];

export const DEMO_MODERATOR: DemoAccount = {
  input: { email: `moderation@${DEMO_DOMAIN}`, name: 'Dominique Modération (démo)', role: 'moderateur' },
  what: 'modérateur(trice)',
};

/** Sign-ups a moderator has to decide on: communes by their label, partners as they are. */
export const DEMO_PENDING: (DemoAccount & { communeLabel?: string })[] = [
  {
    input: { email: `mairie.arbois@${DEMO_DOMAIN}`, name: 'Claire Vuillemin', role: 'commune' },
    communeLabel: 'Arbois (39)',
    what: 'commune d’Arbois (39), en attente de validation',
  },
  {
    input: { email: `mairie.quintin@${DEMO_DOMAIN}`, name: 'Yann Le Bihan', role: 'commune' },
    communeLabel: 'Quintin (22)',
    what: 'commune de Quintin (22), en attente de validation',
  },
  {
    input: {
      email: `cpam-jura@${DEMO_DOMAIN}`,
      name: 'Service d’accompagnement à l’installation, CPAM du Jura',
      role: 'partenaire',
      partner: {
        type: 'assurance-maladie',
        nom: 'CPAM du Jura',
        territoire: { niveau: 'departement', code: '39' },
      },
    },
    what: 'partenaire, CPAM du Jura, en attente de validation',
  },
  {
    input: {
      email: `urps-bretagne@${DEMO_DOMAIN}`,
      name: 'URPS Médecins libéraux de Bretagne',
      role: 'partenaire',
      partner: {
        type: 'urps',
        nom: 'URPS Médecins libéraux de Bretagne',
        territoire: { niveau: 'region', code: '53' },
      },
    },
    what: 'partenaire, URPS de Bretagne, en attente de validation',
  },
];
