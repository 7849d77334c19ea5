// Request logs (JSON lines with a request id, and nothing secret in them) and the security events
// of the journal, each with the address and the request id it came from.
import type { Express } from 'express';
import request from 'supertest';
import type { Config } from '../../../src/config';
import { AuditEventModel } from '../../../src/models/audit-event';
import type { Services } from '../../../src/services';
import { createLogger } from '../../../src/web/logging/request-logging';
import {
  TEST_PASSWORD,
  createAccount,
  csrfTokenOf,
  emailsTo,
  linkIn,
  signedInAgent,
} from '../../support/accounts';
import { buildTestApp } from '../../support/test-app';
import { useTestDatabase } from '../../support/test-database';
import { DOLE, communeStaff, postForm, professional, writeTo } from '../contacts/conversation-fixtures';

const database = useTestDatabase();
let app: Express;
let config: Config;
let services: Services;
const lines: string[] = [];

beforeAll(async () => {
  const logger = createLogger('info', { write: (line: string) => void lines.push(line) });
  ({ app, config, services } = await buildTestApp(database.current, { LOGIN_MAX_FAILURES: '3' }, { logger }));
}, 60_000);

const logged = () => lines.map((line) => JSON.parse(line) as Record<string, unknown>);
const newest = (action: string) => AuditEventModel.findOne({ action }).sort({ at: -1 }).lean();

describe('request logs', () => {
  it('are JSON lines with the request id sent back in X-Request-Id', async () => {
    const response = await request(app).get('/communes?q=Dole').expect(200);
    const id = response.headers['x-request-id'];
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const line = logged().find((entry) => (entry.req as { id?: string } | undefined)?.id === id);
    expect(line).toMatchObject({ req: { method: 'GET', url: '/communes?q=Dole' }, res: { status: 200 } });
    expect(typeof line?.responseTime).toBe('number');
  });

  it('never contain a password, a cookie, a token or a message text', async () => {
    const secretText = 'Texte du message à ne jamais journaliser 5512';
    const pro = await professional(services, 'Journal Secret');
    await communeStaff(DOLE);
    const agent = await signedInAgent(app, pro);
    const id = await writeTo(agent, DOLE, { message: secretText });
    await postForm(agent, `/professionnel/messages/${id}`, `/professionnel/messages/${id}/reponse`, {
      message: secretText,
    });
    // A verification link: its token is a secret too.
    await request(app).get('/verification-email/jeton-tres-secret-123456');
    const everything = lines.join('\n');
    expect(everything).not.toContain(TEST_PASSWORD);
    expect(everything).not.toContain(secretText);
    expect(everything).not.toContain('jeton-tres-secret-123456');
    expect(everything).toContain('/verification-email/[jeton]');
    expect(everything).not.toMatch(/accueil-sante=s%3A/);
    expect(everything).not.toMatch(/cookie/i);
  });
});

describe('the journal', () => {
  it('records a failed login on an unknown address, with the IP and the request id', async () => {
    const agent = request.agent(app);
    const _csrf = await csrfTokenOf(agent);
    const response = await agent
      .post('/connexion')
      .type('form')
      .send({ _csrf, email: 'personne@exemple.fr', password: 'pas de compte ici' });
    expect(response.status).toBe(401);
    const event = await newest('connexion.echec');
    expect(event).toMatchObject({
      targetId: 'pe…@exemple.fr',
      requestId: response.headers['x-request-id'],
    });
    expect(event?.ip).toMatch(/127\.0\.0\.1|::1/);
  });

  it('records logouts', async () => {
    const account = await createAccount({ role: 'professionnel' });
    const agent = await signedInAgent(app, account);
    const _csrf = await csrfTokenOf(agent, '/mon-compte');
    const response = await agent.post('/deconnexion').type('form').send({ _csrf });
    expect(response.status).toBe(303);
    await expect(newest('deconnexion')).resolves.toMatchObject({
      actorLabel: account.email,
      targetId: account.id,
      requestId: response.headers['x-request-id'],
    });
  });

  it('records refused access (403), for a role and for a missing CSRF token', async () => {
    const account = await createAccount({ role: 'professionnel' });
    const agent = await signedInAgent(app, account);
    const refused = await agent.get('/moderation').expect(403);
    await expect(newest('acces.refuse')).resolves.toMatchObject({
      actorLabel: account.email,
      targetId: 'GET /moderation',
      requestId: refused.headers['x-request-id'],
    });
    await request(app).post('/connexion').type('form').send({ email: 'a@b.fr' }).expect(403);
    await expect(newest('acces.refuse')).resolves.toMatchObject({
      actorLabel: 'anonyme',
      targetId: 'POST /connexion',
    });
  });

  it('records rate-limited attempts with the IP', async () => {
    const account = await createAccount({ role: 'professionnel' });
    const agent = request.agent(app);
    for (let attempt = 0; attempt < 4; attempt += 1) {
      const _csrf = await csrfTokenOf(agent);
      await agent
        .post('/connexion')
        .type('form')
        .send({ _csrf, email: account.email, password: 'mauvais mot de passe' });
    }
    const event = await newest('limite-atteinte');
    expect(event?.ip).toMatch(/127\.0\.0\.1|::1/);
    expect(event?.requestId).not.toBe('');
  });

  it('keeps the reset link out of the logs', async () => {
    const account = await createAccount({ role: 'professionnel' });
    await services.passwordReset.request(account.email);
    const link = linkIn(
      emailsTo(config.mail.outboxDir, account.email)[0]?.text ?? '',
      '/reinitialiser-mot-de-passe/',
    );
    await request(app).get(link).expect(200);
    expect(lines.join('\n')).not.toContain(link);
  });

  it('journals at most a few dozen refusals per address, then says the limit was reached', async () => {
    for (let attempt = 0; attempt < 40; attempt += 1)
      await request(app).post('/connexion').type('form').send({ email: 'bot@exemple.fr' }).expect(403);
    expect(await AuditEventModel.countDocuments({ action: 'acces.refuse' })).toBe(30);
    await expect(newest('limite-atteinte')).resolves.toMatchObject({
      details: expect.stringContaining('acces-refuses-journalises') as string,
    });
  });
});
