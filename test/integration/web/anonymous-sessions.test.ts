// Visitors without a cookie leave nothing stored: forms shown to anonymous visitors carry a signed
// double-submit token instead of a session, and a session is stored once a form is posted that needs
// one (a login). CSRF still holds for those forms.
import request from 'supertest';
import { SessionModel } from '../../../src/models/session';
import { TEST_PASSWORD, createAccount, csrfTokenOf, logIn } from '../../support/accounts';
import { useTestApp } from '../../support/test-app';

const built = useTestApp();

const PUBLIC_PAGES = [
  '/',
  '/connexion',
  '/inscription',
  '/inscription/professionnel',
  '/mot-de-passe-oublie',
  '/offres',
  '/communes/39198',
];

describe('anonymous visits', () => {
  it('store no session, even on pages with a form', async () => {
    const before = await SessionModel.countDocuments();
    for (const path of PUBLIC_PAGES) {
      const response = await request(built.app).get(path).expect(200);
      const cookies = (response.headers['set-cookie'] as unknown as string[] | undefined) ?? [];
      expect(cookies.filter((cookie) => cookie.startsWith('accueil-sante='))).toEqual([]);
    }
    expect(await SessionModel.countDocuments()).toBe(before);
  });

  it('still log in through the form, which then opens a stored session', async () => {
    const account = await createAccount({ role: 'professionnel' });
    const before = await SessionModel.countDocuments();
    await logIn(request.agent(built.app), account);
    expect(await SessionModel.countDocuments()).toBe(before + 1);
  });

  it('still sign up through the form', async () => {
    const agent = request.agent(built.app);
    const _csrf = await csrfTokenOf(agent, '/inscription/professionnel');
    const response = await agent.post('/inscription/professionnel').type('form').send({
      _csrf,
      name: 'Anne Onyme',
      email: 'anne.onyme@exemple.fr',
      password: TEST_PASSWORD,
      passwordConfirmation: TEST_PASSWORD,
    });
    expect(response.status).toBe(303);
  });
});

describe('CSRF on anonymous forms', () => {
  const account = { email: 'quelquun@exemple.fr', password: TEST_PASSWORD };

  it('refuses the form token without its cookie, or with another visitor’s cookie', async () => {
    const _csrf = await csrfTokenOf(request.agent(built.app));
    await request(built.app)
      .post('/connexion')
      .type('form')
      .send({ _csrf, ...account })
      .expect(403);
    const other = request.agent(built.app);
    await csrfTokenOf(other);
    await other
      .post('/connexion')
      .type('form')
      .send({ _csrf, ...account })
      .expect(403);
  });

  it('refuses a cookie forged without the server’s key', async () => {
    const forged = 'nonce-choisi.signature-inventee';
    await request(built.app)
      .post('/connexion')
      .set('Cookie', `accueil-sante-csrf=${forged}`)
      .type('form')
      .send({ _csrf: forged, ...account })
      .expect(403);
  });

  it('refuses the anonymous token once signed in (the session’s own token is required)', async () => {
    const signedIn = await createAccount({ role: 'professionnel' });
    const agent = request.agent(built.app);
    const anonymousToken = await csrfTokenOf(agent);
    await logIn(agent, signedIn);
    await agent.post('/deconnexion').type('form').send({ _csrf: anonymousToken }).expect(403);
    const _csrf = await csrfTokenOf(agent, '/mon-compte');
    await agent.post('/deconnexion').type('form').send({ _csrf }).expect(303);
  });
});

describe('the login redirect', () => {
  it('keeps the address of a protected page, and drops one too long to copy into a header', async () => {
    const short = await request(built.app).get('/mon-compte?onglet=1').expect(302);
    expect(short.headers.location).toBe('/connexion?retour=%2Fmon-compte%3Fonglet%3D1');
    const long = await request(built.app)
      .get(`/mon-compte?x=${'%22'.repeat(3000)}`)
      .expect(302);
    expect(long.headers.location).toBe('/connexion');
  });
});
