// notify(event): in-app for every recipient, an e-mail at once for the "immediat" frequency (a
// link, never a message's text, an unsubscribe link and header), nothing for "aucun", the digest
// for "quotidien"; the header's count; the list, opening and "tout marquer comme lu"; the
// preferences form; export and deletion with the account.
import fs from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import type { Express } from 'express';
import { NotificationModel } from '../../../src/models/notification';
import { UserModel } from '../../../src/models/user';
import type { Services } from '../../../src/services';
import { createAccount, csrfTokenOf, emailsTo, linkIn, signedInAgent } from '../../support/accounts';
import { buildTestApp } from '../../support/test-app';
import { useTestDatabase } from '../../support/test-database';

const database = useTestDatabase();
let app: Express;
let services: Services;
let outboxDir: string;

beforeAll(async () => {
  const built = await buildTestApp(database.current);
  ({ app, services } = built);
  outboxDir = built.config.mail.outboxDir;
}, 60_000);

/** The headers (unfolded) of the newest e-mail to an address. */
function headersOfEmailTo(to: string): string {
  const [newest] = emailsTo(outboxDir, to);
  if (!newest) throw new Error(`no e-mail to ${to}`);
  const raw = fs.readFileSync(path.join(outboxDir, `${newest.id}.eml`), 'utf8');
  return (raw.split('\n\n')[0] ?? '').replace(/\n[ \t]+/g, ' ');
}

const headerCount = async (agent: Awaited<ReturnType<typeof signedInAgent>>) =>
  cheerio
    .load((await agent.get('/mon-compte')).text)('[data-lien-notifications]')
    .text()
    .replace(/\s+/g, ' ');

describe('notify', () => {
  it('stores the notification in-app and e-mails it at once by default: title, link, unsubscribe, no text', async () => {
    const person = await createAccount({ role: 'professionnel' });
    await services.notify({
      kind: 'message',
      recipients: [person.id],
      title: 'Nouveau message de la commune de Dole',
      link: '/professionnel/messages/abc',
      topic: 'conversation-abc',
    });
    const stored = await NotificationModel.find({ recipientId: person.id }).lean();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ kind: 'message', delivery: 'immediat', readAt: null });
    expect(stored[0]?.emailedAt).toBeInstanceOf(Date);

    const [email] = emailsTo(outboxDir, person.email);
    expect(email?.subject).toBe('Nouveau message de la commune de Dole');
    expect(email?.text).toContain('Vous avez reçu un nouveau message');
    expect(linkIn(email?.text ?? '', '/professionnel/messages/')).toBe('/professionnel/messages/abc');
    const unsubscribe = linkIn(email?.text ?? '', '/desabonnement/');
    expect(unsubscribe).toMatch(new RegExp(`^/desabonnement/${person.id}\\.[\\w-]{43}$`));
    expect(linkIn(email?.text ?? '', '/mon-compte/notifications/preferences')).toBe(
      '/mon-compte/notifications/preferences',
    );
    expect(headersOfEmailTo(person.email)).toMatch(
      new RegExp(`^List-Unsubscribe: <http://[^>]+${unsubscribe}>`, 'm'),
    );
  });

  it('sends nothing with the frequency "aucun", but keeps the in-app notification', async () => {
    const person = await createAccount({ role: 'professionnel' });
    await services.notificationPreferences.set(person.id, { general: 'aucun', alertes: 'aucun' });
    await services.notify({ kind: 'statut', recipients: [person.id], title: 'Suivi modifié', link: '/x' });
    expect(emailsTo(outboxDir, person.email)).toEqual([]);
    expect(await NotificationModel.find({ recipientId: person.id, delivery: 'aucun' }).lean()).toHaveLength(
      1,
    );
    expect(services.notifications.unreadCount(person.id)).toBe(1);
  });

  it('waits for the daily digest with the frequency "quotidien" (alerts by default)', async () => {
    const person = await createAccount({ role: 'professionnel' });
    await services.notify({
      kind: 'alerte',
      recipients: [person.id],
      title: 'Nouvelle offre à Dole',
      link: '/y',
    });
    expect(emailsTo(outboxDir, person.email)).toEqual([]);
    const report = await services.digest.run(new Date());
    expect(report.sent).toContainEqual({ to: person.email, notifications: 1 });
    const [digest] = emailsTo(outboxDir, person.email);
    expect(digest?.subject).toBe('Votre récapitulatif Accueil Santé : 1 nouvelle notification');
    expect(digest?.text).toContain('Nouvelle offre à Dole');
    expect(linkIn(digest?.text ?? '', '/desabonnement/')).toContain(person.id);
  });

  it('e-mails no suspended account, and ignores unknown recipients', async () => {
    const suspended = await createAccount({ role: 'commune', status: 'suspendu' });
    await services.notify({
      kind: 'message',
      recipients: [suspended.id, '000000000000000000000000', 'pas-un-id'],
      title: 'Nouveau message',
      link: '/z',
    });
    expect(emailsTo(outboxDir, suspended.email)).toEqual([]);
    expect(await NotificationModel.countDocuments({ recipientId: suspended.id })).toBe(1);
  });
});

describe('in-app notifications', () => {
  it('counts the unread ones in the header, opens one (read, then its page), marks all as read', async () => {
    const person = await createAccount({ role: 'professionnel' });
    const other = await createAccount({ role: 'professionnel' });
    for (const title of ['Premier', 'Deuxième', 'Troisième']) {
      await services.notify({ kind: 'statut', recipients: [person.id], title, link: '/professionnel' });
    }
    await services.notify({ kind: 'statut', recipients: [other.id], title: 'Pas à vous', link: '/x' });
    const agent = await signedInAgent(app, person);
    expect(await headerCount(agent)).toBe('Notifications (3 non lues)');

    const page = await agent.get('/mon-compte/notifications');
    expect(page.status).toBe(200);
    const $ = cheerio.load(page.text);
    const items = $('#notifications > li');
    expect(items.map((_, item) => $(item).find('button').text()).get()).toEqual([
      'Troisième',
      'Deuxième',
      'Premier',
    ]);
    expect($('#notifications > li[data-unread]')).toHaveLength(3);

    const first = await NotificationModel.findOne({ recipientId: person.id, title: 'Premier' }).lean();
    const _csrf = await csrfTokenOf(agent, '/mon-compte/notifications');
    const opened = await agent
      .post(`/mon-compte/notifications/${String(first?._id)}/ouvrir`)
      .type('form')
      .send({ _csrf });
    expect(opened.status).toBe(303);
    expect(opened.headers.location).toBe('/professionnel');
    expect(await headerCount(agent)).toBe('Notifications (2 non lues)');
    // Opening it again changes nothing; someone else's notification is not found.
    await agent
      .post(`/mon-compte/notifications/${String(first?._id)}/ouvrir`)
      .type('form')
      .send({ _csrf });
    expect(services.notifications.unreadCount(person.id)).toBe(2);
    const foreign = await NotificationModel.findOne({ recipientId: other.id }).lean();
    const refused = await agent
      .post(`/mon-compte/notifications/${String(foreign?._id)}/ouvrir`)
      .type('form')
      .send({ _csrf });
    expect(refused.status).toBe(404);
    expect(services.notifications.unreadCount(other.id)).toBe(1);

    const all = await agent.post('/mon-compte/notifications/tout-lu').type('form').send({ _csrf });
    expect(all.status).toBe(303);
    expect(await headerCount(agent)).toBe('Notifications (0 non lue)');
    expect(await NotificationModel.countDocuments({ recipientId: person.id, readAt: null })).toBe(0);
    const after = cheerio.load((await agent.get('/mon-compte/notifications')).text);
    expect(after('#notifications > li[data-unread]')).toHaveLength(0);
    expect(after('form[action="/mon-compte/notifications/tout-lu"]')).toHaveLength(0);
  });

  it('loads the unread counts from the database at start', async () => {
    const person = await createAccount({ role: 'commune' });
    await services.notify({ kind: 'message', recipients: [person.id], title: 'Un', link: '/commune' });
    const restarted = await buildTestApp(database.current);
    expect(restarted.services.notifications.unreadCount(person.id)).toBe(1);
  });
});

describe('preferences', () => {
  it('shows the current choices, refuses an unknown value with the values kept, saves', async () => {
    const person = await createAccount({ role: 'professionnel' });
    const agent = await signedInAgent(app, person);
    const page = cheerio.load((await agent.get('/mon-compte/notifications/preferences')).text);
    expect(page('input[name="general"]:checked').val()).toBe('immediat');
    expect(page('input[name="alertes"]:checked').val()).toBe('quotidien');

    const _csrf = await csrfTokenOf(agent, '/mon-compte/notifications/preferences');
    const invalid = await agent
      .post('/mon-compte/notifications/preferences')
      .type('form')
      .send({ _csrf, general: 'chaque-heure', alertes: 'aucun' });
    expect(invalid.status).toBe(400);
    const $ = cheerio.load(invalid.text);
    expect($('#general-error').text()).toBe('Choisissez une fréquence dans la liste.');
    expect($('input[name="alertes"]:checked').val()).toBe('aucun');

    const unknownField = await agent
      .post('/mon-compte/notifications/preferences')
      .type('form')
      .send({ _csrf, general: 'aucun', role: 'moderateur' });
    expect(unknownField.status).toBe(400);

    const saved = await agent
      .post('/mon-compte/notifications/preferences')
      .type('form')
      .send({ _csrf, general: 'quotidien', alertes: 'immediat' });
    expect(saved.status).toBe(303);
    expect((await UserModel.findById(person.id).lean())?.notificationPreferences).toEqual({
      general: 'quotidien',
      alertes: 'immediat',
    });
  });

  it('offers the alert setting to professionals only', async () => {
    const commune = await createAccount({ role: 'commune' });
    const agent = await signedInAgent(app, commune);
    const page = cheerio.load((await agent.get('/mon-compte/notifications/preferences')).text);
    expect(page('input[name="general"]')).toHaveLength(3);
    expect(page('input[name="alertes"]')).toHaveLength(0);
    const _csrf = await csrfTokenOf(agent, '/mon-compte/notifications/preferences');
    await agent.post('/mon-compte/notifications/preferences').type('form').send({ _csrf, general: 'aucun' });
    expect((await services.notificationPreferences.of(commune.id))?.general).toBe('aucun');
  });
});

describe('the account’s own data', () => {
  it('exports the notifications and erases them with the account', async () => {
    const person = await createAccount({ role: 'professionnel' });
    await services.notify({ kind: 'message', recipients: [person.id], title: 'À exporter', link: '/a' });
    const agent = await signedInAgent(app, person);
    const exported = JSON.parse((await agent.get('/mon-compte/export')).text) as {
      notifications: { title: string }[];
      alerts: unknown[];
    };
    expect(exported.notifications.map((notification) => notification.title)).toEqual(['À exporter']);
    expect(exported.alerts).toEqual([]);

    const _csrf = await csrfTokenOf(agent, '/mon-compte');
    const deleted = await agent
      .post('/mon-compte/suppression')
      .type('form')
      .send({ _csrf, currentPassword: person.password, confirmation: 'oui' });
    expect(deleted.status).toBe(303);
    expect(await NotificationModel.countDocuments({ recipientId: person.id })).toBe(0);
    expect(services.notifications.unreadCount(person.id)).toBe(0);
  });
});
