// The demo data: coherent, loggable, and idempotent.
import * as cheerio from 'cheerio';
import request from 'supertest';
import { CheckInModel } from '../../../src/models/check-in';
import { UserModel } from '../../../src/models/user';
import { OfferModel } from '../../../src/models/offer';
import { createPasswordHasher } from '../../../src/services/accounts/password-hasher';
import { FOLLOW_UP_STATUSES, currentStep } from '../../../src/domain/contacts/follow-up';
import { DEMO_PASSWORD, DemoRefusedInProduction, seedDemo } from '../../../src/services/demo/seed-demo';
import { REFERENCE_SCHEMES } from '../../../src/domain/schemes/reference-schemes';
import { signedInAgent } from '../../support/accounts';
import { pageTables } from '../../support/dashboard';
import { buildTestApp } from '../../support/test-app';
import { useTestDatabase } from '../../support/test-database';

const database = useTestDatabase();
const hasher = createPasswordHasher({ memoryKib: 8192, passes: 1 });

describe('seedDemo', () => {
  it('creates validated commune accounts with published offers of every type, then nothing more', async () => {
    const { app, config, services } = await buildTestApp(database.current);
    const today = new Date('2026-11-23T10:00:00Z');
    const first = await seedDemo(services, hasher, config, today);
    // The test geography holds the Jura, the Doubs and the Côtes-d'Armor: 13 demo communes; the main
    // professional, 40 generated ones and 18 settled months ago, two partners, a moderator and four
    // pending sign-ups.
    expect(first.accountsCreated).toBe(13 + 1 + 40 + 18 + 2 + 1 + 4);
    expect(first.offersCreated).toBeGreaterThanOrEqual(13 * 3);
    // The reference schemes, published with their official links.
    expect(first.schemesCreated).toBe(REFERENCE_SCHEMES.length);
    const schemes = services.schemes.all();
    expect(schemes.map((scheme) => scheme.id).sort()).toEqual(
      REFERENCE_SCHEMES.map((scheme) => scheme.id).sort(),
    );
    expect(
      schemes.every((scheme) => scheme.status === 'publie' && scheme.officialUrl.startsWith('https://')),
    ).toBe(true);

    const offers = await OfferModel.find().lean();
    expect(new Set(offers.map((offer) => offer.type))).toEqual(
      new Set([
        'logement',
        'garde-enfants',
        'emploi-conjoint',
        'local-professionnel',
        'aide-financiere',
        'accueil',
      ]),
    );
    expect(offers.every((offer) => offer.status === 'publiee')).toBe(true);
    for (const offer of offers) {
      const details = offer.details as Record<string, number>;
      if (offer.type === 'garde-enfants')
        expect(details.ageMinMonths).toBeLessThanOrEqual(details.ageMaxMonths ?? -1);
      if (offer.type === 'logement' && offer.details.tenure === 'location') {
        // Plausible rents: between 6 and 12 € per m².
        expect((details.price ?? 0) / (details.surfaceM2 ?? 1)).toBeGreaterThanOrEqual(5);
        expect((details.price ?? 0) / (details.surfaceM2 ?? 1)).toBeLessThanOrEqual(13);
      }
    }
    await expect(UserModel.countDocuments({ role: 'commune', status: 'actif' })).resolves.toBe(13);

    // Conversations at every status; in each region, at least five people with a confirmed installation.
    const conversations = [...services.conversations.readModel.all()];
    expect(first.conversationsCreated).toBe(conversations.length);
    expect(new Set(conversations.map((conversation) => currentStep(conversation.history).status))).toEqual(
      new Set(FOLLOW_UP_STATUSES),
    );
    const facts = services.contactFacts();
    for (const region of ['27', '53']) {
      const installed = facts.filter(
        (fact) =>
          fact.installation &&
          services.communes.details(fact.installation.communeCode)?.region.code === region,
      );
      expect(new Set(installed.map((fact) => fact.person)).size).toBeGreaterThanOrEqual(5);
      expect(installed.every((fact) => (fact.installation?.levers.length ?? 0) > 0)).toBe(true);
    }

    // Every demo professional has one to three projects, but those who settled months ago (none left);
    // every conversation belongs to one of its writer's projects, or to a settled professional.
    const professionals = await UserModel.find({ role: 'professionnel' }).lean();
    expect(professionals).toHaveLength(41 + 18);
    const settledIds = new Set(
      professionals
        .filter((professional) => professional.email.startsWith('installe-'))
        .map((professional) => String(professional._id)),
    );
    expect(settledIds.size).toBe(18);
    for (const professional of professionals) {
      const owned = services.projects.ofOwner(String(professional._id)).length;
      expect(owned).toBeGreaterThanOrEqual(settledIds.has(String(professional._id)) ? 0 : 1);
      expect(owned).toBeLessThanOrEqual(settledIds.has(String(professional._id)) ? 0 : 3);
    }
    expect(first.projectsCreated).toBe([...services.projects.all()].length);
    expect(new Set([...services.projects.all()].map((project) => project.name)).size).toBeGreaterThan(20);
    for (const conversation of conversations)
      if (!settledIds.has(conversation.professionalId))
        expect(services.projects.get(conversation.projectId ?? '')?.ownerId).toBe(
          conversation.professionalId,
        );
      else expect(conversation.projectId).toBeNull();
    // A moderator, and sign-ups waiting for one.
    await expect(UserModel.countDocuments({ role: 'moderateur', status: 'actif' })).resolves.toBe(1);
    await expect(UserModel.countDocuments({ status: 'en-attente' })).resolves.toBe(4);

    const answers = await CheckInModel.find().sort({ _id: 1 }).lean();
    expect(answers.length).toBe(18);
    const second = await seedDemo(services, hasher, config, today);
    expect(second).toMatchObject({
      accountsCreated: 0,
      offersCreated: 0,
      projectsCreated: 0,
      schemesCreated: 0,
      conversationsCreated: 0,
    });
    expect([...services.conversations.readModel.all()]).toHaveLength(conversations.length);
    await expect(OfferModel.countDocuments()).resolves.toBe(offers.length);
    // The check-in answers are those of the first seed, not recorded again.
    expect(await CheckInModel.find().sort({ _id: 1 }).lean()).toEqual(answers);

    // The printed logins work.
    const dole = first.logins.find((login) => login.what.startsWith('commune de Dole'));
    expect(dole?.email).toBe('mairie.dole@demo.accueil-sante.example');
    const agent = await signedInAgent(app, { email: dole?.email ?? '', password: DEMO_PASSWORD });
    await agent.get('/commune').expect(200);
    const camille = first.logins.find((login) => login.email.startsWith('professionnel@'));
    const professional = await signedInAgent(app, { email: camille?.email ?? '', password: DEMO_PASSWORD });
    expect((await professional.get('/professionnel/messages').expect(200)).text).toContain(
      'Installation déclarée',
    );
    const page = await request(app).get('/communes/39198').expect(200);
    expect(page.text).toContain('Le besoin de santé');
  }, 120_000);

  it('gives months of installations and check-in answers: one due for Camille, figures shown', async () => {
    const { app, config, services } = await buildTestApp(database.current);
    await seedDemo(services, hasher, config);
    const signIn = (email: string) =>
      signedInAgent(app, { email: `${email}@demo.accueil-sante.example`, password: DEMO_PASSWORD });

    // Camille's installation was confirmed six and a half months ago: the 6-month check-in is due,
    // on « Mes installations » and on their home page; their other projects stay open.
    const camille = await signIn('professionnel');
    const camilleId = String(
      (await UserModel.findOne({ email: 'professionnel@demo.accueil-sante.example' }))?._id,
    );
    const [installation, ...others] = await services.checkIns.ofProfessional(camilleId, new Date());
    expect(others).toHaveLength(0);
    expect(installation?.due?.checkIn).toBe(6);
    const monthsAgo = (Date.now() - (installation?.confirmedAt.getTime() ?? 0)) / (30.44 * 86_400_000);
    expect(monthsAgo).toBeGreaterThan(6);
    expect(monthsAgo).toBeLessThan(7);
    const installations = await camille.get('/professionnel/installations').expect(200);
    expect(installations.text).toContain('6 mois après : exercez-vous toujours à');
    const home = cheerio.load((await camille.get('/professionnel').expect(200)).text);
    expect(home('#points-d-etape a').length).toBe(1);
    expect(services.projects.ofOwner(camilleId)).toHaveLength(3);

    // The ARS Bourgogne-Franche-Comté sees retention figures past the small-count rule.
    const ars = await signIn('ars-bfc');
    const retention = pageTables((await ars.get('/partenaire/tableau-de-bord').expect(200)).text).get(
      'maintien',
    );
    const sixMonths = retention?.find((row) => row[0] === '6 mois') ?? [];
    // Answered, still practising, left: 18, 12 and 6 people, published with a noise of at most 2.
    expect(sixMonths).toHaveLength(4);
    for (const [index, trueValue] of [18, 12, 6].entries()) {
      const published = Number(sixMonths[index + 1]);
      expect(published).toBeGreaterThanOrEqual(5);
      expect(Math.abs(published - trueValue)).toBeLessThanOrEqual(2);
    }

    // Dole, the one-click demo commune, sees its own figures (13 people answered).
    const dole = cheerio.load(
      (await (await signIn('mairie.dole')).get('/commune/maintien').expect(200)).text,
    );
    expect(dole('[data-retention-hidden]').length).toBe(0);
    expect(Number(dole('[data-figure="installations"]').text())).toBeGreaterThanOrEqual(11);
  }, 120_000);

  it('is refused in production, before writing anything', async () => {
    const { services } = await buildTestApp(database.current);
    await UserModel.deleteMany({});
    await expect(seedDemo(services, hasher, { isProduction: true })).rejects.toThrow(DemoRefusedInProduction);
    await expect(UserModel.countDocuments()).resolves.toBe(0);
  });
});
