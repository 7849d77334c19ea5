// Login and "Mon compte" limits count wrong passwords only, in the database: an office behind one
// address logs in at once, an account under attack is locked, a refusal never extends the lock, and
// two instances of the service count together. The limits' clock is set by the test (windows are
// fixed: 15 minutes by default, from the hour).
import type { Server } from 'node:http';
import * as cheerio from 'cheerio';
import type { Express } from 'express';
import request from 'supertest';
import { AuditEventModel } from '../../../src/models/audit-event';
import { RateLimitCounterModel } from '../../../src/models/rate-limit-counter';
import { LIMIT_REACHED_ACTION } from '../../../src/services/limits/rate-limiter';
import { createAccount, csrfTokenOf, signedInAgent } from '../../support/accounts';
import { buildTestApp } from '../../support/test-app';
import { useTestDatabase } from '../../support/test-database';

const database = useTestDatabase();
const MINUTE = 60_000;
const NINE_O_CLOCK = Date.UTC(2030, 0, 7, 9, 0, 0);
let clock = NINE_O_CLOCK;
let app: Express;
let server: Server;

beforeAll(async () => {
  ({ app } = await buildTestApp(database.current, {}, { limitClock: () => clock }));
  // One server for every request: the test sends many at once.
  server = app.listen(0, '127.0.0.1');
}, 60_000);

afterAll(() => new Promise((resolve) => server.close(resolve)));

async function tryLogin(target: Express | Server, email: string, password: string) {
  const agent = request.agent(target);
  const _csrf = await csrfTokenOf(agent);
  return agent.post('/connexion').type('form').send({ _csrf, email, password });
}

/** A new account whose ten wrong passwords (the default allowance) were just typed. */
async function lockedAccount() {
  const account = await createAccount({ role: 'professionnel' });
  for (let attempt = 1; attempt <= 10; attempt += 1)
    expect((await tryLogin(server, account.email, `mauvais ${attempt}`)).status).toBe(401);
  return account;
}

const statusesOf = async (attempts: Promise<{ status: number }>[]) =>
  (await Promise.all(attempts)).map((response) => response.status);

describe('login', () => {
  it('lets 100 correct logins at once from one address all in, after failures from it too', async () => {
    clock = NINE_O_CLOCK + 1000;
    const accounts = await Promise.all(
      Array.from({ length: 50 }, () => createAccount({ role: 'professionnel' })),
    );
    // Mistyped passwords in the office, below the address's allowance (3 × 10 wrong ones).
    const mistakes = accounts
      .slice(0, 25)
      .map((account) => tryLogin(server, account.email, 'faute de frappe'));
    expect(await statusesOf(mistakes)).toEqual(Array(25).fill(401));
    // Everyone logs in at once, some twice (two browsers).
    const logins = [...accounts, ...accounts].map((account) =>
      tryLogin(server, account.email, account.password),
    );
    expect(await statusesOf(logins)).toEqual(Array(100).fill(303));
  }, 120_000);

  it('answers 429 from the 11th failure on one account, even with the right password', async () => {
    clock = NINE_O_CLOCK + 16 * MINUTE;
    const account = await lockedAccount();
    const eleventh = await tryLogin(server, account.email, 'mauvais 11');
    expect(eleventh.status).toBe(429);
    expect(cheerio.load(eleventh.text)('h1').text()).toContain('Trop de requêtes');
    expect(eleventh.text).toContain('Patientez 14 minutes avant de réessayer');
    expect(eleventh.headers['retry-after']).toBe(String(14 * 60));
    expect((await tryLogin(server, account.email, account.password)).status).toBe(429);
  });

  it('does not extend the lock with refusals: once the window ends, the right password works', async () => {
    clock = NINE_O_CLOCK + 31 * MINUTE;
    const account = await lockedAccount();
    const refusals = await statusesOf(
      Array.from({ length: 20 }, () => tryLogin(server, account.email, 'encore faux')),
    );
    expect(refusals).toEqual(Array(20).fill(429));
    // Refusals counted nothing: the window's failures are still 10.
    const counters = await RateLimitCounterModel.find({ _id: /^connexion-par-compte:/ }).lean();
    expect(counters.map((counter) => counter.count)).toContain(10);
    expect(counters.every((counter) => (counter.count ?? 0) <= 10)).toBe(true);

    clock = NINE_O_CLOCK + 44 * MINUTE + 59_000;
    const late = await tryLogin(server, account.email, account.password);
    expect(late.status).toBe(429);
    expect(late.headers['retry-after']).toBe('1');
    clock = NINE_O_CLOCK + 45 * MINUTE;
    expect((await tryLogin(server, account.email, account.password)).status).toBe(303);
  });

  it('writes one journal entry per locked account and window, however many refusals', async () => {
    clock = NINE_O_CLOCK + 61 * MINUTE;
    const account = await lockedAccount();
    for (let attempt = 1; attempt <= 5; attempt += 1)
      expect((await tryLogin(server, account.email, 'faux')).status).toBe(429);
    const entries = await AuditEventModel.find({ action: LIMIT_REACHED_ACTION, targetId: account.id }).lean();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ targetType: 'compte', targetLabel: account.email });
    expect(entries[0]?.details).toContain('connexion-par-compte : 10 en 15 minutes');
  });

  it('counts failures on unknown addresses too, per address typed', async () => {
    clock = NINE_O_CLOCK + 76 * MINUTE;
    for (let attempt = 1; attempt <= 10; attempt += 1)
      expect((await tryLogin(server, 'personne@nulle-part.fr', `essai ${attempt}`)).status).toBe(401);
    expect((await tryLogin(server, 'Personne@Nulle-Part.fr', 'essai 11')).status).toBe(429);
    // The journal keeps an address with no account masked, never in clear.
    const entry = await AuditEventModel.findOne({
      action: LIMIT_REACHED_ACTION,
      targetId: 'pe…@nulle-part.fr',
    });
    expect(entry?.targetType).toBe('adresse-email');
    expect(await AuditEventModel.countDocuments({ targetId: 'personne@nulle-part.fr' })).toBe(0);
  });

  it('is counted together by two instances of the service on one database', async () => {
    clock = NINE_O_CLOCK + 91 * MINUTE;
    const other = await buildTestApp(database.current, {}, { limitClock: () => clock });
    const account = await createAccount({ role: 'professionnel' });
    const instances = [app, other.app];
    for (let attempt = 0; attempt < 10; attempt += 1) {
      const status = (await tryLogin(instances[attempt % 2] as Express, account.email, `faux ${attempt}`))
        .status;
      expect(status).toBe(401);
    }
    expect((await tryLogin(app, account.email, account.password)).status).toBe(429);
    expect((await tryLogin(other.app, account.email, account.password)).status).toBe(429);
  }, 60_000);
});

describe('Mon compte', () => {
  it('refuses the current password after 10 wrong ones, keeping what was typed, until the window ends', async () => {
    clock = NINE_O_CLOCK + 106 * MINUTE;
    const account = await createAccount({ role: 'professionnel' });
    const agent = await signedInAgent(app, account);
    const changeEmail = async (currentPassword: string) =>
      agent
        .post('/mon-compte/email')
        .type('form')
        .send({
          _csrf: await csrfTokenOf(agent, '/mon-compte'),
          email: 'nouvelle@exemple.fr',
          currentPassword,
        });
    for (let attempt = 1; attempt <= 10; attempt += 1)
      expect((await changeEmail(`essai ${attempt}`)).status).toBe(400);
    const refused = await changeEmail(account.password);
    expect(refused.status).toBe(429);
    const page = cheerio.load(refused.text);
    expect(page('input[name="email"]').val()).toBe('nouvelle@exemple.fr');
    expect(page('main').text()).toContain('Trop d’essais de votre mot de passe actuel');
    expect(refused.headers['retry-after']).toBe(String(14 * 60));

    clock = NINE_O_CLOCK + 120 * MINUTE;
    expect((await changeEmail(account.password)).status).toBe(303);
  });
});
