// Sign-up for each role, e-mail verification, login, landing pages, logout.
import * as cheerio from 'cheerio';
import request from 'supertest';
import { UserModel } from '../../../src/models/user';
import {
  TEST_PASSWORD,
  createAccount,
  csrfTokenOf,
  emailsTo,
  linkIn,
  logIn,
  sessionCookieOf,
  signedInAgent,
} from '../../support/accounts';
import { confirmFromOutbox as confirmFromMail, signUp } from '../../support/sign-up';
import { useTestApp } from '../../support/test-app';

const built = useTestApp();

const confirmFromOutbox = (agent: ReturnType<typeof request.agent>, email: string) =>
  confirmFromMail(agent, built.config.mail.outboxDir, email);

describe('professional sign-up', () => {
  const email = 'camille.martin@exemple.fr';

  it('creates an account that can log in once the e-mailed link is used, landing on "Mon projet"', async () => {
    const agent = request.agent(built.app);
    const response = await signUp(agent, 'professionnel', {
      name: 'Camille Martin',
      email: 'Camille.Martin@Exemple.fr',
      password: TEST_PASSWORD,
      passwordConfirmation: TEST_PASSWORD,
    });
    expect(response.status).toBe(303);
    expect(response.headers.location).toBe('/inscription/envoyee');
    await expect(UserModel.findOne({ email }).lean()).resolves.toMatchObject({
      status: 'email-a-verifier',
      role: 'professionnel',
    });

    // Not before verification.
    const loginToken = await csrfTokenOf(agent);
    const early = await agent
      .post('/connexion')
      .type('form')
      .send({ _csrf: loginToken, email, password: TEST_PASSWORD });
    expect(early.status).toBe(403);
    expect(cheerio.load(early.text)('.fr-alert--error').text()).toContain(
      'Confirmez d’abord votre adresse e-mail',
    );

    const message = emailsTo(built.config.mail.outboxDir, email)[0];
    expect(message?.subject).toBe('Confirmez votre adresse e-mail');
    const link = linkIn(message?.text ?? '', '/verification-email/');
    // Opening the link changes nothing by itself (mail scanners open links).
    await agent.get(link).expect(200);
    await expect(UserModel.findOne({ email }).lean()).resolves.toMatchObject({ status: 'email-a-verifier' });
    const confirmed = await confirmFromOutbox(agent, email);
    expect(confirmed.status).toBe(303);
    await expect(UserModel.findOne({ email }).lean()).resolves.toMatchObject({ status: 'actif' });
    // The link works once.
    const retryToken = await csrfTokenOf(agent);
    await agent.post(link).type('form').send({ _csrf: retryToken }).expect(400);

    const signedIn = await signedInAgent(built.app, { email, password: TEST_PASSWORD });
    const home = await signedIn.get('/professionnel').expect(200);
    const $ = cheerio.load(home.text);
    expect($('h1').text()).toContain('Mon projet');
    expect($('header').text()).toContain('Camille Martin');
    expect($('header form[action="/deconnexion"] button').text()).toContain('Se déconnecter');
    expect($('nav#navigation a[href="/professionnel"]').attr('aria-current')).toBe('page');
  });

  it('keeps every typed value but the passwords, with a French message next to each wrong field, and stores nothing', async () => {
    const agent = request.agent(built.app);
    const response = await signUp(agent, 'professionnel', {
      name: 'C',
      email: 'pas-une-adresse',
      password: 'court',
      passwordConfirmation: 'autre',
    });
    expect(response.status).toBe(400);
    const $ = cheerio.load(response.text);
    expect($('#name').val()).toBe('C');
    expect($('#email').val()).toBe('pas-une-adresse');
    expect($('#password').val()).toBeFalsy();
    expect($('#name-error').text()).toContain('prénom et votre nom');
    expect($('#email-error').text()).toContain('adresse e-mail valide');
    expect($('#password-error').text()).toContain('au moins 12 caractères');
    expect($('#passwordConfirmation-error').text()).toContain('pas identiques');
    await expect(UserModel.countDocuments({ email: 'pas-une-adresse' })).resolves.toBe(0);
  });

  it('refuses common passwords', async () => {
    const response = await signUp(request.agent(built.app), 'professionnel', {
      name: 'Alex Durand',
      email: 'alex.durand@exemple.fr',
      password: 'motdepasse123',
      passwordConfirmation: 'motdepasse123',
    });
    expect(response.status).toBe(400);
    expect(cheerio.load(response.text)('#password-error').text()).toContain('trop courant');
  });

  it('answers the same for an address that already has an account, and tells its owner by e-mail', async () => {
    const existing = await createAccount({ role: 'professionnel' });
    const response = await signUp(request.agent(built.app), 'professionnel', {
      name: 'Quelqu’un',
      email: existing.email,
      password: 'une autre phrase de passe',
      passwordConfirmation: 'une autre phrase de passe',
    });
    expect(response.status).toBe(303);
    expect(response.headers.location).toBe('/inscription/envoyee');
    expect(emailsTo(built.config.mail.outboxDir, existing.email)[0]?.subject).toBe(
      'Vous avez déjà un compte',
    );
    await expect(UserModel.countDocuments({ email: existing.email })).resolves.toBe(1);
  });
});

describe('commune sign-up', () => {
  it('names the commune with the autocomplete label and stays pending after verification', async () => {
    const agent = request.agent(built.app);
    const form = cheerio.load((await agent.get('/inscription/commune').expect(200)).text);
    expect(form('input#commune[list="communes-suggestions"]')).toHaveLength(1);
    expect(form('script[src="/static/js/commune-autocomplete.js"]')).toHaveLength(1);
    const email = 'secretariat@mairie-dole.fr';
    const response = await signUp(agent, 'commune', {
      name: 'Dominique Petit',
      email,
      commune: 'Dole (39)',
      fonction: 'agent',
      password: TEST_PASSWORD,
      passwordConfirmation: TEST_PASSWORD,
    });
    expect(response.status).toBe(303);
    await confirmFromOutbox(agent, email);
    await expect(UserModel.findOne({ email }).lean()).resolves.toMatchObject({
      status: 'en-attente',
      commune: { code: '39198', fonction: 'agent' },
    });
    const signedIn = await signedInAgent(built.app, { email, password: TEST_PASSWORD });
    const home = cheerio.load((await signedIn.get('/commune').expect(200)).text);
    expect(home('h1').text()).toContain('Dole');
    expect(home('main').text()).toContain('en attente de validation');
  });

  it('asks which commune when the name is ambiguous or unknown, keeping what was typed', async () => {
    const ambiguous = await signUp(request.agent(built.app), 'commune', {
      name: 'Dominique Petit',
      email: 'x@mairie.fr',
      commune: 'Villers',
      fonction: 'maire',
      password: TEST_PASSWORD,
      passwordConfirmation: TEST_PASSWORD,
    });
    expect(ambiguous.status).toBe(400);
    const $ = cheerio.load(ambiguous.text);
    expect($('#commune').val()).toBe('Villers');
    expect($('#commune-error').text()).toMatch(/Précisez la commune|Aucune commune/);
    expect($('#fonction option[selected]').attr('value')).toBe('maire');
  });

  it('accepts an INSEE code', async () => {
    const response = await signUp(request.agent(built.app), 'commune', {
      name: 'Jean Le Gall',
      email: 'mairie@saint-brieuc.fr',
      commune: '22278',
      fonction: 'maire',
      password: TEST_PASSWORD,
      passwordConfirmation: TEST_PASSWORD,
    });
    expect(response.status).toBe(303);
    await expect(UserModel.findOne({ email: 'mairie@saint-brieuc.fr' }).lean()).resolves.toMatchObject({
      commune: { code: '22278' },
    });
  });
});

describe('partner sign-up', () => {
  it('records the organisation and its territory; a région code is not mistaken for a département', async () => {
    const agent = request.agent(built.app);
    const email = 'contact@ars-bfc.exemple.fr';
    const response = await signUp(agent, 'partenaire', {
      name: 'Claude Bernard',
      email,
      partnerType: 'ars',
      organisation: 'ARS Bourgogne-Franche-Comté',
      territory: 'region-27',
      password: TEST_PASSWORD,
      passwordConfirmation: TEST_PASSWORD,
    });
    expect(response.status).toBe(303);
    await expect(UserModel.findOne({ email }).lean()).resolves.toMatchObject({
      role: 'partenaire',
      partner: { type: 'ars', territoire: { niveau: 'region', code: '27' } },
    });
  });

  it('refuses an unknown territory or organisation type', async () => {
    const response = await signUp(request.agent(built.app), 'partenaire', {
      name: 'Claude Bernard',
      email: 'x@cpam.fr',
      partnerType: 'banque',
      organisation: 'CPAM',
      territory: 'departement-00',
      password: TEST_PASSWORD,
      passwordConfirmation: TEST_PASSWORD,
    });
    expect(response.status).toBe(400);
    expect(cheerio.load(response.text)('#partnerType-error').text()).toContain('type d’organisation');
  });
});

describe('landing pages and logout', () => {
  it.each([
    ['professionnel', '/professionnel'],
    ['commune', '/commune'],
    ['partenaire', '/partenaire'],
    ['moderateur', '/moderation'],
  ] as const)('sends a %s to %s after login', async (role, home) => {
    const account = await createAccount({ role });
    const agent = request.agent(built.app);
    const _csrf = await csrfTokenOf(agent);
    const response = await agent
      .post('/connexion')
      .type('form')
      .send({ _csrf, email: account.email, password: account.password });
    expect(response.status).toBe(303);
    expect(response.headers.location).toBe(home);
  });

  it('logs out with a POST that destroys the server-side session', async () => {
    const account = await createAccount({ role: 'professionnel' });
    const agent = request.agent(built.app);
    const sessionCookie = sessionCookieOf(await logIn(agent, account));
    expect(sessionCookie).toMatch(/^accueil-sante=/);
    await request(built.app).get('/professionnel').set('Cookie', sessionCookie).expect(200);

    const _csrf = await csrfTokenOf(agent, '/professionnel');
    await agent.post('/deconnexion').type('form').send({ _csrf }).expect(303);
    await agent.get('/professionnel').expect(302);
    // Replaying the old cookie does not bring the session back.
    await request(built.app).get('/professionnel').set('Cookie', sessionCookie).expect(302);
  });

  it('does not log out through a GET', async () => {
    await request(built.app).get('/deconnexion').expect(404);
  });
});
