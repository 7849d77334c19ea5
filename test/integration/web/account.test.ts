// "Mon compte": the declared data, change of password and e-mail, data export, deletion.
import * as cheerio from 'cheerio';
import request from 'supertest';
import { SessionModel } from '../../../src/models/session';
import { UserModel } from '../../../src/models/user';
import { UserEmailModel } from '../../../src/models/user-email';
import {
  TEST_PASSWORD,
  createAccount,
  csrfTokenOf,
  emailsTo,
  linkIn,
  signedInAgent,
} from '../../support/accounts';
import { useTestApp } from '../../support/test-app';

type Agent = ReturnType<typeof request.agent>;

const built = useTestApp();

/** Posts one of the page's forms with the session's CSRF token. */
async function submit(agent: Agent, path: string, fields: Record<string, string>) {
  const _csrf = await csrfTokenOf(agent, '/mon-compte');
  return agent
    .post(path)
    .type('form')
    .send({ _csrf, ...fields });
}

async function logIn(email: string, password: string) {
  const agent = request.agent(built.app);
  const _csrf = await csrfTokenOf(agent);
  return agent.post('/connexion').type('form').send({ _csrf, email, password });
}

describe('GET /mon-compte', () => {
  it('sends anonymous visitors to the login page, coming back here afterwards', async () => {
    const response = await request(built.app).get('/mon-compte').expect(302);
    expect(response.headers.location).toBe('/connexion?retour=%2Fmon-compte');
  });

  it('shows what a commune account declared, with one h1 and a CSRF token in every form', async () => {
    const account = await createAccount({
      role: 'commune',
      name: 'Dominique Lambert',
      commune: { code: '39198', fonction: 'adjoint' },
    });
    const agent = await signedInAgent(built.app, account);
    const response = await agent.get('/mon-compte').expect(200);
    const $ = cheerio.load(response.text);
    expect($('h1')).toHaveLength(1);
    expect($('h1').text().trim()).toBe('Mon compte');
    expect($('title').text()).toContain('Mon compte');
    const details = $('#informations').text().replace(/\s+/g, ' ');
    expect(details).toContain('Dominique Lambert');
    expect(details).toContain(account.email);
    expect(details).toContain('Commune');
    expect(details).toContain('Actif');
    expect(details).toContain('Dole (39)');
    expect(details).toContain('Adjoint(e) au maire');
    expect($('#informations a[href="/communes/39198"]')).toHaveLength(1);
    expect($('a[href="/mon-compte/export"]')).toHaveLength(1);
    const forms = $('main form[method="post"]');
    expect(forms.map((_i, form) => $(form).attr('action')?.split('#')[0]).get()).toEqual([
      '/mon-compte/email',
      '/mon-compte/mot-de-passe',
      '/mon-compte/suppression',
    ]);
    forms.each((_i, form) => expect($(`#${$(form).attr('action')?.split('#')[1]}`)).toHaveLength(1));
    forms.each((_i, form) => expect($(form).find('input[name="_csrf"]').val()).toBeTruthy());
    expect($('#suppression-titre').parent().text()).toContain('offres');
    expect($('script:not([src])')).toHaveLength(0);
    expect($('[style]')).toHaveLength(0);
  });

  it('explains a pending partner account and shows its organisation and territory', async () => {
    const account = await createAccount({
      role: 'partenaire',
      status: 'en-attente',
      partner: { type: 'urps', nom: 'URPS médecins', territoire: { niveau: 'departement', code: '39' } },
    });
    const $ = cheerio.load(
      (await (await signedInAgent(built.app, account)).get('/mon-compte').expect(200)).text,
    );
    const page = $('main').text().replace(/\s+/g, ' ');
    expect(page).toContain('En attente de validation');
    expect(page).toContain('en attente de validation par un modérateur');
    expect(page).toContain('URPS médecins');
    expect(page).toContain('Département 39 – Jura');
  });
});

describe('CSRF', () => {
  it.each(['/mon-compte/email', '/mon-compte/mot-de-passe', '/mon-compte/suppression'])(
    'refuses %s without the token',
    async (path) => {
      const account = await createAccount({ role: 'professionnel' });
      const agent = await signedInAgent(built.app, account);
      await agent
        .post(path)
        .type('form')
        .send({
          currentPassword: account.password,
          email: 'autre@exemple.fr',
          password: 'une nouvelle phrase de passe',
          passwordConfirmation: 'une nouvelle phrase de passe',
          confirmation: 'oui',
        })
        .expect(403);
      await expect(UserModel.exists({ _id: account.id })).resolves.toBeTruthy();
    },
  );
});

describe('POST /mon-compte/mot-de-passe', () => {
  const NEW_PASSWORD = 'le chat dort sur le radiateur';

  it('refuses a wrong current password, next to the field', async () => {
    const account = await createAccount({ role: 'professionnel' });
    const agent = await signedInAgent(built.app, account);
    const response = await submit(agent, '/mon-compte/mot-de-passe', {
      currentPassword: 'pas le bon mot de passe',
      password: NEW_PASSWORD,
      passwordConfirmation: NEW_PASSWORD,
    });
    expect(response.status).toBe(400);
    const $ = cheerio.load(response.text);
    expect($('#password-currentPassword-error').text()).toContain('Mot de passe actuel incorrect');
    expect($('input[type="password"]').filter((_i, input) => Boolean($(input).val()))).toHaveLength(0);
    expect((await logIn(account.email, account.password)).status).toBe(303);
  });

  it('applies the sign-up policy to the new password', async () => {
    const account = await createAccount({ role: 'professionnel' });
    const agent = await signedInAgent(built.app, account);
    const short = await submit(agent, '/mon-compte/mot-de-passe', {
      currentPassword: account.password,
      password: 'court',
      passwordConfirmation: 'court',
    });
    expect(short.status).toBe(400);
    expect(cheerio.load(short.text)('#password-error').text()).toContain('au moins 12 caractères');
    const different = await submit(agent, '/mon-compte/mot-de-passe', {
      currentPassword: account.password,
      password: NEW_PASSWORD,
      passwordConfirmation: 'autre chose encore',
    });
    expect(different.status).toBe(400);
    expect(cheerio.load(different.text)('#passwordConfirmation-error').text()).toContain('pas identiques');
    const local = account.email.split('@')[0] ?? '';
    const withAddress = await submit(agent, '/mon-compte/mot-de-passe', {
      currentPassword: account.password,
      password: `${local} pour toujours`,
      passwordConfirmation: `${local} pour toujours`,
    });
    expect(withAddress.status).toBe(400);
    expect(cheerio.load(withAddress.text)('#password-error').text()).toContain('adresse e-mail');
    expect((await logIn(account.email, account.password)).status).toBe(303);
  });

  it('changes the password, keeps this session, ends the others and tells the owner by e-mail', async () => {
    const account = await createAccount({ role: 'professionnel' });
    const other = await signedInAgent(built.app, account);
    const agent = await signedInAgent(built.app, account);
    await other.get('/mon-compte').expect(200);
    const before = Date.now();

    const response = await submit(agent, '/mon-compte/mot-de-passe', {
      currentPassword: account.password,
      password: NEW_PASSWORD,
      passwordConfirmation: NEW_PASSWORD,
    });
    expect(response.status).toBe(303);
    expect(response.headers.location).toBe('/mon-compte#contenu');

    const page = await agent.get('/mon-compte').expect(200);
    expect(cheerio.load(page.text)('.fr-alert--success').text()).toContain('mot de passe est modifié');
    const ended = await other.get('/mon-compte').expect(302);
    expect(ended.headers.location).toBe('/connexion?retour=%2Fmon-compte');

    // The session moved to the new credentials version and kept its login time.
    const sessions = (await SessionModel.find().lean())
      .map((stored) => JSON.parse(stored.data) as { passport?: { user?: string }; authenticatedAt?: number })
      .filter((data) => data.passport?.user === `${account.id}:2`);
    expect(sessions).toHaveLength(1);
    expect(sessions[0]?.authenticatedAt).toBeLessThan(before);

    expect((await logIn(account.email, account.password)).status).toBe(401);
    expect((await logIn(account.email, NEW_PASSWORD)).status).toBe(303);
    expect(emailsTo(built.config.mail.outboxDir, account.email).map((message) => message.subject)).toContain(
      'Votre mot de passe a été modifié',
    );
  });
});

describe('POST /mon-compte/email', () => {
  it('e-mails a link to the new address and applies it only once the link is used', async () => {
    const account = await createAccount({ role: 'professionnel' });
    const newEmail = `nouvelle-${account.id.slice(-6)}@exemple.fr`;
    const agent = await signedInAgent(built.app, account);
    const response = await submit(agent, '/mon-compte/email', {
      email: newEmail,
      currentPassword: account.password,
    });
    expect(response.status).toBe(303);
    expect(response.headers.location).toBe('/mon-compte#contenu');
    const page = cheerio.load((await agent.get('/mon-compte').expect(200)).text);
    expect(page('.fr-alert--success').text()).toContain(`Un lien de confirmation a été envoyé à ${newEmail}`);
    expect(page('#informations').text()).toContain(account.email);

    // Not applied yet: the old address still logs in, the new one does not.
    await expect(UserModel.findById(account.id).lean()).resolves.toMatchObject({ email: account.email });
    expect((await logIn(newEmail, account.password)).status).toBe(401);
    expect(emailsTo(built.config.mail.outboxDir, account.email)[0]?.subject).toBe(
      'Changement d’adresse e-mail demandé',
    );

    const message = emailsTo(built.config.mail.outboxDir, newEmail)[0];
    expect(message?.subject).toBe('Confirmez votre nouvelle adresse e-mail');
    const link = linkIn(message?.text ?? '', '/verification-email/');
    await agent.get(link).expect(200);
    await expect(UserModel.findById(account.id).lean()).resolves.toMatchObject({ email: account.email });
    const _csrf = await csrfTokenOf(agent, link);
    const confirmed = await agent.post(link).type('form').send({ _csrf });
    expect(confirmed.status).toBe(303);
    expect(confirmed.headers.location).toBe('/mon-compte');
    expect(
      cheerio
        .load((await agent.get('/mon-compte').expect(200)).text)('#informations')
        .text(),
    ).toContain(newEmail);

    expect((await logIn(newEmail, account.password)).status).toBe(303);
    expect((await logIn(account.email, account.password)).status).toBe(401);
  });

  it('answers for an address another account uses as for a free one, and never applies it', async () => {
    const account = await createAccount({ role: 'professionnel' });
    const someoneElse = await createAccount({ role: 'commune' });
    const agent = await signedInAgent(built.app, account);

    const taken = await submit(agent, '/mon-compte/email', {
      email: someoneElse.email,
      currentPassword: account.password,
    });
    expect(taken.status).toBe(303);
    expect(taken.headers.location).toBe('/mon-compte#contenu');
    expect(emailsTo(built.config.mail.outboxDir, someoneElse.email)[0]?.subject).toBe(
      'Votre adresse a été proposée pour un autre compte',
    );
    await expect(UserModel.findById(account.id).lean()).resolves.toMatchObject({ email: account.email });
  });

  it('refuses a wrong password and an invalid address, keeping the typed address', async () => {
    const account = await createAccount({ role: 'professionnel' });
    const agent = await signedInAgent(built.app, account);

    const wrongPassword = await submit(agent, '/mon-compte/email', {
      email: 'libre@exemple.fr',
      currentPassword: 'pas le bon mot de passe',
    });
    expect(wrongPassword.status).toBe(400);
    let $ = cheerio.load(wrongPassword.text);
    expect($('#email-currentPassword-error').text()).toContain('Mot de passe actuel incorrect');

    const invalid = await submit(agent, '/mon-compte/email', {
      email: 'pas-une-adresse',
      currentPassword: account.password,
    });
    expect(invalid.status).toBe(400);
    $ = cheerio.load(invalid.text);
    expect($('#email-error').text()).toContain('adresse e-mail valide');
    expect($('#email').val()).toBe('pas-une-adresse');
    expect(emailsTo(built.config.mail.outboxDir, 'libre@exemple.fr')).toHaveLength(0);
  });
});

describe('GET /mon-compte/export', () => {
  it('downloads everything stored about the account as JSON, without the password hash', async () => {
    const account = await createAccount({ role: 'partenaire' });
    const agent = await signedInAgent(built.app, account);
    const response = await agent.get('/mon-compte/export').expect(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="accueil-sante-mes-donnees.json"',
    );
    expect(response.headers['cache-control']).toBe('no-store');
    const body = response.text;
    expect(body).toContain('\n  "account"');
    const data = JSON.parse(body) as {
      account: { email: string; _id: string };
      activity: { action: string }[];
    };
    expect(data.account).toMatchObject({ email: account.email, _id: account.id });
    expect(data.activity.map((event) => event.action)).toContain('connexion.reussie');
    expect(body).not.toContain('passwordHash');
    expect(body).not.toContain('$argon2');
  });

  it('is for signed-in users only', async () => {
    const response = await request(built.app).get('/mon-compte/export').expect(302);
    expect(response.headers.location).toBe('/connexion?retour=%2Fmon-compte%2Fexport');
  });
});

describe('POST /mon-compte/suppression', () => {
  it('needs the confirmation box and the right password', async () => {
    const account = await createAccount({ role: 'professionnel' });
    const agent = await signedInAgent(built.app, account);
    const unchecked = await submit(agent, '/mon-compte/suppression', { currentPassword: account.password });
    expect(unchecked.status).toBe(400);
    let $ = cheerio.load(unchecked.text);
    expect($('#confirmation-error').text()).toContain('Cochez la case');
    expect($('#confirmation').attr('aria-invalid')).toBe('true');

    const wrong = await submit(agent, '/mon-compte/suppression', {
      currentPassword: 'pas le bon mot de passe',
      confirmation: 'oui',
    });
    expect(wrong.status).toBe(400);
    $ = cheerio.load(wrong.text);
    expect($('#deletion-currentPassword-error').text()).toContain('Mot de passe actuel incorrect');
    expect($('#confirmation').attr('checked')).toBeDefined();
    await expect(UserModel.exists({ _id: account.id })).resolves.toBeTruthy();
  });

  it('erases the account and its address, ends the session and frees the address for a new sign-up', async () => {
    const account = await createAccount({ role: 'commune', name: 'Claude Mercier' });
    const agent = await signedInAgent(built.app, account);
    // A failed login leaves the address in the audit trail as a target too.
    expect((await logIn(account.email, 'pas le bon mot de passe')).status).toBe(401);

    const response = await submit(agent, '/mon-compte/suppression', {
      currentPassword: account.password,
      confirmation: 'oui',
    });
    expect(response.status).toBe(303);
    expect(response.headers.location).toBe('/compte-supprime');
    expect(String(response.headers['set-cookie'])).toMatch(/accueil-sante=;/);
    const done = cheerio.load((await agent.get('/compte-supprime').expect(200)).text);
    expect(done('h1').text()).toContain('Compte supprimé');
    const after = await agent.get('/mon-compte').expect(302);
    expect(after.headers.location).toBe('/connexion?retour=%2Fmon-compte');

    await expect(UserModel.exists({ _id: account.id })).resolves.toBeNull();
    await expect(UserEmailModel.exists({ _id: account.email })).resolves.toBeNull();
    expect((await logIn(account.email, account.password)).status).toBe(401);
    expect(emailsTo(built.config.mail.outboxDir, account.email)[0]?.subject).toBe(
      'Votre compte a été supprimé',
    );

    // The audit trail keeps the events, without the address or the name.
    const { events } = await built.services.audit.list({}, 1, 10_000);
    const concerning = events.filter((event) => event.targetId === account.id);
    expect(concerning.map((event) => event.action)).toEqual(
      expect.arrayContaining(['connexion.reussie', 'connexion.echec', 'compte.supprime']),
    );
    expect(JSON.stringify(events)).not.toContain(account.email);
    expect(JSON.stringify(events)).not.toContain('Claude Mercier');

    // The address can sign up again.
    const newcomer = request.agent(built.app);
    const _csrf = await csrfTokenOf(newcomer, '/inscription/professionnel');
    const signUp = await newcomer.post('/inscription/professionnel').type('form').send({
      _csrf,
      name: 'Claude Mercier',
      email: account.email,
      password: TEST_PASSWORD,
      passwordConfirmation: TEST_PASSWORD,
    });
    expect(signUp.status).toBe(303);
    expect(emailsTo(built.config.mail.outboxDir, account.email)[0]?.subject).toBe(
      'Confirmez votre adresse e-mail',
    );
    await expect(UserModel.findOne({ email: account.email }).lean()).resolves.toMatchObject({
      role: 'professionnel',
      status: 'email-a-verifier',
    });
  });
});
