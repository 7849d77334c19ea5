// The moderators' back-office: queue, account page and decisions, all accounts, audit log, access.
import * as cheerio from 'cheerio';
import type { Express } from 'express';
import request from 'supertest';
import type { Config } from '../../../src/config';
import { UserModel } from '../../../src/models/user';
import type { Services } from '../../../src/services';
import { parisMidnight } from '../../../src/web/forms/paris-days';
import { createAccount, csrfTokenOf, emailsTo, signedInAgent } from '../../support/accounts';
import { buildTestApp } from '../../support/test-app';
import { useTestDatabase } from '../../support/test-database';

type Agent = ReturnType<typeof request.agent>;

const database = useTestDatabase();
let app: Express;
let config: Config;
let services: Services;
let moderator: { id: string; email: string; password: string };
let moderatorAgent: Agent;

beforeAll(async () => {
  ({ app, config, services } = await buildTestApp(database.current));
  moderator = await createAccount({ role: 'moderateur', name: 'Dominique Modératrice' });
  moderatorAgent = await signedInAgent(app, moderator);
}, 60_000);

const statusOf = async (id: string) => (await UserModel.findById(id).lean())?.status;

/** Posts a decision from the account page, as the moderator's browser does. */
async function decide(accountId: string, fields: Record<string, string>, agent: Agent = moderatorAgent) {
  const _csrf = await csrfTokenOf(agent, `/moderation/comptes/${accountId}`);
  return agent
    .post(`/moderation/comptes/${accountId}/decision`)
    .type('form')
    .send({ _csrf, ...fields });
}

describe('the queue of accounts to validate', () => {
  it('says when nobody is waiting, and links to every account', async () => {
    const $ = cheerio.load((await moderatorAgent.get('/moderation').expect(200)).text);
    expect($('h1').text().trim()).toBe('Comptes à valider');
    expect($('h1')).toHaveLength(1);
    expect($('#file-vide').text()).toContain('Aucun compte en attente.');
    expect($('a[href="/moderation/comptes"]').text()).toContain('Tous les comptes');
  });

  it('lists pending accounts oldest first, with the declared commune, function or organisation', async () => {
    const commune = await createAccount({
      role: 'commune',
      status: 'en-attente',
      name: 'Claude Adjoint',
      commune: { code: '39198', fonction: 'adjoint' },
    });
    const partner = await createAccount({
      role: 'partenaire',
      status: 'en-attente',
      name: 'Sacha Partenaire',
      partner: {
        type: 'conseil-departemental',
        nom: 'Conseil départemental du Jura',
        territoire: { niveau: 'departement', code: '39' },
      },
    });
    await createAccount({ role: 'commune', status: 'actif' });

    const $ = cheerio.load((await moderatorAgent.get('/moderation').expect(200)).text);
    const rows = $('#file-attente tbody tr');
    expect(rows.map((_i, row) => $(row).attr('data-account-id')).get()).toEqual([commune.id, partner.id]);

    const communeRow = rows.first();
    expect(communeRow.text()).toContain('Claude Adjoint');
    expect(communeRow.text()).toContain(commune.email);
    expect(communeRow.find('.declared-commune').text()).toBe('Dole, Jura (39) – code INSEE 39198');
    expect(communeRow.find('.declared-function').text()).toBe('Adjoint(e) au maire');
    expect(communeRow.find('time').text()).toMatch(/^\d{1,2} \S+ \d{4} à \d{2}:\d{2}$/);
    expect(communeRow.find(`a[href="/moderation/comptes/${commune.id}"]`)).toHaveLength(1);

    const partnerRow = rows.last();
    expect(partnerRow.find('.declared-organisation').text()).toBe(
      'Conseil départemental du Jura (Conseil départemental)',
    );
    expect(partnerRow.find('.declared-territory').text()).toBe('Département 39 – Jura');
  });
});

describe('deciding on an account', () => {
  it('shows what the account declared and only the decisions its state allows', async () => {
    const account = await createAccount({
      role: 'commune',
      status: 'en-attente',
      commune: { code: '39198', fonction: 'maire' },
    });
    const $ = cheerio.load((await moderatorAgent.get(`/moderation/comptes/${account.id}`).expect(200)).text);
    expect($('h1')).toHaveLength(1);
    expect($('#declaration').text()).toContain('Dole');
    expect($('#declaration').text()).toContain('39198');
    expect($('#declaration').text()).toContain('Maire');
    expect($('#etat .fr-badge').text()).toBe('En attente de validation');
    expect($('#form-valider, #form-refuser, #form-suspendre')).toHaveLength(3);
    expect($('#form-reactiver')).toHaveLength(0);
    $('form[method="post"]').each((_i, form) => {
      expect($(form).find('input[name="_csrf"]')).toHaveLength(1);
    });
    expect($('label[for="reason-refuser"]').text()).toContain('Raison du refus');
    expect($('script:not([src])')).toHaveLength(0);
    expect($('[style]')).toHaveLength(0);
  });

  it('validates a pending commune account: active, e-mailed, in the journal', async () => {
    const account = await createAccount({ role: 'commune', status: 'en-attente', name: 'Alix Maire' });
    const response = await decide(account.id, { action: 'valider' });
    expect(response.status).toBe(303);
    expect(response.headers.location).toBe(`/moderation/comptes/${account.id}`);
    await expect(statusOf(account.id)).resolves.toBe('actif');

    const page = cheerio.load((await moderatorAgent.get(response.headers.location ?? '').expect(200)).text);
    expect(page('.fr-alert--success').text()).toContain('Le compte de Alix Maire est validé');
    expect(page('#etat .fr-badge').text()).toBe('Actif');
    expect(page('#derniere-decision').text()).toContain('Compte validé');

    const [message] = emailsTo(config.mail.outboxDir, account.email);
    expect(message?.subject).toBe('Votre compte est validé');

    const journal = cheerio.load(
      (
        await moderatorAgent
          .get('/moderation/journal')
          .query({ action: 'moderation.valider', target: account.email })
          .expect(200)
      ).text,
    );
    const rows = journal('#journal tbody tr');
    expect(rows).toHaveLength(1);
    expect(rows.text()).toContain(moderator.email);
    expect(rows.text()).toContain('Compte validé');
    expect(rows.find(`a[href="/moderation/comptes/${account.id}"]`).text()).toBe(account.email);
  });

  it('rejects with a reason: required, kept when too long, and sent to the person', async () => {
    const account = await createAccount({ role: 'partenaire', status: 'en-attente' });

    for (const reason of ['', '   ']) {
      const refused = await decide(account.id, { action: 'refuser', reason });
      expect(refused.status).toBe(400);
      const $ = cheerio.load(refused.text);
      expect($('#reason-refuser-error').text()).toContain('Indiquez la raison');
      expect($('#reason-refuser').attr('aria-describedby')).toBe('reason-refuser-error');
    }
    const tooLong = 'x'.repeat(1001);
    const long = await decide(account.id, { action: 'refuser', reason: tooLong });
    expect(long.status).toBe(400);
    const $long = cheerio.load(long.text);
    expect($long('#reason-refuser-error').text()).toContain('Saisissez au plus 1000 caractères');
    expect($long('#reason-refuser').text()).toBe(tooLong);
    await expect(statusOf(account.id)).resolves.toBe('en-attente');
    expect(emailsTo(config.mail.outboxDir, account.email)).toHaveLength(0);

    const reason = 'Nous n’avons pas pu vérifier votre rattachement à l’ARS.';
    expect((await decide(account.id, { action: 'refuser', reason })).status).toBe(303);
    await expect(statusOf(account.id)).resolves.toBe('rejete');
    const [message] = emailsTo(config.mail.outboxDir, account.email);
    expect(message?.subject).toBe('Votre demande de compte n’a pas été acceptée');
    expect(message?.text).toContain(reason);
    const page = cheerio.load((await moderatorAgent.get(`/moderation/comptes/${account.id}`)).text);
    expect(page('#derniere-decision').text()).toContain(reason);
  });

  it('suspends an active account, ending its open session at once, then reactivates it', async () => {
    const account = await createAccount({ role: 'professionnel', status: 'actif' });
    const personAgent = await signedInAgent(app, account);
    await personAgent.get('/professionnel').expect(200);

    const empty = await decide(account.id, { action: 'suspendre', reason: '' });
    expect(empty.status).toBe(400);
    expect(cheerio.load(empty.text)('#reason-suspendre-error').text()).toContain('Indiquez la raison');
    await personAgent.get('/professionnel').expect(200);

    const suspended = await decide(account.id, {
      action: 'suspendre',
      reason: 'Signalements répétés de messages abusifs.',
    });
    expect(suspended.status).toBe(303);
    await expect(statusOf(account.id)).resolves.toBe('suspendu');
    expect(emailsTo(config.mail.outboxDir, account.email)[0]?.text).toContain(
      'Signalements répétés de messages abusifs.',
    );
    // The person's next request finds no signed-in user any more.
    const next = await personAgent.get('/professionnel');
    expect(next.status).toBe(302);
    expect(next.headers.location).toBe('/connexion?retour=%2Fprofessionnel');
    await expect(signedInAgent(app, account)).rejects.toThrow('login failed');

    const page = cheerio.load((await moderatorAgent.get(`/moderation/comptes/${account.id}`)).text);
    expect(page('#form-reactiver')).toHaveLength(1);
    expect(page('#form-valider, #form-refuser, #form-suspendre')).toHaveLength(0);

    expect((await decide(account.id, { action: 'reactiver' })).status).toBe(303);
    await expect(statusOf(account.id)).resolves.toBe('actif');
    expect(emailsTo(config.mail.outboxDir, account.email)[0]?.subject).toBe('Votre compte est réactivé');
    const again = await signedInAgent(app, account);
    await again.get('/professionnel').expect(200);
  });

  it('refuses a decision that makes no sense for the state, changing nothing', async () => {
    const account = await createAccount({ role: 'commune', status: 'actif' });
    const response = await decide(account.id, { action: 'valider' });
    expect([400, 409]).toContain(response.status);
    expect(cheerio.load(response.text)('#erreur-decision').text()).toContain(
      'Cette décision ne s’applique pas à un compte dans cet état.',
    );
    await expect(statusOf(account.id)).resolves.toBe('actif');
    expect(emailsTo(config.mail.outboxDir, account.email)).toHaveLength(0);
  });

  it('refuses unknown actions and unexpected fields with a 400', async () => {
    const account = await createAccount({ role: 'commune', status: 'en-attente' });
    const unknown = await decide(account.id, { action: 'supprimer' });
    expect(unknown.status).toBe(400);
    expect(cheerio.load(unknown.text)('#erreur-decision').text()).toContain('Choisissez une décision.');
    const extra = await decide(account.id, { action: 'valider', status: 'actif' });
    expect(extra.status).toBe(400);
    await expect(statusOf(account.id)).resolves.toBe('en-attente');
  });

  it('lets only one of two simultaneous decisions win', async () => {
    const account = await createAccount({ role: 'commune', status: 'en-attente' });
    const second = await signedInAgent(app, await createAccount({ role: 'moderateur' }));
    const [a, b] = await Promise.all([
      decide(account.id, { action: 'valider' }),
      decide(account.id, { action: 'refuser', reason: 'Doublon.' }, second),
    ]);
    const statuses = [a.status, b.status].sort();
    expect(statuses[0]).toBe(303);
    expect([400, 409]).toContain(statuses[1]);
    const final = await statusOf(account.id);
    expect(final).toBe(a.status === 303 ? 'actif' : 'rejete');
    expect(emailsTo(config.mail.outboxDir, account.email)).toHaveLength(1);
  });

  it('does not let moderators decide on their own account', async () => {
    const page = cheerio.load((await moderatorAgent.get(`/moderation/comptes/${moderator.id}`)).text);
    expect(page('main').text()).toContain('C’est votre propre compte');
    expect(page('#form-suspendre')).toHaveLength(0);
    const response = await decide(moderator.id, { action: 'suspendre', reason: 'Test.' });
    expect(response.status).toBe(400);
    await expect(statusOf(moderator.id)).resolves.toBe('actif');
  });

  it('answers 403 without a valid CSRF token, changing nothing', async () => {
    const account = await createAccount({ role: 'commune', status: 'en-attente' });
    const path = `/moderation/comptes/${account.id}/decision`;
    await moderatorAgent.post(path).type('form').send({ action: 'valider' }).expect(403);
    await moderatorAgent
      .post(path)
      .type('form')
      .send({ _csrf: 'not-the-token', action: 'valider' })
      .expect(403);
    await expect(statusOf(account.id)).resolves.toBe('en-attente');
  });

  it.each(['pas-un-id', '0123456789abcdef01234567', '%24where'])(
    'answers a French 404 for the account %s',
    async (id) => {
      const response = await moderatorAgent.get(`/moderation/comptes/${id}`).expect(404);
      expect(cheerio.load(response.text)('h1').text()).toContain('Page non trouvée');
    },
  );

  it('answers 404 to a decision on an unknown account', async () => {
    const _csrf = await csrfTokenOf(moderatorAgent, '/moderation');
    await moderatorAgent
      .post('/moderation/comptes/0123456789abcdef01234567/decision')
      .type('form')
      .send({ _csrf, action: 'valider' })
      .expect(404);
  });
});

describe('all accounts', () => {
  it('filters by status, role and text, keeping the chosen values', async () => {
    const wanted = await createAccount({
      role: 'partenaire',
      status: 'suspendu',
      email: 'filtre.cible@exemple.fr',
      name: 'Filtre Cible',
    });
    await createAccount({ role: 'partenaire', status: 'actif', email: 'filtre.autre@exemple.fr' });

    const $ = cheerio.load(
      (
        await moderatorAgent
          .get('/moderation/comptes')
          .query({ status: 'suspendu', role: 'partenaire', q: 'filtre' })
          .expect(200)
      ).text,
    );
    expect($('h1').text().trim()).toBe('Tous les comptes');
    expect(
      $('#comptes tbody tr')
        .map((_i, row) => $(row).attr('data-account-id'))
        .get(),
    ).toEqual([wanted.id]);
    expect($('#comptes tbody tr .fr-badge').text()).toBe('Suspendu');
    expect($('#status option[selected]').val()).toBe('suspendu');
    expect($('#role option[selected]').val()).toBe('partenaire');
    expect($('input[name="q"]').val()).toBe('filtre');

    const all = cheerio.load(
      (await moderatorAgent.get('/moderation/comptes').query({ status: '', role: '', q: '' }).expect(200))
        .text,
    );
    expect(all('#comptes tbody tr').length).toBeGreaterThan(5);
  });

  it('re-renders unknown filter values with a 400 and the message next to the field', async () => {
    const response = await moderatorAgent
      .get('/moderation/comptes')
      .query({ status: 'supprime', q: 'abc' })
      .expect(400);
    const $ = cheerio.load(response.text);
    expect($('#status-error').text()).toBe('Choisissez un état dans la liste.');
    expect($('#status').attr('aria-invalid')).toBe('true');
    expect($('input[name="q"]').val()).toBe('abc');
    expect($('#comptes')).toHaveLength(0);
  });

  it.each([
    '/moderation/comptes?status[$ne]=x',
    '/moderation/comptes?role[$regex]=.*',
    '/moderation/comptes?status=actif&status=suspendu',
    `/moderation/comptes?q=${'a'.repeat(101)}`,
    '/moderation/journal?actor[$ne]=x',
    '/moderation/journal?action=actif&action=x',
  ])('answers 400, not 500, to %s', async (path) => {
    const response = await moderatorAgent.get(path);
    expect(response.status).toBe(400);
    expect(cheerio.load(response.text)('h1')).toHaveLength(1);
  });
});

describe('the journal', () => {
  it('filters by action and by actor, newest first, with French dates', async () => {
    const account = await createAccount({ role: 'commune', status: 'en-attente' });
    await decide(account.id, { action: 'refuser', reason: 'Journal : raison de test.' });

    const byAction = cheerio.load(
      (await moderatorAgent.get('/moderation/journal').query({ action: 'moderation.refuser' }).expect(200))
        .text,
    );
    expect(byAction('h1').text().trim()).toBe('Journal des actions');
    const actions = byAction('#journal tbody td[data-action]')
      .map((_i, cell) => byAction(cell).attr('data-action'))
      .get();
    expect(actions.length).toBeGreaterThan(0);
    expect(new Set(actions)).toEqual(new Set(['moderation.refuser']));
    expect(byAction('#action option[selected]').val()).toBe('moderation.refuser');
    expect(byAction('#journal tbody tr').first().text()).toContain('Journal : raison de test.');
    expect(byAction('#journal tbody time').first().text()).toMatch(/^\d{1,2} \S+ \d{4} à \d{2}:\d{2}$/);

    const byActor = cheerio.load(
      (await moderatorAgent.get('/moderation/journal').query({ actor: moderator.email }).expect(200)).text,
    );
    const actors = byActor('#journal tbody tr')
      .map((_i, row) => byActor(row).find('td').eq(1).text())
      .get();
    expect(actors.length).toBeGreaterThan(0);
    expect(new Set(actors)).toEqual(new Set([moderator.email]));
    expect(byActor('input[name="actor"]').val()).toBe(moderator.email);
  });

  it('filters by dates, whole days in Paris time', async () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
    const withToday = cheerio.load(
      (await moderatorAgent.get('/moderation/journal').query({ from: today, to: today }).expect(200)).text,
    );
    expect(withToday('#journal tbody tr').length).toBeGreaterThan(0);
    expect(withToday('#from').val()).toBe(today);
    const before = cheerio.load(
      (await moderatorAgent.get('/moderation/journal').query({ to: '2020-01-01' }).expect(200)).text,
    );
    expect(before('#journal')).toHaveLength(0);
    expect(before('#journal-vide').text()).toContain('Aucune action');
  });

  it.each([
    [{ action: 'moderation.inconnue' }, '#action-error', 'Choisissez une action dans la liste.'],
    [{ from: '2025-02-30' }, '#from-error', 'Saisissez une date valide.'],
    [{ to: 'hier' }, '#to-error', 'Saisissez une date valide.'],
    [{ from: '2025-03-02', to: '2025-03-01' }, '#to-error', 'postérieure ou égale'],
    [{ actor: 'a'.repeat(255) }, '#actor-error', 'Saisissez au plus 254 caractères.'],
    [{ page: '0' }, '#erreur-parametres', 'Numéro de page invalide.'],
    [{ page: 'deux' }, '#erreur-parametres', 'Numéro de page invalide.'],
    [{ inconnu: '1' }, '#erreur-parametres', 'paramètre inconnu'],
  ])('answers 400 to %j with the message in %s', async (query, selector, message) => {
    const response = await moderatorAgent.get('/moderation/journal').query(query).expect(400);
    const $ = cheerio.load(response.text);
    expect($(selector).text()).toContain(message);
    expect($('#journal')).toHaveLength(0);
  });

  it('shows 50 events a page with DSFR pagination keeping the filters', async () => {
    for (let i = 0; i < 55; i += 1) {
      await services.audit.record({
        actor: { id: null, label: 'pagination@exemple.fr' },
        action: 'connexion.echec',
        target: { type: 'compte', id: `cible-${i}`, label: `cible-${i}@exemple.fr` },
      });
    }
    const first = cheerio.load(
      (await moderatorAgent.get('/moderation/journal').query({ actor: 'pagination@' }).expect(200)).text,
    );
    expect(first('#journal tbody tr')).toHaveLength(50);
    expect(first('.fr-pagination a[aria-current="page"]').text()).toBe('1');
    const next = first('.fr-pagination__link--next').attr('href');
    expect(next).toBe('/moderation/journal?actor=pagination%40&page=2');
    expect(first('.fr-pagination__link--prev').attr('aria-disabled')).toBe('true');

    const second = cheerio.load((await moderatorAgent.get(next ?? '').expect(200)).text);
    expect(second('#journal tbody tr')).toHaveLength(5);
    expect(second('.fr-pagination a[aria-current="page"]').text()).toBe('2');
    const targets = [first, second].flatMap(($) =>
      $('#journal tbody tr')
        .map((_i, row) => $(row).find('td').eq(3).text())
        .get(),
    );
    expect(new Set(targets).size).toBe(55);
  });
});

describe('who can use the back-office', () => {
  const pages = ['/moderation', '/moderation/comptes', '/moderation/journal'];

  it.each(['professionnel', 'commune', 'partenaire'] as const)(
    'answers 403 to a signed-in %s on every route',
    async (role) => {
      const target = await createAccount({ role: 'commune', status: 'en-attente' });
      const agent = await signedInAgent(app, await createAccount({ role, status: 'actif' }));
      for (const path of [...pages, `/moderation/comptes/${target.id}`]) {
        const response = await agent.get(path);
        expect(response.status).toBe(403);
        expect(cheerio.load(response.text)('h1').text()).toContain('Accès refusé');
      }
      const _csrf = await csrfTokenOf(agent, '/mon-compte');
      await agent
        .post(`/moderation/comptes/${target.id}/decision`)
        .type('form')
        .send({ _csrf, action: 'valider' })
        .expect(403);
      await expect(statusOf(target.id)).resolves.toBe('en-attente');
    },
  );

  it('sends anonymous visitors to the login page, to come back afterwards', async () => {
    const target = await createAccount({ role: 'commune', status: 'en-attente' });
    for (const path of [...pages, `/moderation/comptes/${target.id}`, '/moderation/journal?action=x']) {
      const response = await request(app).get(path).expect(302);
      expect(response.headers.location).toBe(`/connexion?retour=${encodeURIComponent(path)}`);
    }
    await request(app).post(`/moderation/comptes/${target.id}/decision`).type('form').send({}).expect(403);
  });
});

describe('parisMidnight', () => {
  it('gives midnight in Paris, winter and summer', () => {
    expect(parisMidnight('2025-01-15')?.toISOString()).toBe('2025-01-14T23:00:00.000Z');
    expect(parisMidnight('2025-07-01')?.toISOString()).toBe('2025-06-30T22:00:00.000Z');
    // The days clocks change.
    expect(parisMidnight('2025-03-30')?.toISOString()).toBe('2025-03-29T23:00:00.000Z');
    expect(parisMidnight('2025-10-26')?.toISOString()).toBe('2025-10-25T22:00:00.000Z');
  });

  it('refuses what is not a real day', () => {
    for (const day of ['2025-02-29', '2025-13-01', '2025-1-1', 'hier', '1899-12-31'])
      expect(parisMidnight(day)).toBeUndefined();
  });
});
