// "Projets compatibles" for communes, privacy first: only the projects of professionals who opted
// in, only for the communes of each project's area, always anonymised (never the name, e-mail, RPPS,
// specialty or project name); "Proposer nos offres" stored once, notified to the professional and
// shown at the top of their results; pending communes see nothing and cannot propose.
import * as cheerio from 'cheerio';
import type { Express } from 'express';
import request from 'supertest';
import { OfferProposalModel } from '../../../src/models/offer-proposal';
import { UserModel } from '../../../src/models/user';
import type { Services } from '../../../src/services';
import type { ProjectInput } from '../../../src/services/projects/project-view';
import { createAccount, csrfTokenOf, emailsTo, linkIn, signedInAgent } from '../../support/accounts';
import { communeStaff, houseOffer } from '../../support/offers';
import { buildTestApp } from '../../support/test-app';
import { useTestDatabase } from '../../support/test-database';
import { professionalProfile } from '../../support/professionals';

type Agent = ReturnType<typeof request.agent>;

const database = useTestDatabase();
let app: Express;
let services: Services;
let outboxDir: string;

const DOLE = '39198';
const TAVAUX = '39526';
const LONS = '39300';
const BESANCON = '25056';

// Distinctive strings that must never reach a commune.
const SECRET = {
  name: 'Zéphyrine Quintessence-Ornicar',
  email: 'zephyrine.quintessence@exemple.fr',
  rpps: '98765432109',
  specialty: 'Spécialité Xylophonique',
  project: 'Projet Ornithorynque Confidentiel',
  otherProject: 'Projet Doubs Tatou',
  privateProject: 'Projet Pangolin Caché',
};

const IMPORTANCE: ProjectInput['importance'] = {
  housing: 'indispensable',
  childcare: 'important',
  spouseJob: 'important',
  premises: 'sans-objet',
  aid: 'souhaitable',
  need: 'sans-objet',
  distance: 'souhaitable',
};

const aroundDole = (name: string): ProjectInput => ({
  name,
  area: { communes: [], departements: [], regions: [], around: { commune: DOLE, radiusKm: 20 } },
  start: { year: 2027, month: 9 },
  household: {
    partner: { sectors: ['P'], contracts: ['cdi'] },
    children: [
      { birthYear: 2023, birthMonth: 5 },
      { birthYear: 2019, birthMonth: 6 },
    ],
  },
  housing: { tenure: 'location', roomsMin: 3, budgetMax: 1000, furnished: null },
  premises: null,
  importance: IMPORTANCE,
});

let sharedProjectId: string;
let doubsProjectId: string;
let privateProjectId: string;
let owner: { id: string; email: string; password: string };

async function communeAgent(code: string, status: 'actif' | 'en-attente' = 'actif') {
  const account = await communeStaff(code, { active: status === 'actif' });
  return { account, agent: await signedInAgent(app, account) };
}

const housing = houseOffer('Maison T4 pour un soignant', 4, 850, {
  description: 'Proche des écoles.',
  contact: { name: 'Mairie de Dole', email: '', phone: '' },
});

beforeAll(async () => {
  const built = await buildTestApp(database.current);
  ({ app, services } = built);
  outboxDir = built.config.mail.outboxDir;
  await services.offers.create(await communeStaff(DOLE, { fonction: 'maire' }), 'logement', housing, {
    publish: true,
  });

  // Opted in, with distinctive identity strings.
  owner = await createAccount({ role: 'professionnel', name: SECRET.name, email: SECRET.email });
  await services.professionalProfiles.save(
    owner,
    professionalProfile({ specialty: SECRET.specialty, rpps: SECRET.rpps, shareAnonymised: true }),
  );
  sharedProjectId = (await services.projects.create(owner.id, aroundDole(SECRET.project))).id;
  doubsProjectId = (
    await services.projects.create(owner.id, {
      ...aroundDole(SECRET.otherProject),
      area: { communes: [], departements: ['25'], regions: [], around: null },
    })
  ).id;

  // Did not opt in: the same area, never shown.
  const reserved = await createAccount({ role: 'professionnel', name: 'Personne Réservée' });
  await services.professionalProfiles.save(reserved, professionalProfile({ profession: 'sage-femme' }));
  privateProjectId = (await services.projects.create(reserved.id, aroundDole(SECRET.privateProject))).id;
}, 60_000);

function expectNoIdentity(html: string) {
  for (const secret of Object.values(SECRET)) expect(html).not.toContain(secret);
  // Nor the e-mail's local part, nor the name's parts.
  expect(html).not.toContain('zephyrine');
  expect(html).not.toContain('Zéphyrine');
  expect(html).not.toContain('Quintessence');
}

const projectIdsOn = (html: string) =>
  cheerio
    .load(html)('main li[id^="projet-"]')
    .map((_, element) => cheerio.load(html)(element).attr('id')?.replace('projet-', ''))
    .get();

describe('which projects a commune sees', () => {
  it('shows an opted-in project to the communes of its area only, anonymised', async () => {
    const { agent: dole } = await communeAgent(DOLE);
    // The owners' profiles come from the account directory in memory: no scan of the accounts.
    const scans = jest.spyOn(UserModel, 'find');
    const page = await dole.get('/commune/projets');
    expect(scans).not.toHaveBeenCalled();
    scans.mockRestore();
    expect(page.status).toBe(200);
    expect(projectIdsOn(page.text)).toEqual([sharedProjectId]);
    expectNoIdentity(page.text);

    const card = cheerio.load(page.text)(`#projet-${sharedProjectId}`);
    const text = card.text().replace(/\s+/g, ' ');
    expect(card.find('h2').text()).toContain('Médecin généraliste · Installé(e)');
    expect(text).toMatch(/Foyer : couple avec 2 enfants \(\d+ et \d+ ans\)/);
    expect(text).toContain('Début souhaité : septembre 2027');
    expect(text).toContain('Logement : en location, d’au moins 3 pièces');
    expect(text).toContain('Emploi du conjoint : secteurs : enseignement ; contrats : CDI');
    expect(text).toContain('Indispensable : Logement');
    expect(card.find('[data-score]').text()).toMatch(/Score de votre commune : \d+\/100/);
    // No birth date either: only ages.
    expect(text).not.toMatch(/2019|2023/);

    // Tavaux is within the 20 km around Dole; Lons-le-Saunier is not.
    const { agent: tavaux } = await communeAgent(TAVAUX);
    const tavauxPage = await tavaux.get('/commune/projets');
    expect(projectIdsOn(tavauxPage.text)).toEqual([sharedProjectId]);
    expect(cheerio.load(tavauxPage.text)(`#projet-${sharedProjectId}`).text()).toContain(
      'Pas encore de score',
    );
    expectNoIdentity(tavauxPage.text);

    const { agent: lons } = await communeAgent(LONS);
    expect(projectIdsOn((await lons.get('/commune/projets')).text)).toEqual([]);

    // A project over the whole Doubs: seen in Besançon, not in Dole.
    const { agent: besancon } = await communeAgent(BESANCON);
    const besanconPage = await besancon.get('/commune/projets');
    expect(projectIdsOn(besanconPage.text)).toEqual([doubsProjectId]);
    expectNoIdentity(besanconPage.text);
  });

  it('never shows the project of a professional who did not opt in', async () => {
    for (const code of [DOLE, TAVAUX, LONS, BESANCON]) {
      const { agent } = await communeAgent(code);
      const page = await agent.get('/commune/projets');
      expect(page.text).not.toContain(privateProjectId);
      expect(page.text).not.toContain(SECRET.privateProject);
      expect(page.text).not.toContain('Sage-femme');
    }
    // Nor can it be proposed to.
    const { agent } = await communeAgent(DOLE);
    const _csrf = await csrfTokenOf(agent, '/commune/projets');
    const post = await agent
      .post(`/commune/projets/${privateProjectId}/proposition`)
      .type('form')
      .send({ _csrf });
    expect(post.status).toBe(404);
  });

  it('is closed to pending communes (403), which cannot propose', async () => {
    const { agent } = await communeAgent(DOLE, 'en-attente');
    const page = await agent.get('/commune/projets');
    expect(page.status).toBe(403);
    expect(page.text).toContain('validé par un modérateur');
    expect(page.text).not.toContain(sharedProjectId);
    const _csrf = await csrfTokenOf(agent, '/commune');
    const post = await agent
      .post(`/commune/projets/${sharedProjectId}/proposition`)
      .type('form')
      .send({ _csrf });
    expect(post.status).toBe(403);
    expect(await OfferProposalModel.countDocuments({ communeCode: DOLE })).toBe(0);
  });

  it('is closed to professionals (403)', async () => {
    const professional = await signedInAgent(app, owner);
    expect((await professional.get('/commune/projets')).status).toBe(403);
  });
});

describe('"Proposer nos offres"', () => {
  let dole: Agent;

  beforeAll(async () => {
    ({ agent: dole } = await communeAgent(DOLE));
  });

  const propose = async (agent: Agent, projectId: string) => {
    const _csrf = await csrfTokenOf(agent, '/commune/projets');
    return agent.post(`/commune/projets/${projectId}/proposition`).type('form').send({ _csrf });
  };

  it('is stored once, notifies the professional with a link to their results, and shows there', async () => {
    const first = await propose(dole, sharedProjectId);
    expect(first.status).toBe(303);
    expect(first.headers.location).toBe(`/commune/projets#projet-${sharedProjectId}`);
    const stored = await OfferProposalModel.find({ projectId: sharedProjectId }).lean();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ communeCode: DOLE });

    const after = await dole.get('/commune/projets');
    expect(after.text).toContain('Proposition envoyée');
    const card = cheerio.load(after.text)(`#projet-${sharedProjectId}`);
    expect(card.text()).toContain('Vous avez proposé vos offres le');
    expect(card.find('form')).toHaveLength(0);

    const emails = emailsTo(outboxDir, SECRET.email);
    expect(emails).toHaveLength(1);
    // Through the notifier: in-app, and e-mailed at once (the default frequency), with a link.
    expect(emails[0]?.subject).toBe('La commune de Dole (39) vous propose ses offres');
    expect(emails[0]?.text).toContain('Dole (39)');
    const link = linkIn(emails[0]?.text ?? '', '/professionnel/projets/');
    expect(link).toBe(`/professionnel/projets/${sharedProjectId}/resultats`);

    // A second click: already proposed, nothing stored or sent again.
    const second = await propose(dole, sharedProjectId);
    expect(second.status).toBe(303);
    expect((await dole.get('/commune/projets')).text).toContain('a déjà proposé ses offres pour ce projet');
    expect(await OfferProposalModel.countDocuments({ projectId: sharedProjectId })).toBe(1);
    expect(emailsTo(outboxDir, SECRET.email)).toHaveLength(1);

    // The professional sees the commune at the top of their results.
    const professional = await signedInAgent(app, owner);
    const notifications = await professional.get('/mon-compte/notifications');
    expect(cheerio.load(notifications.text)('#notifications li').first().text()).toContain(
      'La commune de Dole (39) vous propose ses offres',
    );
    const results = await professional.get(link);
    expect(results.status).toBe(200);
    const $ = cheerio.load(results.text);
    expect($('#propositions-titre').text()).toBe('Ces communes vous proposent leurs offres');
    expect($('#propositions a[href="/communes/39198"]').text()).toBe('Dole');
    // Before the list of communes.
    expect(results.text.indexOf('propositions-titre')).toBeLessThan(results.text.indexOf('classement-titre'));
  });

  it('is kept in the database: a service started again shows it, and refuses it a second time', async () => {
    const restarted = await buildTestApp(database.current);
    const professional = await signedInAgent(restarted.app, owner);
    const results = await professional.get(`/professionnel/projets/${sharedProjectId}/resultats`);
    expect(cheerio.load(results.text)('#propositions a[href="/communes/39198"]').text()).toBe('Dole');

    const doleAccount = await createAccount({ role: 'commune', commune: { code: DOLE, fonction: 'agent' } });
    const doleAgain = await signedInAgent(restarted.app, doleAccount);
    const page = await doleAgain.get('/commune/projets');
    expect(cheerio.load(page.text)(`#projet-${sharedProjectId}`).text()).toContain(
      'Vous avez proposé vos offres le',
    );
    expect((await propose(doleAgain, sharedProjectId)).status).toBe(303);
    expect((await doleAgain.get('/commune/projets')).text).toContain(
      'a déjà proposé ses offres pour ce projet',
    );
    expect(await OfferProposalModel.countDocuments({ projectId: sharedProjectId })).toBe(1);

    // Proposed through the first service after this one started: the database refuses the second.
    const tavaux = await createAccount({ role: 'commune', commune: { code: TAVAUX, fonction: 'maire' } });
    expect((await propose(await signedInAgent(app, tavaux), sharedProjectId)).status).toBe(303);
    const tavauxAgain = await signedInAgent(restarted.app, tavaux);
    expect((await propose(tavauxAgain, sharedProjectId)).status).toBe(303);
    expect((await tavauxAgain.get('/commune/projets')).text).toContain(
      'a déjà proposé ses offres pour ce projet',
    );
    expect(await OfferProposalModel.countDocuments({ projectId: sharedProjectId, communeCode: TAVAUX })).toBe(
      1,
    );
  });

  it('is refused for a project outside the commune’s area (404) and without the CSRF token (403)', async () => {
    expect((await propose(dole, doubsProjectId)).status).toBe(404);
    expect((await propose(dole, '000000000000000000000000')).status).toBe(404);
    const forged = await dole.post(`/commune/projets/${doubsProjectId}/proposition`).type('form').send({});
    expect(forged.status).toBe(403);
    expect(await OfferProposalModel.countDocuments({ projectId: doubsProjectId })).toBe(0);
  });
});
