// "Essayer sans compte": a visitor's project ranked and explained exactly as a professional's (same
// engine, same presenter), without a session; « Enregistrer ce projet » keeps it through sign-up or
// login, e-mail confirmation included, and the project form opens filled with it.
import * as cheerio from 'cheerio';
import type { Express } from 'express';
import request from 'supertest';
import type { Config } from '../../../src/config';
import type { Services } from '../../../src/services';
import {
  TEST_PASSWORD,
  createAccount,
  csrfTokenOf,
  emailsTo,
  linkIn,
  logIn,
  signedInAgent,
} from '../../support/accounts';
import { childcareOffer, communeStaff, houseOffer } from '../../support/offers';
import { doleProject } from '../../support/projects';
import { buildTestApp } from '../../support/test-app';
import { useTestDatabase } from '../../support/test-database';
import { professionalProfile } from '../../support/professionals';

type Agent = ReturnType<typeof request.agent>;

const database = useTestDatabase();
let app: Express;
let config: Config;
let services: Services;

const DOLE = '39198';
const TAVAUX = '39526';

const housing = (title: string, rooms: number, price: number) => houseOffer(title, rooms, price);

/** The try-it form as a browser sends it: 30 km around Dole, one child, a rented T3. */
const TRIED = {
  profession: 'medecin-generaliste',
  status: 'installe',
  aroundCommune: 'Dole (39)',
  aroundRadius: '30',
  startMonth: '9',
  startYear: '2027',
  partner: 'non',
  child1Month: '1',
  child1Year: '2026',
  housing: 'location',
  housingRooms: '3',
  housingBudget: '1000',
  housingFurnished: 'indifferent',
  premises: 'non',
  importanceHousing: 'indispensable',
  importanceChildcare: 'important',
  importanceSpouseJob: 'sans-objet',
  importancePremises: 'sans-objet',
  importanceAid: 'souhaitable',
  importanceNeed: 'sans-objet',
  importanceDistance: 'souhaitable',
};
const query = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

beforeAll(async () => {
  ({ app, config, services } = await buildTestApp(database.current));
  const dole = await communeStaff(DOLE);
  const tavaux = await communeStaff(TAVAUX);
  const publish = { publish: true };
  await services.offers.create(dole, 'logement', housing('Maison T4 près du centre', 4, 800), publish);
  await services.offers.create(tavaux, 'logement', housing('T3 à Tavaux', 3, 650), publish);
  await services.offers.create(
    dole,
    'garde-enfants',
    childcareOffer('Micro-crèche des soignants', {
      structure: 'micro-creche',
      places: 2,
      ageMinMonths: 10,
      ageMaxMonths: 36,
      openingHours: '7 h 30 – 19 h',
    }),
    publish,
  );
}, 60_000);

const rankedCards = (html: string) => {
  const $ = cheerio.load(html);
  return $('#classement li[id^="commune-"]')
    .map((_, card) => ({
      code: $(card).attr('id')?.replace('commune-', ''),
      criteria: $(card)
        .find('[data-critere]')
        .map((_i, line) => $(line).text().replace(/\s+/g, ' ').trim())
        .get(),
    }))
    .get();
};

async function professionalWithProfile(): Promise<{ id: string; email: string; password: string }> {
  const account = await createAccount({ role: 'professionnel' });
  await services.professionalProfiles.save(account, professionalProfile());
  return account;
}

/** Asks to keep the tried project from its save page; returns the redirection. */
async function keepTriedProject(agent: Agent, suite: 'inscription' | 'connexion') {
  const page = await agent.get(`/essai/enregistrer?${query(TRIED)}`).expect(200);
  const $ = cheerio.load(page.text);
  const _csrf = String($('input[name="_csrf"]').val());
  const essai = String($('input[name="essai"]').val());
  return agent.post('/essai/enregistrer').type('form').send({ _csrf, essai, suite });
}

describe('the try-it page', () => {
  it('is what the home page leads with, before the commune fact sheet', async () => {
    const $ = cheerio.load((await request(app).get('/').expect(200)).text);
    const links = $('main a')
      .map((_, link) => $(link).attr('href'))
      .get();
    expect(links.slice(0, 3)).toEqual(['/essai', '/carte', '/offres']);
    expect($('main h2').last().text()).toBe('Trouver une commune');
  });

  it('shows the project form to anyone, with the profession and situation, and opens no session', async () => {
    const response = await request(app).get('/essai').expect(200);
    expect(response.headers['set-cookie']).toBeUndefined();
    const $ = cheerio.load(response.text);
    const form = $('main form');
    expect(form.attr('method')).toBe('get');
    expect(form.attr('action')).toBe('/essai/resultats');
    for (const name of ['profession', 'status', 'aroundCommune', 'startMonth', 'child1Month', 'housing'])
      expect(form.find(`[name="${name}"]`).length).toBeGreaterThan(0);
    expect(form.find('[name="name"]').length).toBe(0);
  });

  it('ranks and explains the communes exactly as for a professional with the same project, map included', async () => {
    const tried = await request(app)
      .get(`/essai/resultats?${query(TRIED)}`)
      .expect(200);
    expect(tried.headers['set-cookie']).toBeUndefined();

    const owner = await professionalWithProfile();
    const project = await services.projects.create(owner.id, doleProject({ name: 'Le même projet' }));
    const agent = await signedInAgent(app, owner);
    const own = await agent.get(`/professionnel/projets/${project.id}/resultats`).expect(200);

    expect(rankedCards(tried.text).map((card) => card.code)).toEqual([DOLE, TAVAUX]);
    expect(rankedCards(tried.text)).toEqual(rankedCards(own.text));
    const $ = cheerio.load(tried.text);
    expect($('#results-map').attr('data-points')).toBe(
      cheerio.load(own.text)('#results-map').attr('data-points'),
    );
    expect($('#commune-39198').text()).toContain('Micro-crèche des soignants');
    // A visitor has no favourites and writes to no commune before having an account.
    expect($('form[action*="/favoris"]').length).toBe(0);
    expect($('#enregistrer-projet').attr('href')).toBe(`/essai/enregistrer?${query(TRIED)}`);
  });

  it('shows the form again with every value and an error next to each wrong field (400)', async () => {
    const response = await request(app)
      .get(
        `/essai/resultats?${query({ ...TRIED, aroundCommune: '', aroundRadius: '', startYear: '27', profession: 'sorcier' })}`,
      )
      .expect(400);
    const $ = cheerio.load(response.text);
    expect($('title').text()).toMatch(/^Erreur : /);
    expect($('#startYear-error').text()).toContain('4 chiffres');
    expect($('#profession-error').text()).toContain('profession');
    expect($('#startYear').val()).toBe('27');
    expect($('#child1Year').val()).toBe('2026');
    expect($('.fr-error-summary a[href="#startYear"]').length).toBe(1);
  });

  it('refuses unknown parameters with a message, never a 500', async () => {
    const response = await request(app).get(`/essai/resultats?${query({ ...TRIED, $where: '1' })}`);
    expect(response.status).toBe(400);
  });
});

describe('« Enregistrer ce projet »', () => {
  it('is a CSRF-protected POST', async () => {
    await request(app)
      .post('/essai/enregistrer')
      .type('form')
      .send({ essai: query(TRIED), suite: 'connexion' })
      .expect(403);
  });

  it('keeps the project through the login: the project form opens filled with it, and saving lands on its results', async () => {
    const owner = await professionalWithProfile();
    const agent = request.agent(app);
    const kept = await keepTriedProject(agent, 'connexion');
    expect(kept.status).toBe(303);
    expect(kept.headers.location).toBe(
      `/connexion?retour=${encodeURIComponent('/professionnel/projets/nouveau')}`,
    );

    const _csrf = await csrfTokenOf(agent, String(kept.headers.location));
    const login = await agent.post('/connexion').type('form').send({
      _csrf,
      email: owner.email,
      password: owner.password,
      retour: '/professionnel/projets/nouveau',
    });
    expect(login.headers.location).toBe('/professionnel/projets/nouveau');

    const form = cheerio.load((await agent.get('/professionnel/projets/nouveau').expect(200)).text);
    expect(form('#projet-essaye').length).toBe(1);
    expect(form('#aroundCommune').val()).toBe('Dole (39)');
    expect(form('#child1Year').val()).toBe('2026');
    expect(form('#housingBudget').val()).toBe('1000');
    expect(form('#importanceHousing').val()).toBe('indispensable');

    const saved = await agent
      .post('/professionnel/projets')
      .type('form')
      .send({
        ...TRIED,
        profession: undefined,
        status: undefined,
        name: 'Installation à Dole',
        _csrf: form('input[name="_csrf"]').val(),
      });
    expect(saved.status).toBe(303);
    const [project] = services.projects.ofOwner(owner.id);
    expect(project?.name).toBe('Installation à Dole');
    expect(saved.headers.location).toBe(`/professionnel/projets/${project?.id}/resultats`);
    // Taken up: a new project form is empty again.
    const next = cheerio.load((await agent.get('/professionnel/projets/nouveau').expect(200)).text);
    expect(next('#projet-essaye').length).toBe(0);
    expect(next('#aroundCommune').val()).toBe('');
  });

  it('keeps the project through sign-up and e-mail confirmation, the profile starting from it', async () => {
    const agent = request.agent(app);
    const kept = await keepTriedProject(agent, 'inscription');
    expect(kept.headers.location).toBe('/inscription/professionnel');

    const email = 'essai.inscription@exemple.fr';
    const signUp = await agent
      .post('/inscription/professionnel')
      .type('form')
      .send({
        _csrf: await csrfTokenOf(agent, '/inscription/professionnel'),
        name: 'Alex Essai',
        email,
        password: TEST_PASSWORD,
        passwordConfirmation: TEST_PASSWORD,
      });
    expect(signUp.headers.location).toBe('/inscription/envoyee');
    const sent = cheerio.load((await agent.get('/inscription/envoyee').expect(200)).text);
    expect(sent('#projet-essaye').text()).toContain('gardé');

    const link = linkIn(emailsTo(config.mail.outboxDir, email)[0]?.text ?? '', '/verification-email/');
    await agent
      .post(link)
      .type('form')
      .send({ _csrf: await csrfTokenOf(agent, link) })
      .expect(303);
    await logIn(agent, { email, password: TEST_PASSWORD });

    const home = cheerio.load((await agent.get('/professionnel').expect(200)).text);
    expect(home('#projet-essaye a').attr('href')).toBe('/professionnel/projets/nouveau');
    const profile = cheerio.load((await agent.get('/professionnel/profil').expect(200)).text);
    expect(profile('#profession').val()).toBe('medecin-generaliste');
    expect(profile('#status-installe').attr('checked')).toBeDefined();
    const savedProfile = await agent
      .post('/professionnel/profil')
      .type('form')
      .send({
        _csrf: profile('input[name="_csrf"]').val(),
        profession: 'medecin-generaliste',
        practiceMode: 'liberal',
        status: 'installe',
      });
    expect(savedProfile.headers.location).toBe('/professionnel/projets/nouveau');
    const form = cheerio.load((await agent.get('/professionnel/projets/nouveau').expect(200)).text);
    expect(form('#aroundCommune').val()).toBe('Dole (39)');
  });
});
