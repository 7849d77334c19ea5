// Demo data (`npm run seed:demo`, and the first start on an empty database outside production):
// validated commune accounts with a profile and coherent published offers, plus one account of
// each other role, and demo professionals' conversations with the communes (see demo-conversations).
// Idempotent: what exists is left alone.
import { toSearchKey } from '../../domain/geo/search-text';
import type { Services } from '..';
import type { PasswordHasher } from '../accounts/password-hasher';
import { createVerifiedAccount } from '../accounts/verified-accounts';
import { UserModel } from '../../models/user';
import { UserEmailModel } from '../../models/user-email';
import { DEMO_COMMUNES } from './demo-communes';
import { type DemoProfessional, MAIN_DEMO_PROFESSIONAL, seedDemoConversations } from './demo-conversations';
import { demoOffersFor } from './demo-offers';
import { seedDemoSchemes } from './demo-schemes';

/** Known to every reader of the README: demo data never goes to production. */
export const DEMO_PASSWORD = 'demonstration accueil sante';
// A reserved top-level domain (RFC 2606): no demo e-mail can reach a real mailbox.
const DEMO_DOMAIN = 'demo.accueil-sante.example';
const SEED_ACTOR = { id: null, label: 'données de démonstration' };

export interface DemoLogin {
  role: string;
  email: string;
  what: string;
}

export interface SeedResult {
  accountsCreated: number;
  offersCreated: number;
  schemesCreated: number;
  conversationsCreated: number;
  logins: DemoLogin[];
}

type SeedServices = Pick<
  Services,
  'communes' | 'offers' | 'communeProfiles' | 'audit' | 'conversations' | 'professionalProfiles' | 'schemes'
>;

export async function seedDemo(
  services: SeedServices,
  hasher: PasswordHasher,
  today = new Date(),
): Promise<SeedResult> {
  const deps = { hasher, audit: services.audit };
  const result: SeedResult = {
    accountsCreated: 0,
    offersCreated: 0,
    schemesCreated: 0,
    conversationsCreated: 0,
    logins: [],
  };
  const staffByCommune = new Map<string, string>();

  const ensureAccount = async (input: Parameters<typeof createVerifiedAccount>[1], what: string) => {
    const existing = await UserEmailModel.findById(input.email).lean();
    result.logins.push({ role: input.role, email: input.email, what });
    if (existing) return String(existing.userId);
    const created = await createVerifiedAccount(deps, input, SEED_ACTOR);
    if (!created.ok) throw new Error(`demo account ${input.email}: ${created.message}`);
    result.accountsCreated += 1;
    return created.value.id;
  };

  for (const demo of DEMO_COMMUNES) {
    const resolved = services.communes.resolve(demo.label);
    if (!('commune' in resolved)) continue;
    const commune = resolved.commune;
    const email = `mairie.${toSearchKey(commune.nom).replace(/ /g, '-')}@${DEMO_DOMAIN}`;
    const id = await ensureAccount(
      {
        email,
        name: `Accueil santé de ${commune.nom}`,
        password: DEMO_PASSWORD,
        role: 'commune',
        commune: { code: commune.code, fonction: 'agent' },
      },
      `commune de ${commune.nom} (${commune.departementCode})`,
    );
    const staff = { id, email, communeCode: commune.code, active: true };
    staffByCommune.set(commune.code, id);
    const profile = await services.communeProfiles.get(commune.code);
    if (profile.revision === 0) {
      await services.communeProfiles.save(staff, 0, {
        presentation: `${commune.nom} accueille les professionnels de santé et leur famille : logement, garde d’enfants, emploi du conjoint, nous vous aidons à vous installer.`,
        strengths: {
          schools: 'Écoles maternelle et élémentaire, collège ; lycée à proximité.',
          transport: 'Gare ou lignes de car vers les villes voisines.',
          shops: 'Commerces de proximité et marché hebdomadaire.',
          culture: 'Médiathèque, associations sportives et culturelles.',
        },
        healthNeed: demo.need,
        contact: { name: `Mairie de ${commune.nom}`, email, phone: '' },
      });
    }
    if (services.offers.ofCommune(commune.code).length > 0) continue;
    for (const offer of demoOffersFor(commune, demo.rentPerM2, today)) {
      await services.offers.create(staff, offer.type, offer.input, { publish: true });
      result.offersCreated += 1;
    }
  }

  /** A demo professional with a profile (so that they can write to communes). */
  const ensureProfessional = async (professional: DemoProfessional, what: string) => {
    const id = await ensureAccount(
      { email: professional.email, name: professional.name, password: DEMO_PASSWORD, role: 'professionnel' },
      what,
    );
    if (!(await UserModel.findById(id).lean())?.professional)
      await services.professionalProfiles.save(
        { id, email: professional.email },
        {
          profession: professional.profession,
          specialty: '',
          rpps: '',
          practiceMode: 'liberal',
          status: professional.status,
          shareAnonymised: false,
        },
      );
    return id;
  };
  const mainProfessional = await ensureProfessional(
    {
      email: `professionnel@${DEMO_DOMAIN}`,
      name: MAIN_DEMO_PROFESSIONAL,
      profession: 'medecin-generaliste',
      status: 'remplacant',
    },
    'médecin généraliste',
  );
  const arsBfc = {
    type: 'ars',
    nom: 'ARS Bourgogne-Franche-Comté',
    territoire: { niveau: 'region', code: '27' },
  } as const;
  const arsBfcId = await ensureAccount(
    {
      email: `ars-bfc@${DEMO_DOMAIN}`,
      name: 'ARS Bourgogne-Franche-Comté (démo)',
      password: DEMO_PASSWORD,
      role: 'partenaire',
      partner: arsBfc,
    },
    'partenaire, région Bourgogne-Franche-Comté',
  );
  result.schemesCreated = await seedDemoSchemes(services.schemes, { id: arsBfcId, partner: arsBfc });
  await ensureAccount(
    {
      email: `ars-bretagne@${DEMO_DOMAIN}`,
      name: 'ARS Bretagne (démo)',
      password: DEMO_PASSWORD,
      role: 'partenaire',
      partner: { type: 'ars', nom: 'ARS Bretagne', territoire: { niveau: 'region', code: '53' } },
    },
    'partenaire, région Bretagne',
  );
  result.conversationsCreated = await seedDemoConversations(
    services,
    {
      ensureProfessional: (professional) =>
        ensureProfessional(professional, 'professionnel(le) de démonstration'),
      staffOf: (code) => staffByCommune.get(code),
    },
    [...staffByCommune.keys()],
    mainProfessional,
  );
  return result;
}
