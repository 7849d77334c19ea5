// The check-in e-mails: the pass (run with the daily digest) e-mails each check-in due exactly once,
// even run twice or by two passes at once; people who want no e-mail get none. The one-click link
// « J'exerce toujours » shows a page and changes nothing on GET; its button records the answer
// without logging in; a tampered, garbage or expired link gets a French page, never a 500.
import * as cheerio from 'cheerio';
import request from 'supertest';
import { CheckInModel } from '../../../src/models/check-in';
import { csrfTokenOf, emailsTo, linkIn } from '../../support/accounts';
import { useTestApp } from '../../support/test-app';
import { confirmedInstallation, confirmedMonthsAgo } from './installation-fixtures';

const built = useTestApp();
const outboxDir = () => built.config.mail.outboxDir;

/** The check-in e-mails a person received (the follow-up of the installation e-mailed them too). */
const checkInEmailsTo = (to: string) =>
  emailsTo(outboxDir(), to).filter((email) => email.subject.startsWith('Exercez-vous toujours'));

const answersOf = async (id: string) =>
  ((await CheckInModel.findById(id).lean())?.answers ?? []).map((answer) => [
    answer.checkIn,
    answer.stillPractising,
  ]);

/** Posts the page's button as an anonymous visitor (the page gives the CSRF token). */
async function clickButton(path: string) {
  const visitor = request.agent(built.app);
  const _csrf = await csrfTokenOf(visitor, path);
  return visitor.post(path).type('form').send({ _csrf });
}

describe('check-in e-mails', () => {
  it('e-mails a due check-in once, however often and however concurrently the pass runs', async () => {
    const { pro, id } = await confirmedInstallation(built.app, built.services, 'Inès Restée');
    const fresh = await confirmedInstallation(built.app, built.services, 'Hugo Récent');
    await confirmedMonthsAgo(built.services, id, 7);

    await built.services.checkInReminders.run(new Date());
    await Promise.all([
      built.services.checkInReminders.run(new Date()),
      built.services.checkInReminders.run(new Date()),
    ]);
    await built.services.jobs.idle();

    const emails = checkInEmailsTo(pro.email);
    expect(emails).toHaveLength(1);
    expect(emails[0]?.subject).toBe('Exercez-vous toujours à Dole ?');
    expect(emails[0]?.text).toContain('Il y a six mois, vous avez confirmé votre installation à Dole');
    expect(emails[0]?.text).toContain(`/professionnel/installations#installation-${id}`);
    expect(emails[0]?.text).toContain('/desabonnement/');
    expect((await CheckInModel.findById(id).lean())?.emailed).toEqual([6]);
    // Not due yet: nothing.
    expect(checkInEmailsTo(fresh.pro.email)).toEqual([]);

    // Six months later the 12-month check-in is due: one more e-mail, once.
    await confirmedMonthsAgo(built.services, id, 13);
    await built.services.checkInReminders.run(new Date());
    await built.services.checkInReminders.run(new Date());
    await built.services.jobs.idle();
    const asked = checkInEmailsTo(pro.email).map((email) => /Il y a (six mois|un an)/.exec(email.text)?.[1]);
    expect(asked.sort()).toEqual(['six mois', 'un an']);
  });

  it('sends nothing to a person who chose no e-mail, nor for a check-in already answered', async () => {
    const quiet = await confirmedInstallation(built.app, built.services, 'Léa Silencieuse');
    await built.services.notificationPreferences.stopEmails(quiet.pro.id);
    const answered = await confirmedInstallation(built.app, built.services, 'Marc Répondu');
    await confirmedMonthsAgo(built.services, quiet.id, 7);
    await confirmedMonthsAgo(built.services, answered.id, 7);
    const reply = { checkIn: 6 as const, stillPractising: true, failedLevers: [] };
    expect((await built.services.checkIns.answer(answered.pro.id, answered.id, reply, new Date())).ok).toBe(
      true,
    );

    const report = await built.services.checkInReminders.run(new Date());
    await built.services.jobs.idle();
    expect(report.skipped).toBeGreaterThanOrEqual(1);
    expect(checkInEmailsTo(quiet.pro.email)).toEqual([]);
    expect(checkInEmailsTo(answered.pro.email)).toEqual([]);
  });
});

describe('one-click answer', () => {
  it('shows the question on GET without recording anything, and records « still practising » on POST', async () => {
    const { pro, id } = await confirmedInstallation(built.app, built.services, 'Chloé Clic');
    await confirmedMonthsAgo(built.services, id, 7);
    await built.services.checkInReminders.run(new Date());
    await built.services.jobs.idle();
    const path = linkIn(checkInEmailsTo(pro.email)[0]?.text ?? '', '/point-d-etape/');

    const page = await request(built.app).get(path).expect(200);
    const $ = cheerio.load(page.text);
    expect($('h1').text()).toBe('Exercez-vous toujours à Dole ?');
    expect($(`form[action="${path}"] button`).text()).toBe('J’exerce toujours à Dole');
    expect($(`a[href="/professionnel/installations#installation-${id}"]`).length).toBe(1);
    expect(await answersOf(id)).toEqual([]);

    const done = await clickButton(path);
    expect(done.status).toBe(200);
    expect(cheerio.load(done.text)('.fr-alert').text()).toContain('votre réponse est enregistrée');
    expect(await answersOf(id)).toEqual([[6, true]]);
    // A second click (or a second scanner) changes nothing.
    expect((await clickButton(path)).status).toBe(200);
    expect(await answersOf(id)).toEqual([[6, true]]);

    // Without the page's CSRF token, nothing is recorded.
    const other = await confirmedInstallation(built.app, built.services, 'Sans Jeton');
    await confirmedMonthsAgo(built.services, other.id, 7);
    const forged = built.services.checkInLinks
      .urlFor(other.id, 6, new Date())
      .url.replace(/^https?:\/\/[^/]+/, '');
    expect((await request(built.app).post(forged).type('form').send({})).status).toBe(403);
    expect(await answersOf(other.id)).toEqual([]);

    // The answer is the person's data; the e-mails sent are listed with it.
    const exported = await built.services.accountSettings.exportData(pro.id);
    expect(JSON.stringify(exported?.checkIns)).toContain('"emailedCheckIns":[6]');
  });

  it('refuses a tampered, garbage or expired link with a French page, never a 500', async () => {
    const { id } = await confirmedInstallation(built.app, built.services, 'Jean Expiré');
    await confirmedMonthsAgo(built.services, id, 7);
    const valid = built.services.checkInLinks.urlFor(id, 6, new Date()).url.replace(/^https?:\/\/[^/]+/, '');
    const tampered = valid.replace(`/${id}.6.`, `/${id}.12.`);
    const expired = built.services.checkInLinks
      .urlFor(id, 6, new Date(Date.now() - 61 * 86_400_000))
      .url.replace(/^https?:\/\/[^/]+/, '');

    for (const [path, status, title] of [
      [tampered, 404, 'Lien invalide'],
      ['/point-d-etape/jeton-inconnu', 404, 'Lien invalide'],
      [`/point-d-etape/${'a'.repeat(5000)}`, 404, 'Lien invalide'],
      [expired, 410, 'Lien expiré'],
    ] as const) {
      const page = await request(built.app).get(path);
      expect([path, page.status]).toEqual([path, status]);
      expect(cheerio.load(page.text)('h1').text()).toBe(title);
    }
    // The POST of a tampered or expired link (with a valid CSRF token) is refused the same way.
    const visitor = request.agent(built.app);
    const _csrf = await csrfTokenOf(visitor, valid);
    expect((await visitor.post(expired).type('form').send({ _csrf })).status).toBe(410);
    expect((await visitor.post(tampered).type('form').send({ _csrf })).status).toBe(404);
    expect(await answersOf(id)).toEqual([]);
  });
});
