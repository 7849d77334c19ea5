// The security rules of accounts, each one tried the way an attacker would.
import * as cheerio from 'cheerio';
import type { Express } from 'express';
import request from 'supertest';
import type { Config } from '../../../src/config';
import { OneTimeTokenModel } from '../../../src/models/one-time-token';
import { SessionModel } from '../../../src/models/session';
import { UserModel } from '../../../src/models/user';
import type { Services } from '../../../src/services';
import {
  type DatabaseSessionStore,
  TOUCH_INTERVAL_MS,
} from '../../../src/web/session/database-session-store';
import {
  createAccount,
  csrfTokenOf,
  emailsTo,
  linkIn,
  logIn,
  sessionCookieOf,
  signedInAgent,
} from '../../support/accounts';
import { TEST_SESSION_SECRET, buildTestApp } from '../../support/test-app';
import { useTestDatabase } from '../../support/test-database';

const database = useTestDatabase();
let app: Express;
let config: Config;
let services: Services;
let store: DatabaseSessionStore;

beforeAll(async () => {
  ({ app, config, services, store } = await buildTestApp(database.current, { LOGIN_MAX_FAILURES: '5' }));
}, 60_000);

async function tryLogin(
  agent: ReturnType<typeof request.agent>,
  email: string,
  password: string,
  extra = {},
) {
  const _csrf = await csrfTokenOf(agent);
  return agent
    .post('/connexion')
    .type('form')
    .send({ _csrf, email, password, ...extra });
}

describe('passwords', () => {
  it('are stored as argon2id hashes', async () => {
    const account = await createAccount({ role: 'professionnel' });
    const stored = await UserModel.findById(account.id).lean();
    expect(stored?.passwordHash).toMatch(/^\$argon2id\$v=19\$m=\d+,t=\d+,p=1\$/);
    expect(stored?.passwordHash).not.toContain(account.password);
  });
});

describe('login', () => {
  it('gives the same answer for an unknown e-mail and a wrong password', async () => {
    const account = await createAccount({ role: 'professionnel' });
    const unknown = await tryLogin(request.agent(app), 'personne@nulle-part.fr', 'nimporte quoi du tout');
    const wrong = await tryLogin(request.agent(app), account.email, 'nimporte quoi du tout');
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    const message = (html: string) => cheerio.load(html)('.fr-alert--error').text().trim();
    expect(message(unknown.text)).toBe('Adresse e-mail ou mot de passe incorrect.');
    expect(message(wrong.text)).toBe(message(unknown.text));
  });

  it('regenerates the session id at login: the session used before no longer counts', async () => {
    const account = await createAccount({ role: 'professionnel' });
    const agent = request.agent(app);
    // An anonymous visitor has no session (the login form's token is in its own cookie).
    const page = await agent.get('/connexion');
    expect(String(page.headers['set-cookie'])).not.toMatch(/accueil-sante=/);
    const before = sessionCookieOf(await logIn(agent, account));
    const _csrf = await csrfTokenOf(agent, '/mon-compte');
    const again = await agent
      .post('/connexion')
      .type('form')
      .send({ _csrf, email: account.email, password: account.password });
    expect(again.status).toBe(303);
    const after = sessionCookieOf(again);
    expect(after).toMatch(/^accueil-sante=/);
    expect(after).not.toBe(before);
    await request(app).get('/professionnel').set('Cookie', before).expect(302);
    await request(app).get('/professionnel').set('Cookie', after).expect(200);
  });

  it('sets HttpOnly, SameSite=Lax session and anonymous CSRF cookies', async () => {
    const anonymous = String((await request(app).get('/connexion')).headers['set-cookie']?.[0]);
    const session = String(
      (await logIn(request.agent(app), await createAccount({ role: 'professionnel' }))).headers[
        'set-cookie'
      ]?.[0],
    );
    expect(anonymous).toMatch(/^accueil-sante-csrf=/);
    expect(session).toMatch(/^accueil-sante=/);
    for (const cookie of [anonymous, session]) {
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).toMatch(/SameSite=Lax/);
      expect(cookie).not.toMatch(/Secure/);
    }
  });

  it('sets Secure __Host- cookies behind an HTTPS proxy', async () => {
    const proxied = await buildTestApp(database.current, { TRUST_PROXY: 'true' });
    const account = await createAccount({ role: 'professionnel' });
    const page = await request(proxied.app).get('/connexion').set('X-Forwarded-Proto', 'https');
    const anonymous = String(page.headers['set-cookie']?.[0]);
    expect(anonymous).toMatch(/^__Host-accueil-sante-csrf=/);
    expect(anonymous).toMatch(/; Secure/);
    expect(page.headers['strict-transport-security']).toBeDefined();
    const login = await request(proxied.app)
      .post('/connexion')
      .set('X-Forwarded-Proto', 'https')
      .set('Cookie', anonymous.split(';')[0] ?? '')
      .type('form')
      .send({
        _csrf: cheerio.load(page.text)('input[name="_csrf"]').val(),
        email: account.email,
        password: account.password,
      });
    expect(login.status).toBe(303);
    const session = String(login.headers['set-cookie']?.[0]);
    expect(session).toMatch(/^__Host-accueil-sante=/);
    expect(session).toMatch(/; Secure/);
  });

  it.each([
    ['https://evil.example/x', '/professionnel'],
    ['//evil.example', '/professionnel'],
    ['/\\evil.example', '/professionnel'],
    ['javascript:alert(1)', '/professionnel'],
    ['/communes/39198', '/communes/39198'],
  ])('redirects after login only to local paths (retour=%s → %s)', async (retour, expected) => {
    const account = await createAccount({ role: 'professionnel' });
    const response = await tryLogin(request.agent(app), account.email, account.password, { retour });
    expect(response.status).toBe(303);
    expect(response.headers.location).toBe(expected);
  });

  it('sends an anonymous visitor of a protected page to login and back', async () => {
    const redirect = await request(app).get('/professionnel').expect(302);
    expect(redirect.headers.location).toBe('/connexion?retour=%2Fprofessionnel');
    const form = cheerio.load((await request(app).get(String(redirect.headers.location))).text);
    expect(form('input[name="retour"]').val()).toBe('/professionnel');
  });

  it('refuses a suspended account even with the right password', async () => {
    const account = await createAccount({ role: 'commune', status: 'suspendu' });
    const response = await tryLogin(request.agent(app), account.email, account.password);
    expect(response.status).toBe(403);
    expect(response.text).toContain('suspendu');
  });
});

describe('brute-force limits', () => {
  it('answers 429 with a French page after too many failures for one account, even from several IPs', async () => {
    const account = await createAccount({ role: 'professionnel' });
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect((await tryLogin(request.agent(app), account.email, `mauvais mot ${attempt}`)).status).toBe(401);
    }
    const blocked = await tryLogin(request.agent(app), account.email, account.password);
    expect(blocked.status).toBe(429);
    expect(cheerio.load(blocked.text)('h1').text()).toContain('Trop de requêtes');
    expect(blocked.text).toContain('Patientez');
  });

  it('counts failures per IP across accounts', async () => {
    const limited = await buildTestApp(database.current, { LOGIN_MAX_FAILURES: '3' });
    let last = 0;
    for (let attempt = 0; attempt < 10; attempt += 1) {
      last = (
        await tryLogin(request.agent(limited.app), `inconnu${attempt}@exemple.fr`, 'mauvais mot de passe')
      ).status;
    }
    expect(last).toBe(429);
  });

  it('limits password reset requests per account', async () => {
    const account = await createAccount({ role: 'professionnel' });
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 6; attempt += 1) {
      const agent = request.agent(app);
      const _csrf = await csrfTokenOf(agent, '/mot-de-passe-oublie');
      statuses.push(
        (await agent.post('/mot-de-passe-oublie').type('form').send({ _csrf, email: account.email })).status,
      );
    }
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses[5]).toBe(429);
  });
});

describe('CSRF', () => {
  const posts = ['/connexion', '/deconnexion', '/inscription/professionnel', '/mot-de-passe-oublie'];

  it.each(posts)('refuses %s without a token, with a French 403 page', async (path) => {
    const response = await request(app).post(path).type('form').send({ email: 'a@b.fr' });
    expect(response.status).toBe(403);
    expect(cheerio.load(response.text)('h1').text()).toContain('Accès refusé');
    expect(response.text).toContain('Le formulaire a expiré');
  });

  it('refuses a wrong token, and the token of another session', async () => {
    const mine = request.agent(app);
    await csrfTokenOf(mine);
    const theirs = await csrfTokenOf(request.agent(app));
    await mine
      .post('/connexion')
      .type('form')
      .send({ _csrf: 'faux', email: 'a@b.fr', password: 'x' })
      .expect(403);
    await mine
      .post('/connexion')
      .type('form')
      .send({ _csrf: theirs, email: 'a@b.fr', password: 'x' })
      .expect(403);
  });
});

describe('strict bodies', () => {
  it.each([
    ['an operator in a form key', 'email[$ne]=x&password=x'],
    ['a dotted key', 'email.x=a&password=x'],
    ['a $-prefixed key', '$where=1&email=a&password=x'],
  ])('refuses %s with a 400', async (_label, body) => {
    const agent = request.agent(app);
    const _csrf = await csrfTokenOf(agent);
    await agent
      .post('/connexion')
      .type('form')
      .send(`_csrf=${encodeURIComponent(_csrf)}&${body}`)
      .expect(400);
  });

  it('refuses a JSON operator object', async () => {
    const agent = request.agent(app);
    const _csrf = await csrfTokenOf(agent);
    await agent
      .post('/connexion')
      .send({ _csrf, email: { $gt: '' }, password: 'x' })
      .expect(400);
  });

  it('refuses unknown fields (no mass assignment): a role or status in a sign-up form', async () => {
    const agent = request.agent(app);
    const _csrf = await csrfTokenOf(agent, '/inscription/professionnel');
    const response = await agent.post('/inscription/professionnel').type('form').send({
      _csrf,
      name: 'Eve Malice',
      email: 'eve@exemple.fr',
      password: 'une phrase de passe solide',
      passwordConfirmation: 'une phrase de passe solide',
      role: 'moderateur',
      status: 'actif',
    });
    expect(response.status).toBe(400);
    await expect(UserModel.countDocuments({ email: 'eve@exemple.fr' })).resolves.toBe(0);
  });

  it('answers 413 for an oversized body', async () => {
    await request(app)
      .post('/connexion')
      .type('form')
      .send(`email=${'a'.repeat(200_000)}`)
      .expect(413);
  });
});

describe('role guards', () => {
  it.each([
    ['professionnel', '/commune', 403],
    ['professionnel', '/partenaire', 403],
    ['commune', '/professionnel', 403],
    ['partenaire', '/commune', 403],
    ['professionnel', '/professionnel', 200],
    ['commune', '/commune', 200],
    ['partenaire', '/partenaire', 200],
  ] as const)('a %s opening %s gets %i', async (role, path, status) => {
    const agent = await signedInAgent(app, await createAccount({ role }));
    await agent.get(path).expect(status);
  });
});

describe('sessions', () => {
  it('are stored in the database and shared by another instance of the service', async () => {
    const account = await createAccount({ role: 'professionnel' });
    const cookie = sessionCookieOf(await logIn(request.agent(app), account));
    await expect(SessionModel.countDocuments()).resolves.toBeGreaterThan(0);
    // A second app on the same database and secret: a restart, or another instance.
    const other = await buildTestApp(database.current, { SESSION_SECRET: TEST_SESSION_SECRET });
    await request(other.app).get('/professionnel').set('Cookie', cookie).expect(200);
    await request(app).get('/professionnel').set('Cookie', cookie).expect(200);
  });

  it('make every page of a signed-in person uncacheable; public pages and public data keep theirs', async () => {
    const agent = await signedInAgent(app, await createAccount({ role: 'professionnel' }));
    for (const path of ['/professionnel', '/mon-compte', '/offres']) {
      expect((await agent.get(path).expect(200)).headers['cache-control']).toBe('no-store');
    }
    expect((await agent.get('/carte/donnees.json').expect(200)).headers['cache-control']).toBe(
      'public, no-cache',
    );
    expect((await request(app).get('/offres').expect(200)).headers['cache-control']).toBeUndefined();
  });

  it('end when the account is suspended, at the next request', async () => {
    const account = await createAccount({ role: 'professionnel' });
    const agent = await signedInAgent(app, account);
    await agent.get('/professionnel').expect(200);
    await UserModel.updateOne({ _id: account.id }, { $set: { status: 'suspendu' } });
    await agent.get('/professionnel').expect(302);
  });

  it('end after the absolute lifetime, whatever the activity', async () => {
    const account = await createAccount({ role: 'professionnel' });
    const agent = await signedInAgent(app, account);
    for (const stored of await SessionModel.find().lean()) {
      const data = JSON.parse(stored.data) as { authenticatedAt?: number };
      if (data.authenticatedAt) {
        data.authenticatedAt -= (config.session.absoluteHours + 1) * 3_600_000;
        await SessionModel.updateOne({ _id: stored._id }, { $set: { data: JSON.stringify(data) } });
      }
    }
    await agent.get('/professionnel').expect(302);
  });

  it('push their stored expiry back on activity, at most once a minute', async () => {
    const agent = request.agent(app);
    const cookie = sessionCookieOf(await logIn(agent, await createAccount({ role: 'professionnel' })));
    // "accueil-sante=s%3A<sid>.<signature>"
    const sid = decodeURIComponent(cookie.split('=')[1] ?? '')
      .slice(2)
      .split('.')[0];
    const idleMs = config.session.idleMinutes * 60_000;
    const storeExpiryAgo = (ms: number) =>
      SessionModel.updateOne({ _id: sid }, { $set: { expiresAt: new Date(Date.now() + idleMs - ms) } });
    const storedExpiry = async () => (await SessionModel.findById(sid).lean())?.expiresAt.getTime() ?? 0;

    // The first page creates the session's CSRF token (a change, always saved).
    await agent.get('/professionnel').expect(200);
    await storeExpiryAgo(TOUCH_INTERVAL_MS / 2);
    const recent = await storedExpiry();
    await agent.get('/professionnel').expect(200);
    expect(await storedExpiry()).toBe(recent);

    await storeExpiryAgo(2 * TOUCH_INTERVAL_MS);
    const old = await storedExpiry();
    await agent.get('/professionnel').expect(200);
    expect(await storedExpiry()).toBeGreaterThanOrEqual(old + TOUCH_INTERVAL_MS);
  });

  it('that expired are ignored, then swept without a TTL index', async () => {
    await SessionModel.create({
      _id: 'expired-session',
      data: '{"cookie":{}}',
      expiresAt: new Date(Date.now() - 1000),
    });
    await new Promise<void>((resolve, reject) =>
      store.get('expired-session', (error, value) =>
        error ? reject(error) : (expect(value).toBeNull(), resolve()),
      ),
    );
    expect(await store.sweep()).toBeGreaterThanOrEqual(1);
    await expect(SessionModel.exists({ _id: 'expired-session' })).resolves.toBeNull();
  });
});

describe('password reset', () => {
  it('e-mails a single-use link that sets a new password and ends every session', async () => {
    const account = await createAccount({ role: 'professionnel' });
    const elsewhere = await signedInAgent(app, account);
    await elsewhere.get('/professionnel').expect(200);

    const agent = request.agent(app);
    const _csrf = await csrfTokenOf(agent, '/mot-de-passe-oublie');
    await agent.post('/mot-de-passe-oublie').type('form').send({ _csrf, email: account.email }).expect(200);
    const message = emailsTo(config.mail.outboxDir, account.email)[0];
    expect(message?.subject).toBe('Réinitialisez votre mot de passe');
    const link = linkIn(message?.text ?? '', '/reinitialiser-mot-de-passe/');

    const token = await csrfTokenOf(agent, link);
    const newPassword = 'un tout nouveau mot de passe';
    await agent
      .post(link)
      .type('form')
      .send({ _csrf: token, password: newPassword, passwordConfirmation: newPassword })
      .expect(303);
    await elsewhere.get('/professionnel').expect(302);
    expect((await tryLogin(request.agent(app), account.email, account.password)).status).toBe(401);
    expect((await tryLogin(request.agent(app), account.email, newPassword)).status).toBe(303);
    // Used once.
    await agent.get(link).expect(400);
  });

  it('answers the same for an unknown address and sends no link, only a "no account here" notice', async () => {
    const agent = request.agent(app);
    const _csrf = await csrfTokenOf(agent, '/mot-de-passe-oublie');
    const response = await agent
      .post('/mot-de-passe-oublie')
      .type('form')
      .send({ _csrf, email: 'inconnu@exemple.fr' });
    expect(response.status).toBe(200);
    expect(response.text).toContain('Si un compte existe');
    const sent = emailsTo(config.mail.outboxDir, 'inconnu@exemple.fr');
    expect(sent.map((message) => message.subject)).toEqual(['Aucun compte à cette adresse']);
    expect(sent[0]?.text).not.toContain('/reinitialiser-mot-de-passe/');
  });

  it('refuses an expired link', async () => {
    const account = await createAccount({ role: 'professionnel' });
    await services.passwordReset.request(account.email);
    const link = linkIn(
      emailsTo(config.mail.outboxDir, account.email)[0]?.text ?? '',
      '/reinitialiser-mot-de-passe/',
    );
    await OneTimeTokenModel.updateMany({}, { $set: { expiresAt: new Date(Date.now() - 1000) } });
    await request(app).get(link).expect(400);
  });
});

describe('Mon compte', () => {
  it('limits guesses of the current password from a signed-in session', async () => {
    const account = await createAccount({ role: 'professionnel' });
    const agent = await signedInAgent(app, account);
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 6; attempt += 1) {
      const _csrf = await csrfTokenOf(agent, '/mon-compte');
      const response = await agent
        .post('/mon-compte/suppression')
        .type('form')
        .send({ _csrf, currentPassword: `essai ${attempt}`, confirmation: 'oui' });
      statuses.push(response.status);
    }
    expect(statuses.slice(0, 5)).toEqual([400, 400, 400, 400, 400]);
    expect(statuses[5]).toBe(429);
    await expect(UserModel.exists({ _id: account.id })).resolves.not.toBeNull();
  });
});
