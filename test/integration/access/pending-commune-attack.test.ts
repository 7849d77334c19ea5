// The attack of issue 15: sign up as staff of a commune, confirm the e-mail and, before any moderator
// acts, try to read the commune's inbox and to change or archive its offers and its presentation.
import * as cheerio from 'cheerio';
import type { Express } from 'express';
import request from 'supertest';
import type { Config } from '../../../src/config';
import type { Services } from '../../../src/services';
import { OfferModel } from '../../../src/models/offer';
import { TEST_PASSWORD, csrfTokenOf, signedInAgent } from '../../support/accounts';
import { confirmFromOutbox, signUp } from '../../support/sign-up';
import { buildTestApp } from '../../support/test-app';
import { useTestDatabase } from '../../support/test-database';
import { DOLE, communeStaff, doleOffer, professional, writeTo } from '../contacts/conversation-fixtures';

const database = useTestDatabase();
let app: Express;
let config: Config;
let services: Services;
type Agent = ReturnType<typeof request.agent>;

const SECRET = 'Message privé pour la mairie de Dole 8842';
const PRESENTATION = 'Dole, ville d’art et d’histoire au bord du Doubs.';

let offerId: string;
let conversationId: string;
let attacker: Agent;

beforeAll(async () => {
  ({ app, config, services } = await buildTestApp(database.current));
  // What the commune has: a validated colleague, a live offer, a presentation, a conversation.
  const mairie = await communeStaff(DOLE);
  offerId = await doleOffer(services, mairie.staff);
  await services.communeProfiles.save(mairie.staff, 0, {
    presentation: PRESENTATION,
    strengths: { schools: '', transport: '', shops: '', culture: '' },
    healthNeed: '',
    contact: { name: 'Mairie', email: 'accueil@mairie.example', phone: '' },
  });
  const pro = await professional(services, 'Armelle Secrète');
  conversationId = await writeTo(await signedInAgent(app, pro), DOLE, { message: SECRET });

  // The attacker signs up as staff of Dole and confirms the address; no moderator acts.
  const email = 'faux.agent@exemple.fr';
  const agent = request.agent(app);
  const signedUp = await signUp(agent, 'commune', {
    name: 'Faux Agent',
    email,
    commune: 'Dole (39)',
    fonction: 'agent',
    password: TEST_PASSWORD,
    passwordConfirmation: TEST_PASSWORD,
  });
  expect(signedUp.status).toBe(303);
  await confirmFromOutbox(agent, config.mail.outboxDir, email);
  attacker = await signedInAgent(app, { email, password: TEST_PASSWORD });
}, 60_000);

async function post(url: string, fields: Record<string, string>) {
  const _csrf = await csrfTokenOf(attacker, '/mon-compte');
  return attacker
    .post(url)
    .type('form')
    .send({ _csrf, ...fields });
}

describe('a commune account no moderator validated yet', () => {
  it('cannot read the inbox or a conversation, nor see the unread count', async () => {
    const inbox = await attacker.get('/commune/messages');
    expect(inbox.status).toBe(403);
    expect(inbox.text).not.toContain('Armelle Secrète');
    const thread = await attacker.get(`/commune/messages/${conversationId}`);
    expect(thread.status).toBe(403);
    expect(thread.text).not.toContain(SECRET);
    const home = await attacker.get('/commune').expect(200);
    expect(cheerio.load(home.text)('nav a[href="/commune/messages"]')).toHaveLength(0);
    expect(cheerio.load(home.text)('main a[href="/commune/profil"]')).toHaveLength(0);
  });

  it('cannot edit, archive or duplicate the commune’s live offer, which stays as it was', async () => {
    const before = await OfferModel.findById(offerId).lean();
    expect((await attacker.get(`/commune/offres/${offerId}/modifier`)).status).toBe(404);
    const edit = await post(`/commune/offres/${offerId}`, {
      revision: '1',
      title: 'Écrivez à arnaque@exemple.fr',
      contactEmail: 'arnaque@exemple.fr',
    });
    expect(edit.status).toBe(404);
    const archive = await post(`/commune/offres/${offerId}/statut`, { action: 'archiver', revision: '1' });
    expect(archive.status).toBe(404);
    expect((await post(`/commune/offres/${offerId}/dupliquer`, {})).status).toBe(404);
    expect(await OfferModel.findById(offerId).lean()).toEqual(before);
    // Its list shows none of the commune's offers.
    expect((await attacker.get('/commune')).text).not.toContain(offerId);
  });

  it('cannot open or rewrite the commune’s presentation', async () => {
    expect((await attacker.get('/commune/profil')).status).toBe(403);
    const rewrite = await post('/commune/profil', { revision: '1', presentation: 'Piratée' });
    expect(rewrite.status).toBe(403);
    expect((await services.communeProfiles.get(DOLE)).presentation).toBe(PRESENTATION);
  });

  it('can still prepare and edit its own draft', async () => {
    const path = '/commune/offres/nouvelle/logement';
    expect((await attacker.get(path)).status).toBe(200);
    const created = await post(path, {
      title: 'T3 préparé par le faux agent',
      description: 'Appartement communal rénové de 65 m², proche des écoles.',
      availableFrom: '2027-01-01',
      audiences: 'installation',
      contactName: 'Faux Agent',
      contactEmail: '',
      contactPhone: '',
      housingKind: 'appartement',
      tenure: 'location',
      rooms: '3',
      surfaceM2: '65',
      price: '650',
      monthsFree: '',
      furnished: 'oui',
    });
    expect(created.status).toBe(303);
    const draft = await OfferModel.findOne({ title: 'T3 préparé par le faux agent' }).lean();
    expect(draft?.status).toBe('brouillon');
    expect((await attacker.get(`/commune/offres/${String(draft?._id)}/modifier`)).status).toBe(200);
  });
});
