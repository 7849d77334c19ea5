// Only the professional and the commune's staff read or write a conversation: another professional,
// another commune's staff, a partner, a moderator and anonymous visitors get 403/404 (or the login
// page), for GET and POST, and never its content. A pending commune account reads but cannot write.
// Withdrawal hides the profile but keeps the messages; a blocked side cannot write.
import * as cheerio from 'cheerio';
import type { Express } from 'express';
import request from 'supertest';
import type { Services } from '../../../src/services';
import { createAccount, csrfTokenOf, signedInAgent } from '../../support/accounts';
import { buildTestApp } from '../../support/test-app';
import { useTestDatabase } from '../../support/test-database';
import { BESANCON, DOLE, communeStaff, postForm, professional, writeTo } from './conversation-fixtures';

type Agent = ReturnType<typeof request.agent>;

const database = useTestDatabase();
let app: Express;
let services: Services;

const SECRET_TEXT = 'Texte très confidentiel numéro 4711';

beforeAll(async () => {
  ({ app, services } = await buildTestApp(database.current));
}, 60_000);

describe('who can read and write a conversation', () => {
  it('refuses everyone but the two parties, for GET and POST, without leaking anything', async () => {
    const colleague = await communeStaff(DOLE, 'actif', 'Collègue de Dole');
    const pro = await professional(services, 'Bérénice Lenoir');
    const proAgent = await signedInAgent(app, pro);
    const id = await writeTo(proAgent, DOLE, { message: SECRET_TEXT });

    // The colleague of the same commune reads it too.
    const colleagueAgent = await signedInAgent(app, colleague);
    expect((await colleagueAgent.get(`/commune/messages/${id}`).expect(200)).text).toContain(SECRET_TEXT);

    const outsiders: [string, Agent][] = [
      ['another professional', await signedInAgent(app, await professional(services, 'Autre Personne'))],
      ['another commune', await signedInAgent(app, await communeStaff(BESANCON))],
      ['a partner', await signedInAgent(app, await createAccount({ role: 'partenaire' }))],
      ['a moderator', await signedInAgent(app, await createAccount({ role: 'moderateur' }))],
    ];
    const leaks: string[] = [];
    for (const [who, agent] of outsiders) {
      const _csrf = await csrfTokenOf(agent, '/mon-compte');
      for (const base of ['/professionnel/messages', '/commune/messages']) {
        const page = await agent.get(`${base}/${id}`);
        if (![403, 404].includes(page.status) || page.text.includes(SECRET_TEXT))
          leaks.push(`${who} GET ${base}: ${page.status}`);
        for (const action of [
          'reponse',
          'suivi',
          'blocage',
          'signalement',
          'retrait',
          'responsable',
          'cloture',
        ]) {
          const response = await agent.post(`${base}/${id}/${action}`).type('form').send({
            _csrf,
            message: 'intrusion',
            action: 'discuter',
            bloquer: 'oui',
            clore: 'oui',
            responsable: '',
          });
          if (![403, 404].includes(response.status) || response.text.includes(SECRET_TEXT))
            leaks.push(`${who} POST ${base}/${action}: ${response.status}`);
        }
      }
      const inbox = await agent.get('/professionnel/messages');
      if (inbox.text.includes(SECRET_TEXT)) leaks.push(`${who} inbox`);
    }
    const anonymous = await request(app).get(`/commune/messages/${id}`);
    expect(anonymous.status).toBe(302);
    expect(leaks).toEqual([]);

    // Nothing was written by the outsiders.
    const stored = await services.conversations.open(id, {
      side: 'professionnel',
      id: pro.id,
      communeCode: null,
    });
    expect(stored?.messages.map((message) => message.text)).toEqual([SECRET_TEXT]);
    expect(stored?.blockedBy).toEqual([]);
  }, 120_000);

  it('refuses a pending commune account, for reading and writing', async () => {
    await communeStaff(DOLE);
    const pending = await communeStaff(DOLE, 'en-attente');
    const pro = await professional(services, 'Clément Pending');
    const id = await writeTo(await signedInAgent(app, pro), DOLE, { message: 'Pour une commune en attente' });
    const agent = await signedInAgent(app, pending);
    const page = await agent.get(`/commune/messages/${id}`).expect(403);
    expect(page.text).not.toContain('Pour une commune en attente');
    expect(page.text).toContain('validé par un modérateur');
    const _csrf = await csrfTokenOf(agent, '/mon-compte');
    const reply = await agent
      .post(`/commune/messages/${id}/reponse`)
      .type('form')
      .send({ _csrf, message: 'non' });
    expect(reply.status).toBe(403);
  }, 60_000);
});

describe('withdrawal and blocking', () => {
  it('hides the profile from the commune after a withdrawal, and keeps the messages', async () => {
    const mairie = await communeStaff(DOLE);
    const pro = await professional(services, 'Delphine Retrait');
    const proAgent = await signedInAgent(app, pro);
    const id = await writeTo(proAgent, DOLE, { message: 'Message avant le retrait' });
    const communeAgent = await signedInAgent(app, mairie);
    expect((await communeAgent.get(`/commune/messages/${id}`)).text).toContain('Delphine Retrait');

    const path = `/professionnel/messages/${id}`;
    expect((await postForm(proAgent, path, `${path}/retrait`, {})).status).toBe(303);
    const page = await communeAgent.get(`/commune/messages/${id}`).expect(200);
    expect(page.text).not.toContain('Delphine Retrait');
    expect(page.text).not.toContain('Sage-femme');
    expect(cheerio.load(page.text)('#profil-retire').text()).toContain('a retiré son profil');
    expect(page.text).toContain('Message avant le retrait');
    const inbox = await communeAgent.get('/commune/messages');
    expect(inbox.text).not.toContain('Delphine Retrait');
    const reply = await postForm(communeAgent, `/commune/messages/${id}`, `/commune/messages/${id}/reponse`, {
      message: 'Encore là ?',
    });
    expect(reply.status).toBe(400);
    expect(reply.text).toContain('a retiré son profil');

    // Writing again shares the profile again.
    await writeTo(proAgent, DOLE, { message: 'Je reviens vers vous' });
    expect((await communeAgent.get(`/commune/messages/${id}`)).text).toContain('Delphine Retrait');
  }, 60_000);

  it('stops the blocked side from writing or starting again, until the blocking side unblocks', async () => {
    const mairie = await communeStaff(DOLE);
    const pro = await professional(services, 'Étienne Bloqué');
    const proAgent = await signedInAgent(app, pro);
    const id = await writeTo(proAgent, DOLE);
    const communeAgent = await signedInAgent(app, mairie);
    const communePath = `/commune/messages/${id}`;
    const proPath = `/professionnel/messages/${id}`;
    expect(
      (await postForm(communeAgent, communePath, `${communePath}/blocage`, { bloquer: 'oui' })).status,
    ).toBe(303);

    const refused = await postForm(proAgent, proPath, `${proPath}/reponse`, { message: 'Vous m’entendez ?' });
    expect(refused.status).toBe(400);
    expect(cheerio.load(refused.text)('#ecriture-impossible').text()).toContain('La commune a bloqué');
    const contact = await proAgent.get(`/professionnel/contact?commune=${DOLE}`).expect(200);
    expect(cheerio.load(contact.text)('#contact-impossible').text()).toContain('a bloqué vos messages');
    const again = await postForm(
      proAgent,
      `/professionnel/contact?commune=${DOLE}`,
      '/professionnel/contact',
      {
        commune: DOLE,
        message: 'Encore moi',
      },
    );
    expect(again.status).toBe(400);
    // Only the side that blocked can unblock.
    const notMine = await postForm(proAgent, proPath, `${proPath}/blocage`, { bloquer: 'non' });
    expect(notMine.status).toBe(400);
    expect(
      (await postForm(communeAgent, communePath, `${communePath}/blocage`, { bloquer: 'non' })).status,
    ).toBe(303);
    expect((await postForm(proAgent, proPath, `${proPath}/reponse`, { message: 'Merci' })).status).toBe(303);
  }, 60_000);
});
