// The notification pages in a real browser, checked with axe and for script or CSP errors: the
// list (opening a notification leads to its page and marks it read), the preferences (with an
// error), a project's alert, and the unsubscribe pages opened from an e-mail without logging in.
import { createAccount, emailsTo, linkIn } from '../support/accounts';
import { expectAccessible, logInThroughTheForm, openPage, useBrowserApp } from '../support/browser-app';
import { professionalProfile } from '../support/professionals';
import { doleProject } from '../support/projects';

const served = useBrowserApp();

let account: { id: string; email: string; password: string };
let projectId: string;

beforeAll(async () => {
  account = await createAccount({ role: 'professionnel' });
  await served.services.professionalProfiles.save(account, professionalProfile({ profession: 'infirmier' }));
  const project = await served.services.projects.create(
    account.id,
    doleProject({
      name: 'Bretagne nord',
      area: { communes: [], departements: ['22'], regions: [], around: null },
      start: { year: 2027, month: 1 },
      household: { partner: null, children: [] },
      housing: null,
      importance: { housing: 'sans-objet', childcare: 'sans-objet', aid: 'important', need: 'souhaitable' },
    }),
  );
  await served.services.notify({
    kind: 'proposition',
    recipients: [account.id],
    title: 'La commune de Saint-Brieuc (22) vous propose ses offres',
    link: '/professionnel',
  });
  await served.services.notify({
    kind: 'alerte',
    recipients: [account.id],
    title: 'Nouvelle offre',
    link: '/professionnel',
  });
  projectId = project.id;
}, 60_000);

it('lists the notifications, opens one, and saves the preferences', async () => {
  const { page, problems } = await openPage(served);
  await logInThroughTheForm(page, served.baseUrl, account);
  await page.goto(`${served.baseUrl}/mon-compte/notifications`);
  expect(await page.locator('[data-lien-notifications]').first().textContent()).toContain('Notifications (2');
  await expectAccessible(page, '/mon-compte/notifications');

  await page.getByRole('button', { name: 'La commune de Saint-Brieuc (22) vous propose ses offres' }).click();
  await page.waitForURL(`${served.baseUrl}/professionnel`);
  expect(await page.locator('[data-lien-notifications]').first().textContent()).toContain('Notifications (1');

  await page.goto(`${served.baseUrl}/mon-compte/notifications/preferences`);
  await expectAccessible(page, '/mon-compte/notifications/preferences');
  // DSFR draws the radio on its label: a person clicks the label.
  await page.locator('label[for="general-quotidien"]').click();
  await page.getByRole('button', { name: 'Enregistrer mes préférences' }).click();
  await page.waitForLoadState('load');
  expect(await page.locator('.fr-alert--success').textContent()).toContain('préférences');
  expect((await served.services.notificationPreferences.of(account.id))?.general).toBe('quotidien');
  await expectAccessible(page, '/mon-compte/notifications/preferences (enregistrées)');
  expect(problems).toEqual([]);
  await page.context().close();
}, 90_000);

it('creates an alert on a project', async () => {
  const { page, problems } = await openPage(served);
  await logInThroughTheForm(page, served.baseUrl, account);
  const alertPath = `/professionnel/projets/${projectId}/alerte`;
  await page.goto(served.baseUrl + alertPath);
  await page.getByLabel(/Hausse de score/).fill('quatre');
  await page.getByRole('button', { name: 'Créer une alerte' }).click();
  await page.waitForLoadState('load');
  await expectAccessible(page, `${alertPath} (erreur)`);
  await page.getByLabel(/Hausse de score/).fill('15');
  await page.getByRole('button', { name: 'Créer une alerte' }).click();
  await page.waitForLoadState('load');
  expect(await page.locator('#alerte-active').textContent()).toContain('15 points');
  await expectAccessible(page, alertPath);
  expect(problems).toEqual([]);
  await page.context().close();
}, 90_000);

it('unsubscribes from the link of an e-mail, without logging in', async () => {
  const anonymous = await openPage(served);
  const [email] = emailsTo(served.config.mail.outboxDir, account.email);
  const unsubscribe = linkIn(email?.text ?? '', '/desabonnement/');
  await anonymous.page.goto(served.baseUrl + unsubscribe);
  await expectAccessible(anonymous.page, '/desabonnement/…');
  await anonymous.page.getByRole('button', { name: 'Ne plus recevoir ces e-mails' }).click();
  await anonymous.page.waitForLoadState('load');
  expect(await anonymous.page.locator('h1').textContent()).toBe('Vous êtes désabonné(e)');
  await expectAccessible(anonymous.page, '/desabonnement/… (fait)');
  await anonymous.page.goto(`${served.baseUrl}/desabonnement/jeton-inconnu`);
  await expectAccessible(anonymous.page, '/desabonnement/jeton-inconnu');
  expect(anonymous.problems).toEqual([]);
  await anonymous.page.context().close();
}, 90_000);
