// Messages, first contacts and proposals are limited per account and per conversation (side): a
// flood is refused with a French message and the typed text kept, and the town hall gets one e-mail
// per conversation every few minutes, not one per message. The limits' clock is set by the test.
import * as cheerio from 'cheerio';
import type { Express } from 'express';
import { AuditEventModel } from '../../../src/models/audit-event';
import { ConversationModel } from '../../../src/models/conversation';
import { OfferProposalModel } from '../../../src/models/offer-proposal';
import type { Services } from '../../../src/services';
import { LIMIT_REACHED_ACTION } from '../../../src/services/limits/rate-limiter';
import { csrfTokenOf, emailsTo, signedInAgent } from '../../support/accounts';
import { buildTestApp } from '../../support/test-app';
import { useTestDatabase } from '../../support/test-database';
import {
  BESANCON,
  DOLE,
  PROJECT,
  communeStaff,
  postForm,
  professional,
  writeTo,
} from '../contacts/conversation-fixtures';

const database = useTestDatabase();
const MINUTE = 60_000;
const MONDAY = Date.UTC(2030, 0, 7, 8, 0, 0);
const LONS = '39300';
const TAVAUX = '39526';
let clock = MONDAY;
let app: Express;
let services: Services;
let outboxDir: string;
/** The same service with small allowances of first contacts and proposals. */
let strict: { app: Express; services: Services; outboxDir: string };

beforeAll(async () => {
  const built = await buildTestApp(database.current, {}, { limitClock: () => clock });
  ({ app, services } = built);
  outboxDir = built.config.mail.outboxDir;
  const small = await buildTestApp(
    database.current,
    { CONTACTS_PER_DAY: '2', PROPOSALS_PER_MINUTE: '1' },
    { limitClock: () => clock },
  );
  strict = { ...small, outboxDir: small.config.mail.outboxDir };
}, 60_000);

const textareaOf = (html: string) => cheerio.load(html)('textarea[name="message"]').text();
const fieldErrorOf = (html: string) => cheerio.load(html)('#message-error').text();

describe('replies', () => {
  it('refuses a flood of 40 replies past the limits, keeps each text, and e-mails the town hall once', async () => {
    clock = MONDAY;
    const townHall = await communeStaff(DOLE);
    const pro = await professional(services, 'Jade Rafale');
    const agent = await signedInAgent(app, pro);
    const id = await writeTo(agent, DOLE);
    const path = `/professionnel/messages/${id}`;

    const statuses: number[] = [];
    for (let n = 1; n <= 40; n += 1) {
      const text = `Relance numéro ${n}, vous m’avez lu ?`;
      const response = await postForm(agent, path, `${path}/reponse`, { message: text });
      statuses.push(response.status);
      if (response.status === 429) {
        expect(textareaOf(response.text)).toBe(text);
        expect(response.headers['retry-after']).toBe('60');
      }
      if (n === 5) {
        expect(fieldErrorOf(response.text)).toContain(
          'Vous avez envoyé beaucoup de messages en peu de temps : celui-ci n’est pas parti.',
        );
        expect(fieldErrorOf(response.text)).toContain('réessayez dans 1 minute');
      }
    }
    // Five messages per conversation side and minute, the first message included.
    expect(statuses).toEqual([...Array(4).fill(303), ...Array(36).fill(429)]);
    expect((await ConversationModel.findById(id).lean())?.messages).toHaveLength(5);
    // The first message's e-mail covers the replies that followed it.
    expect(emailsTo(outboxDir, townHall.email)).toHaveLength(1);
    // One journal entry per limit reached, not one per refusal.
    const entries = await AuditEventModel.find({ action: LIMIT_REACHED_ACTION, actorId: pro.id }).lean();
    expect(entries.map((entry) => entry.details.split(' :')[0]).sort()).toEqual([
      'messages-par-conversation',
      'messages-par-minute',
    ]);

    // The commune's side has an allowance of its own.
    const communeAgent = await signedInAgent(app, townHall);
    const communePath = `/commune/messages/${id}`;
    const answer = await postForm(communeAgent, communePath, `${communePath}/reponse`, {
      message: 'Bonjour !',
    });
    expect(answer.status).toBe(303);

    // A minute later the professional writes again; the town hall's next e-mail waits for the grouping.
    clock = MONDAY + MINUTE;
    expect((await postForm(agent, path, `${path}/reponse`, { message: 'Merci !' })).status).toBe(303);
    expect(emailsTo(outboxDir, townHall.email)).toHaveLength(1);
    clock = MONDAY + 10 * MINUTE;
    expect((await postForm(agent, path, `${path}/reponse`, { message: 'À bientôt.' })).status).toBe(303);
    expect(emailsTo(outboxDir, townHall.email)).toHaveLength(2);
    // Every message sent is notified in the app: the first one, four replies, the two later ones.
    const inbox = await communeAgent.get('/mon-compte/notifications');
    expect(cheerio.load(inbox.text)('li.notification').length).toBe(7);
  }, 120_000);

  it('limits one conversation side across its authors, not the other side', async () => {
    clock = MONDAY + 20 * MINUTE;
    const alice = await communeStaff(BESANCON);
    const bruno = await communeStaff(BESANCON);
    const pro = await professional(services, 'Kim Patient');
    const proAgent = await signedInAgent(app, pro);
    const id = await writeTo(proAgent, BESANCON);
    const path = `/commune/messages/${id}`;
    const aliceAgent = await signedInAgent(app, alice);
    const brunoAgent = await signedInAgent(app, bruno);
    const reply = (agent: typeof aliceAgent, message: string) =>
      postForm(agent, path, `${path}/reponse`, { message }).then((response) => response.status);

    for (let n = 1; n <= 3; n += 1) expect(await reply(aliceAgent, `Alice ${n}`)).toBe(303);
    for (let n = 1; n <= 2; n += 1) expect(await reply(brunoAgent, `Bruno ${n}`)).toBe(303);
    // Bruno wrote twice only, but the commune's side has written five times this minute.
    expect(await reply(brunoAgent, 'Bruno 3')).toBe(429);
    const proPath = `/professionnel/messages/${id}`;
    expect(
      (await postForm(proAgent, proPath, `${proPath}/reponse`, { message: 'Merci à vous' })).status,
    ).toBe(303);
  }, 60_000);
});

describe('first contacts', () => {
  it('limits the new conversations of a professional per day, keeping the form; writing again stays possible', async () => {
    clock = MONDAY + 30 * MINUTE;
    for (const code of [LONS, TAVAUX, DOLE]) await communeStaff(code);
    const pro = await professional(strict.services, 'Lou Prospecte');
    const agent = await signedInAgent(strict.app, pro);
    await writeTo(agent, LONS);
    await writeTo(agent, TAVAUX);

    const text = 'Bonjour, je souhaite aussi vous rencontrer.';
    const refused = await postForm(
      agent,
      `/professionnel/contact?commune=${DOLE}`,
      '/professionnel/contact',
      {
        commune: DOLE,
        message: text,
      },
    );
    expect(refused.status).toBe(429);
    expect(textareaOf(refused.text)).toBe(text);
    expect(fieldErrorOf(refused.text)).toContain('celui-ci n’est pas parti');
    expect(await ConversationModel.countDocuments({ communeCode: DOLE, professionalId: pro.id })).toBe(0);

    // Writing again to a commune already contacted is a message, not a new contact.
    await writeTo(agent, LONS, { message: 'Une question de plus.' });
    clock = MONDAY + 24 * 60 * MINUTE;
    await writeTo(agent, DOLE, { message: text });
  }, 60_000);
});

describe('proposals', () => {
  it('limits "Proposer nos offres" per commune account, with a French 429 page', async () => {
    clock = MONDAY + 40 * MINUTE;
    const owner = await professional(strict.services, 'Noa Partage', true);
    const first = await strict.services.projects.create(owner.id, PROJECT);
    const second = await strict.services.projects.create(owner.id, { ...PROJECT, name: 'Deuxième projet' });
    const staff = await communeStaff(DOLE);
    const agent = await signedInAgent(strict.app, staff);
    const propose = async (projectId: string) =>
      agent
        .post(`/commune/projets/${projectId}/proposition`)
        .type('form')
        .send({ _csrf: await csrfTokenOf(agent, '/commune/projets') });

    expect((await propose(first.id)).status).toBe(303);
    const refused = await propose(second.id);
    expect(refused.status).toBe(429);
    expect(cheerio.load(refused.text)('main').text()).toContain(
      'Vous avez proposé vos offres de nombreuses fois en peu de temps',
    );
    expect(await OfferProposalModel.countDocuments({ projectId: second.id })).toBe(0);
    expect(emailsTo(strict.outboxDir, owner.email)).toHaveLength(1);

    clock = MONDAY + 41 * MINUTE;
    expect((await propose(second.id)).status).toBe(303);
    expect(await OfferProposalModel.countDocuments({ projectId: second.id })).toBe(1);
  }, 60_000);
});
