// The demo data: coherent, loggable, and idempotent.
import request from 'supertest';
import { UserModel } from '../../../src/models/user';
import { OfferModel } from '../../../src/models/offer';
import { createPasswordHasher } from '../../../src/services/accounts/password-hasher';
import { DEMO_PASSWORD, seedDemo } from '../../../src/services/demo/seed-demo';
import { signedInAgent } from '../../support/accounts';
import { buildTestApp } from '../../support/test-app';
import { useTestDatabase } from '../../support/test-database';

const database = useTestDatabase();
const hasher = createPasswordHasher({ memoryKib: 8192, passes: 1 });

describe('seedDemo', () => {
  it('creates validated commune accounts with published offers of every type, then nothing more', async () => {
    const { app, services } = await buildTestApp(database.current);
    const today = new Date('2026-11-23T10:00:00Z');
    const first = await seedDemo(services, hasher, today);
    // The test geography holds the Jura, the Doubs and the Côtes-d'Armor: 13 demo communes.
    expect(first.accountsCreated).toBe(13 + 3);
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

    const second = await seedDemo(services, hasher, today);
    expect(second).toMatchObject({ accountsCreated: 0, offersCreated: 0 });
    await expect(OfferModel.countDocuments()).resolves.toBe(offers.length);

    // The printed logins work.
    const dole = first.logins.find((login) => login.what.startsWith('commune de Dole'));
    expect(dole?.email).toBe('mairie.dole@demo.accueil-sante.example');
    const agent = await signedInAgent(app, { email: dole?.email ?? '', password: DEMO_PASSWORD });
    await agent.get('/commune').expect(200);
    const page = await request(app).get('/communes/39198').expect(200);
    expect(page.text).toContain('Le besoin de santé');
  }, 120_000);
});
