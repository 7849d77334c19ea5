// The demo data: coherent, loggable, and idempotent.
import request from 'supertest';
import { UserModel } from '../../../src/models/user';
import { OfferModel } from '../../../src/models/offer';
import { createPasswordHasher } from '../../../src/services/accounts/password-hasher';
import { FOLLOW_UP_STATUSES, currentStep } from '../../../src/domain/contacts/follow-up';
import { DEMO_PASSWORD, DemoRefusedInProduction, seedDemo } from '../../../src/services/demo/seed-demo';
import { signedInAgent } from '../../support/accounts';
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
    // professional and 40 generated ones, two partners, a moderator and four pending sign-ups.
    expect(first.accountsCreated).toBe(13 + 1 + 40 + 2 + 1 + 4);
    expect(first.offersCreated).toBeGreaterThanOrEqual(13 * 3);

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

    // Every demo professional has one to three projects; every conversation belongs to one of its writer's.
    const professionals = await UserModel.find({ role: 'professionnel' }).lean();
    expect(professionals).toHaveLength(41);
    for (const professional of professionals) {
      const owned = services.projects.ofOwner(String(professional._id)).length;
      expect(owned).toBeGreaterThanOrEqual(1);
      expect(owned).toBeLessThanOrEqual(3);
    }
    expect(first.projectsCreated).toBe([...services.projects.all()].length);
    expect(new Set([...services.projects.all()].map((project) => project.name)).size).toBeGreaterThan(20);
    for (const conversation of conversations)
      expect(services.projects.get(conversation.projectId ?? '')?.ownerId).toBe(conversation.professionalId);
    // A moderator, and sign-ups waiting for one.
    await expect(UserModel.countDocuments({ role: 'moderateur', status: 'actif' })).resolves.toBe(1);
    await expect(UserModel.countDocuments({ status: 'en-attente' })).resolves.toBe(4);

    const second = await seedDemo(services, hasher, config, today);
    expect(second).toMatchObject({
      accountsCreated: 0,
      offersCreated: 0,
      projectsCreated: 0,
      conversationsCreated: 0,
    });
    expect([...services.conversations.readModel.all()]).toHaveLength(conversations.length);
    await expect(OfferModel.countDocuments()).resolves.toBe(offers.length);

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

  it('is refused in production, before writing anything', async () => {
    const { services } = await buildTestApp(database.current);
    await UserModel.deleteMany({});
    await expect(seedDemo(services, hasher, { isProduction: true })).rejects.toThrow(DemoRefusedInProduction);
    await expect(UserModel.countDocuments()).resolves.toBe(0);
  });
});
