// Demo data (`npm run seed:demo`, and the first start on an empty database outside production), so
// that every role's main screen has something to show: validated commune accounts with a profile and
// coherent published offers; demo professionals with one to three installation projects each (most
// shown to communes, so "Projets compatibles" and the partners' figures fill in), proposals and an
// alert; conversations about those projects; installations confirmed months ago with their check-in
// answers (demo-retention.ts); partners, a moderator and sign-ups waiting in the
// moderation queue. Idempotent: what exists is left alone. Refused in production: the demo accounts
// share a published password.
import type { Config } from '../../config';
import { toSearchKey } from '../../domain/geo/search-text';
import type { Services } from '..';
import type { PasswordHasher } from '../accounts/password-hasher';
import { type VerifiedAccountInput, createVerifiedAccount } from '../accounts/verified-accounts';
import { UserModel } from '../../models/user';
import { UserEmailModel } from '../../models/user-email';
import {
  DEMO_MODERATOR,
  DEMO_PARTNERS,
  DEMO_PASSWORD,
  DEMO_PENDING,
  type DemoAccount,
} from './demo-accounts';
import { DEMO_COMMUNES } from './demo-communes';
import { type DemoWriter, MAIN_DEMO_PROFESSIONAL, seedDemoConversations } from './demo-conversations';
import { demoOffersFor } from './demo-offers';
import {
  DEMO_DOMAIN,
  CONVERSING_PER_REGION,
  DEMO_REGIONS,
  type DemoProfessional,
  type DemoRegion,
  generatedProfessionals,
} from './demo-professionals';
import { seedDemoSchemes } from './demo-schemes';
import { type DemoTerritory, demoProjectsFor, mainDemoProjects, mainSettledProject } from './demo-projects';
import { RETENTION_DEMO_COMMUNE, seedDemoRetention, settledProfessionals } from './demo-retention';

export { DEMO_PASSWORD } from './demo-accounts';

const SEED_ACTOR = { id: null, label: 'données de démonstration' };

export interface DemoLogin {
  role: string;
  email: string;
  what: string;
  /** Waiting for a moderator's decision. */
  pending: boolean;
}

export interface SeedResult {
  accountsCreated: number;
  offersCreated: number;
  projectsCreated: number;
  schemesCreated: number;
  conversationsCreated: number;
  logins: DemoLogin[];
}

type SeedServices = Pick<
  Services,
  | 'communes'
  | 'offers'
  | 'communeProfiles'
  | 'audit'
  | 'conversations'
  | 'professionalProfiles'
  | 'projects'
  | 'alerts'
  | 'proposals'
  | 'sharedProjects'
  | 'schemes'
  | 'conversationsAt'
  | 'checkIns'
>;

export class DemoRefusedInProduction extends Error {
  constructor() {
    super('Demo data is never added in production (NODE_ENV=production).');
  }
}

export async function seedDemo(
  services: SeedServices,
  hasher: PasswordHasher,
  config: Pick<Config, 'isProduction'>,
  today = new Date(),
): Promise<SeedResult> {
  if (config.isProduction) throw new DemoRefusedInProduction();
  const deps = { hasher, audit: services.audit };
  const result: SeedResult = {
    accountsCreated: 0,
    offersCreated: 0,
    projectsCreated: 0,
    schemesCreated: 0,
    conversationsCreated: 0,
    logins: [],
  };
  const staffByCommune = new Map<string, { id: string; email: string; communeCode: string; active: true }>();
  const territories = new Map<DemoRegion, DemoTerritory>();

  const ensureAccount = async (input: Omit<VerifiedAccountInput, 'password'>, what: string) => {
    const existing = await UserEmailModel.findById(input.email).lean();
    result.logins.push({
      role: input.role,
      email: input.email,
      what,
      pending: input.status === 'en-attente',
    });
    if (existing) return String(existing.userId);
    const created = await createVerifiedAccount(deps, { ...input, password: DEMO_PASSWORD }, SEED_ACTOR);
    if (!created.ok) throw new Error(`demo account ${input.email}: ${created.reason}`);
    result.accountsCreated += 1;
    return created.value.id;
  };

  // The communes' staff accounts and presentations first: their offers come once the alert exists.
  const communes = DEMO_COMMUNES.flatMap((demo) => {
    const resolved = services.communes.resolve(demo.label);
    return 'commune' in resolved ? [{ demo, commune: resolved.commune }] : [];
  });
  for (const { demo, commune } of communes) {
    const email = `mairie.${toSearchKey(commune.nom).replace(/ /g, '-')}@${DEMO_DOMAIN}`;
    const id = await ensureAccount(
      {
        email,
        name: `Accueil santé de ${commune.nom}`,
        role: 'commune',
        commune: { code: commune.code, fonction: 'agent' },
      },
      `commune de ${commune.nom} (${commune.departementCode})`,
    );
    const staff = { id, email, communeCode: commune.code, active: true as const };
    staffByCommune.set(commune.code, staff);
    const details = services.communes.details(commune.code);
    const region = DEMO_REGIONS.find((code) => code === details?.region.code);
    if (details && region) {
      const territory = territories.get(region) ?? { region, regionNom: details.region.nom, communes: [] };
      territories.set(region, {
        ...territory,
        communes: [
          ...territory.communes,
          {
            code: commune.code,
            nom: commune.nom,
            departement: details.departement.code,
            departementNom: details.departement.nom,
          },
        ],
      });
    }
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
  }

  /** A demo professional with a profile and, the first time, their projects. */
  const ensureProfessional = async (
    professional: DemoProfessional,
    what: string,
    projects: () => ReturnType<typeof mainDemoProjects>,
    /** The name of the project written about; by default the first one created. */
    writesAbout?: string,
  ): Promise<DemoWriter> => {
    const id = await ensureAccount(
      { email: professional.email, name: professional.name, role: 'professionnel' },
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
          shareAnonymised: professional.shareAnonymised,
        },
      );
    if (services.projects.ofOwner(id).length === 0)
      for (const input of projects()) {
        await services.projects.create(id, input);
        result.projectsCreated += 1;
      }
    // The project written about: the first one created (of that name).
    const [first] = services.projects
      .ofOwner(id)
      .filter((project) => writesAbout === undefined || project.name === writesAbout)
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    return { ...professional, id, project: first };
  };

  // The main professional's first installation, confirmed months ago (demo-retention.ts), in the
  // last commune of Bourgogne-Franche-Comté: its project is created first, so that the open ones lead
  // their home page (newest first).
  const bfc = territories.get('27')?.communes.filter(({ code }) => staffByCommune.has(code)) ?? [];
  const mainHome = bfc.filter(({ code }) => code !== RETENTION_DEMO_COMMUNE).at(-1);
  const settledProject = mainHome && mainSettledProject(today, mainHome);
  const [openProject] = mainDemoProjects(today);
  const main = await ensureProfessional(
    {
      email: `professionnel@${DEMO_DOMAIN}`,
      name: MAIN_DEMO_PROFESSIONAL,
      profession: 'medecin-generaliste',
      status: 'remplacant',
      shareAnonymised: true,
    },
    'médecin généraliste',
    () => [...(settledProject ? [settledProject] : []), ...mainDemoProjects(today)],
    openProject?.name,
  );
  // An alert on the Jura project: the offers published below notify it.
  if (main.project && !services.alerts.forProject(main.project.id))
    await services.alerts.save(main.id, main.project.id, 10);

  const writers = new Map<DemoRegion, DemoWriter[]>();
  for (const professional of generatedProfessionals()) {
    const home = territories.get(professional.region);
    if (!home) continue;
    const other = territories.get(professional.region === '53' ? '27' : '53');
    const writer = await ensureProfessional(professional, 'professionnel(le) de démonstration', () =>
      demoProjectsFor(professional.number, other ? [home, other] : [home], today, true),
    );
    if (professional.number <= 2 * CONVERSING_PER_REGION)
      writers.set(professional.region, [...(writers.get(professional.region) ?? []), writer]);
  }

  for (const { demo, commune } of communes) {
    const staff = staffByCommune.get(commune.code);
    if (!staff || services.offers.ofCommune(commune.code).length > 0) continue;
    for (const offer of demoOffersFor(commune, demo.rentPerM2, today)) {
      await services.offers.create(staff, offer.type, offer.input, { publish: true });
      result.offersCreated += 1;
    }
  }
  await services.alerts.idle();

  result.conversationsCreated = await seedDemoConversations(
    services,
    {
      writersOf: (region) => writers.get(region) ?? [],
      main,
      staffOf: (code) => staffByCommune.get(code)?.id,
    },
    [...staffByCommune.keys()],
  );
  // Months of installations and check-in answers in Bourgogne-Franche-Comté, the main professional's too.
  const settled: DemoWriter[] = [];
  for (const professional of settledProfessionals())
    settled.push(await ensureProfessional(professional, 'professionnel(le) installé(e)', () => []));
  const mainSettled = services.projects.ofOwner(main.id).find(({ name }) => name === settledProject?.name);
  result.conversationsCreated += await seedDemoRetention(services, {
    settled,
    main: mainHome &&
      mainSettled && { writer: { ...main, project: mainSettled }, communeCode: mainHome.code },
    communes: bfc.map(({ code }) => code),
    staffOf: (code) => staffByCommune.get(code)?.id,
  });
  // The first communes of each région propose their offers, to the main professional first.
  const proposers = [...territories.values()].flatMap((territory) =>
    territory.communes.slice(0, PROPOSING_COMMUNES).flatMap(({ code }) => staffByCommune.get(code) ?? []),
  );
  await proposeToSharedProjects(services, proposers, main.id);

  for (const { input, what } of DEMO_PARTNERS) {
    const id = await ensureAccount(input, what);
    // The seeds' two schemes are the ARS Bourgogne-Franche-Comté's (the national ones, the moderators').
    if (input.partner?.territoire.code === '27')
      result.schemesCreated = await seedDemoSchemes(services.schemes, { id, partner: input.partner });
  }
  await ensureAccount(DEMO_MODERATOR.input, DEMO_MODERATOR.what);
  for (const pending of DEMO_PENDING) await ensurePending(pending);
  return result;

  async function ensurePending(pending: DemoAccount & { communeLabel?: string }) {
    if (!pending.communeLabel) return ensureAccount({ ...pending.input, status: 'en-attente' }, pending.what);
    const resolved = services.communes.resolve(pending.communeLabel);
    if (!('commune' in resolved)) return undefined;
    return ensureAccount(
      {
        ...pending.input,
        status: 'en-attente',
        commune: { code: resolved.commune.code, fonction: 'adjoint' },
      },
      pending.what,
    );
  }
}

const PROPOSING_COMMUNES = 4;
const PROJECTS_EACH = 2;

/** Each commune proposes its offers to two projects shared with it, the main professional's first. */
async function proposeToSharedProjects(
  services: Pick<Services, 'proposals' | 'sharedProjects'>,
  staff: readonly { id: string; email: string; communeCode: string; active: true }[],
  mainProfessionalId: string,
): Promise<void> {
  for (const member of staff) {
    const shared = (await services.sharedProjects.forCommune(member.communeCode)).sort(
      (a, b) =>
        Number(b.project.ownerId === mainProfessionalId) - Number(a.project.ownerId === mainProfessionalId),
    );
    // An earlier seed's proposal is "already-proposed": nothing changes.
    for (const { project } of shared.slice(0, PROJECTS_EACH))
      await services.proposals.propose(member, project);
  }
}
