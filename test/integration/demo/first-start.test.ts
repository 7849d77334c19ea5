// A first start with the demo data: each role enters in one click from the login page and finds its
// main screen filled; in production the one-click route does not exist.
import * as cheerio from 'cheerio';
import type { Express } from 'express';
import request from 'supertest';
import { HOME_PATHS, type Role } from '../../../src/domain/accounts/roles';
import type { Services } from '../../../src/services';
import { createPasswordHasher } from '../../../src/services/accounts/password-hasher';
import { DEMO_PASSWORD, seedDemo } from '../../../src/services/demo/seed-demo';
import { csrfTokenOf, signedInAgent } from '../../support/accounts';
import { pageTables } from '../../support/dashboard';
import { buildTestApp } from '../../support/test-app';
import { useTestDatabase } from '../../support/test-database';

const database = useTestDatabase();
let app: Express;
let services: Services;

beforeAll(async () => {
  const built = await buildTestApp(database.current);
  ({ app, services } = built);
  await seedDemo(services, createPasswordHasher({ memoryKib: 8192, passes: 1 }), built.config);
}, 120_000);

/** An agent signed in by the login page's demo button of the role. */
async function enterAs(role: Role) {
  const agent = request.agent(app);
  const login = cheerio.load((await agent.get('/connexion').expect(200)).text);
  const form = login(`form[action="/connexion/demonstration"]:has(input[name="role"][value="${role}"])`);
  expect(form.find('button').text()).toContain('Entrer comme');
  const _csrf = String(form.find('input[name="_csrf"]').val());
  const response = await agent
    .post('/connexion/demonstration')
    .type('form')
    .send({ _csrf, role })
    .expect(303);
  expect(response.headers.location).toBe(HOME_PATHS[role]);
  return agent;
}

const textOf = (html: string, selector: string) => cheerio.load(html)(selector).text();

describe('first start with the demo data', () => {
  it('offers one demo account per role on the login page', async () => {
    const page = cheerio.load((await request(app).get('/connexion').expect(200)).text);
    const roles = page('form[action="/connexion/demonstration"] input[name="role"]')
      .toArray()
      .map((input) => page(input).val());
    expect(roles).toEqual(['professionnel', 'commune', 'partenaire', 'moderateur']);
    // Still there after a refused login.
    const agent = request.agent(app);
    const _csrf = await csrfTokenOf(agent);
    const refused = await agent
      .post('/connexion')
      .type('form')
      .send({ _csrf, email: 'professionnel@demo.accueil-sante.example', password: 'pas le bon mot de passe' })
      .expect(401);
    expect(cheerio.load(refused.text)('form[action="/connexion/demonstration"]')).toHaveLength(4);
  });

  it('shows the professional their projects and, for the first one, ranked communes and proposals', async () => {
    const agent = await enterAs('professionnel');
    const home = cheerio.load((await agent.get('/professionnel').expect(200)).text);
    // The two open projects, and the one of the installation confirmed six months ago.
    expect(home('h2.fr-card__title').length).toBe(3);
    expect(home('#points-d-etape a').length).toBe(1);
    const resultsHref = home('a:contains("Voir les communes")').first().attr('href') ?? '';
    const results = (await agent.get(resultsHref).expect(200)).text;
    const ranked = cheerio.load(results)('#classement ol > li');
    expect(ranked.length).toBeGreaterThanOrEqual(3);
    expect(textOf(results, '#propositions-titre')).toContain('vous proposent leurs offres');
    expect((await agent.get('/professionnel/messages').expect(200)).text).toContain('Installation déclarée');
    expect((await agent.get('/mon-compte/notifications').expect(200)).text).toMatch(/Dole|Lons-le-Saunier/);
  });

  it('shows the commune compatible projects and its inbox', async () => {
    const agent = await enterAs('commune');
    const compatible = cheerio.load((await agent.get('/commune/projets').expect(200)).text);
    expect(compatible('h2.fr-card__title').length).toBeGreaterThanOrEqual(3);
    const inbox = (await agent.get('/commune/messages').expect(200)).text;
    expect(inbox).toContain('Camille Demo');
  });

  it('shows the partner figures past the small-count rule', async () => {
    const agent = await enterAs('partenaire');
    const tables = pageTables((await agent.get('/partenaire/tableau-de-bord').expect(200)).text);
    const total = (id: string) => tables.get(id)?.find((row) => row[0] === 'Total') ?? [];
    // The last column of the projects' total: every professional whose project targets the région.
    expect(Number(total('projets').at(-1))).toBeGreaterThanOrEqual(10);
    expect(Number(total('mises-en-relation')[1])).toBeGreaterThanOrEqual(5);
    // The other demo région too.
    const bretagne = await signedInAgent(app, {
      email: 'ars-bretagne@demo.accueil-sante.example',
      password: DEMO_PASSWORD,
    });
    const itsTables = pageTables((await bretagne.get('/partenaire/tableau-de-bord').expect(200)).text);
    expect(
      Number(
        itsTables
          .get('projets')
          ?.find((row) => row[0] === 'Total')
          ?.at(-1),
      ),
    ).toBeGreaterThanOrEqual(10);
  });

  it('shows the moderator the sign-ups waiting for a decision', async () => {
    const agent = await enterAs('moderateur');
    const queue = (await agent.get('/moderation').expect(200)).text;
    expect(cheerio.load(queue)('tr[data-account-id]').length).toBe(4);
    expect(queue).toContain('CPAM du Jura');
  });

  it('refuses a demo login without the CSRF token, or for no role', async () => {
    await request(app).post('/connexion/demonstration').type('form').send({ role: 'moderateur' }).expect(403);
    const agent = request.agent(app);
    const _csrf = await csrfTokenOf(agent);
    await agent.post('/connexion/demonstration').type('form').send({ _csrf, role: 'admin' }).expect(400);
    await agent.get('/moderation').expect(302);
  });

  it('has no demo login in production: the route is absent and the login page offers none', async () => {
    const production = await buildTestApp(database.current, {
      NODE_ENV: 'production',
      SESSION_SECRET: 'a-production-secret-that-is-long-enough-0123456789',
      SMTP_URL: 'smtp://127.0.0.1:2525',
    });
    const agent = request.agent(production.app);
    const page = await agent.get('/connexion').expect(200);
    expect(page.text).not.toContain('/connexion/demonstration');
    const _csrf = await csrfTokenOf(agent);
    await agent.post('/connexion/demonstration').type('form').send({ _csrf, role: 'moderateur' }).expect(404);
    await agent.get('/moderation').expect(302);
  });
});
