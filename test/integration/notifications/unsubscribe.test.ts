// The unsubscribe link of the e-mails works without logging in: the GET shows a button and changes
// nothing (mail scanners open links), the POST with the page's CSRF token stops every notification
// e-mail; a forged or unknown token gets a French "invalid link" page.
import * as cheerio from 'cheerio';
import request from 'supertest';
import { UserModel } from '../../../src/models/user';
import { createAccount, csrfTokenOf, emailsTo, linkIn } from '../../support/accounts';
import { useTestApp } from '../../support/test-app';

const built = useTestApp();
const outboxDir = () => built.config.mail.outboxDir;

/** A person who received a notification e-mail, and its unsubscribe path. */
async function personWithEmail() {
  const person = await createAccount({ role: 'professionnel' });
  await built.services.notify({
    kind: 'proposition',
    recipients: [person.id],
    title: 'Proposition',
    link: '/p',
  });
  const [email] = emailsTo(outboxDir(), person.email);
  return { person, path: linkIn(email?.text ?? '', '/desabonnement/') };
}

const storedPreferences = async (id: string) =>
  (await UserModel.findById(id).lean())?.notificationPreferences ?? null;

describe('unsubscribe link', () => {
  it('shows a button on GET and changes nothing', async () => {
    const { person, path } = await personWithEmail();
    const page = await request(built.app).get(path);
    expect(page.status).toBe(200);
    const $ = cheerio.load(page.text);
    expect($('h1').text()).toBe('Ne plus recevoir les e-mails de notification');
    expect($(`form[action="${path}"] button`).text()).toBe('Ne plus recevoir ces e-mails');
    expect(await storedPreferences(person.id)).toBeNull();
  });

  it('stops every notification e-mail on POST, without logging in', async () => {
    const { person, path } = await personWithEmail();
    const anonymous = request.agent(built.app);
    const _csrf = await csrfTokenOf(anonymous, path);
    const done = await anonymous.post(path).type('form').send({ _csrf });
    expect(done.status).toBe(200);
    expect(cheerio.load(done.text)('h1').text()).toBe('Vous êtes désabonné(e)');
    expect(await storedPreferences(person.id)).toEqual({ general: 'aucun', alertes: 'aucun' });

    await built.services.notify({ kind: 'message', recipients: [person.id], title: 'Après', link: '/m' });
    await built.services.notify({ kind: 'alerte', recipients: [person.id], title: 'Alerte', link: '/a' });
    await built.services.digest.run(new Date());
    expect(emailsTo(outboxDir(), person.email)).toHaveLength(1);
    // Twice is harmless.
    expect((await anonymous.post(path).type('form').send({ _csrf })).status).toBe(200);
  });

  it('requires the CSRF token on POST (403)', async () => {
    const { person, path } = await personWithEmail();
    expect((await request(built.app).post(path).type('form').send({})).status).toBe(403);
    expect(await storedPreferences(person.id)).toBeNull();
  });

  it('refuses a forged, truncated or unknown token with a French page (404)', async () => {
    const { person, path } = await personWithEmail();
    const other = await createAccount({ role: 'professionnel' });
    const forged = path.replace(person.id, other.id);
    for (const url of [forged, path.slice(0, -2), '/desabonnement/jeton-inconnu']) {
      const page = await request(built.app).get(url);
      expect(page.status).toBe(404);
      expect(cheerio.load(page.text)('h1').text()).toBe('Lien de désabonnement invalide');
    }
    const anonymous = request.agent(built.app);
    const _csrf = await csrfTokenOf(anonymous, '/connexion');
    expect((await anonymous.post(forged).type('form').send({ _csrf })).status).toBe(404);
    expect(await storedPreferences(other.id)).toBeNull();
  });

  it('is invalid once the account is deleted', async () => {
    const { person, path } = await personWithEmail();
    await UserModel.deleteOne({ _id: person.id });
    expect((await request(built.app).get(path)).status).toBe(404);
  });
});
