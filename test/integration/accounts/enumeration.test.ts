// Sign-up, password reset and e-mail change do the same work, and answer the same, whether or not
// the address has an account: neither the answer nor its time tells who is registered. The work is
// counted (password hashes, e-mails, journal entries), never timed.
import * as cheerio from 'cheerio';
import type { Express } from 'express';
import request from 'supertest';
import type { Config } from '../../../src/config';
import type { Services } from '../../../src/services';
import type { AccountDeps } from '../../../src/services/accounts/account-deps';
import { createAccountSettings } from '../../../src/services/accounts/account-settings';
import { createPasswordHasher } from '../../../src/services/accounts/password-hasher';
import { createPasswordReset } from '../../../src/services/accounts/password-reset';
import { createRegistration } from '../../../src/services/accounts/registration';
import { createMailer } from '../../../src/services/mail/mailer';
import { TEST_PASSWORD, createAccount, csrfTokenOf } from '../../support/accounts';
import { buildTestApp } from '../../support/test-app';
import { useTestDatabase } from '../../support/test-database';

const database = useTestDatabase();
let app: Express;
let config: Config;
let services: Services;
let deps: AccountDeps;
let existing: { id: string; email: string; password: string };

beforeAll(async () => {
  ({ app, config, services } = await buildTestApp(database.current));
  deps = {
    hasher: createPasswordHasher({ memoryKib: 8192, passes: 1 }),
    mailer: createMailer(config.mail),
    audit: services.audit,
    limits: services.limits,
    publicUrl: config.publicUrl,
  };
  existing = await createAccount({ role: 'professionnel' });
}, 60_000);

/** The work a call does: argon2 computations (any kind), e-mails sent, journal entries written. */
async function workOf<T>(call: () => Promise<T>): Promise<{ result: T; work: Record<string, number> }> {
  const spies = {
    hash: jest.spyOn(deps.hasher, 'hash'),
    verify: jest.spyOn(deps.hasher, 'verify'),
    verifyNothing: jest.spyOn(deps.hasher, 'verifyNothing'),
    mails: jest.spyOn(deps.mailer, 'send'),
    journal: jest.spyOn(deps.audit, 'record'),
  };
  try {
    const result = await call();
    const work = Object.fromEntries(
      Object.entries(spies).map(([name, spy]) => [name, spy.mock.calls.length]),
    );
    return { result, work };
  } finally {
    for (const spy of Object.values(spies)) spy.mockRestore();
  }
}

let counter = 0;
const freshAddress = () => `nouvelle-${String((counter += 1))}@exemple.fr`;

describe('the same work for a known and an unknown address', () => {
  it('sign-up: one password hash, one journal entry and one e-mail either way, several times over', async () => {
    const registration = createRegistration(deps);
    const signUp = (email: string) =>
      workOf(() =>
        registration.signUp({ role: 'professionnel', name: 'Essai', email, password: TEST_PASSWORD }),
      );
    for (let round = 0; round < 3; round += 1) {
      const known = await signUp(existing.email);
      const unknown = await signUp(freshAddress());
      expect(known).toEqual(unknown);
      expect(known.work).toMatchObject({ hash: 1, mails: 1 });
    }
  });

  it('password reset: one e-mail either way (a link, or "no account here")', async () => {
    const reset = createPasswordReset(deps);
    for (let round = 0; round < 3; round += 1) {
      const known = await workOf(() => reset.request(existing.email));
      const unknown = await workOf(() => reset.request(freshAddress()));
      expect(known.result).toEqual(unknown.result);
      expect(known.work).toMatchObject({ mails: 1 });
      expect(unknown.work).toMatchObject({ ...known.work, journal: 1 });
    }
  });

  it('e-mail change: the same outcome and the same two e-mails for a taken and a free address', async () => {
    const settings = createAccountSettings(deps);
    const mover = await createAccount({ role: 'professionnel' });
    for (let round = 0; round < 3; round += 1) {
      const taken = await workOf(() => settings.requestEmailChange(mover.id, mover.password, existing.email));
      const free = await workOf(() => settings.requestEmailChange(mover.id, mover.password, freshAddress()));
      expect(taken).toEqual(free);
      expect(taken.result).toEqual({ ok: true, value: undefined });
      expect(taken.work).toMatchObject({ verify: 1, mails: 2 });
    }
  });
});

describe('the same answer over HTTP', () => {
  /** What a person sees after a form: status, destination and the page's main text. */
  async function answerTo(path: string, form: string, fields: Record<string, string>) {
    const agent = request.agent(app);
    const _csrf = await csrfTokenOf(agent, form);
    const response = await agent
      .post(path)
      .type('form')
      .send({ _csrf, ...fields });
    return {
      status: response.status,
      location: response.headers.location,
      text: cheerio.load(response.text)('main').text().replace(/\s+/g, ' '),
    };
  }

  it('sign-up and password reset answer the same for a registered and a new address', async () => {
    const signUp = (email: string) =>
      answerTo('/inscription/professionnel', '/inscription/professionnel', {
        name: 'Essai Web',
        email,
        password: TEST_PASSWORD,
        passwordConfirmation: TEST_PASSWORD,
      });
    expect(await signUp(existing.email)).toEqual(await signUp(freshAddress()));
    const reset = (email: string) => answerTo('/mot-de-passe-oublie', '/mot-de-passe-oublie', { email });
    expect(await reset(existing.email)).toEqual(await reset(freshAddress()));
  });
});
