// The signed-in pages in a real browser: a whole sign-up journey, then each role's pages checked
// with axe (no serious or critical violation) and for script or CSP errors.
import type { Role } from '../../src/domain/accounts/roles';
import { TEST_PASSWORD, createAccount, emailsTo, linkIn } from '../support/accounts';
import { expectAccessible, logInThroughTheForm, openPage, useBrowserApp } from '../support/browser-app';

const served = useBrowserApp();

it('signs up, confirms the address from the e-mail and logs in, as a person would', async () => {
  const { page, problems } = await openPage(served);
  await page.goto(`${served.baseUrl}/inscription`);
  await page.getByRole('link', { name: 'Professionnel(le) de santé' }).click();
  await page.getByLabel('Prénom et nom').fill('Alix Navigateur');
  await page.getByLabel('Adresse e-mail').fill('alix@exemple.fr');
  await page.locator('#password').fill(TEST_PASSWORD);
  await page.getByLabel('Confirmez le mot de passe').fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Créer mon compte' }).click();
  await page.waitForURL(/\/inscription\/envoyee$/);

  const link = linkIn(
    emailsTo(served.config.mail.outboxDir, 'alix@exemple.fr')[0]?.text ?? '',
    '/verification-email/',
  );
  await page.goto(served.baseUrl + link);
  await page.getByRole('button', { name: 'Confirmer mon adresse' }).click();
  await page.waitForURL(/\/connexion$/);
  expect(await page.locator('.fr-alert--success').textContent()).toContain('confirmée');

  await logInThroughTheForm(page, served.baseUrl, { email: 'alix@exemple.fr', password: TEST_PASSWORD });
  await page.waitForURL(/\/professionnel$/);
  expect(await page.locator('header').textContent()).toContain('Alix Navigateur');
  await page.getByRole('button', { name: 'Se déconnecter' }).first().click();
  await page.waitForURL(`${served.baseUrl}/`);
  expect(await page.locator('header').textContent()).toContain('Se connecter');
  expect(problems).toEqual([]);
  await page.context().close();
}, 60_000);

const PAGES: Record<Role, string[]> = {
  professionnel: ['/professionnel', '/mon-compte'],
  commune: ['/commune', '/mon-compte'],
  partenaire: ['/partenaire'],
  moderateur: ['/moderation', '/moderation/comptes', '/moderation/journal'],
};

/** Logs in as `account`, then checks each page with axe and for script or CSP errors. */
async function checkPagesOf(account: { email: string; password: string }, paths: string[]) {
  const { page, problems } = await openPage(served);
  await logInThroughTheForm(page, served.baseUrl, account);
  for (const path of paths) {
    await page.goto(served.baseUrl + path);
    await expectAccessible(page, path);
  }
  expect(problems).toEqual([]);
  await page.context().close();
}

describe.each(Object.entries(PAGES) as [Role, string[]][])('%s pages', (role, paths) => {
  it('have no serious accessibility violation and no script or CSP error', async () => {
    if (role === 'moderateur') await createAccount({ role: 'commune', status: 'en-attente' });
    await checkPagesOf(
      await createAccount({ role, status: role === 'partenaire' ? 'en-attente' : 'actif' }),
      paths,
    );
  }, 60_000);
});

/** Validated partners and moderators: the dashboard (charts and map), its columns, the zoning pages. */
const VALIDATED_PAGES: [Role, string[]][] = [
  [
    'partenaire',
    [
      '/partenaire',
      '/partenaire/tableau-de-bord',
      '/partenaire/tableau-de-bord?impression=1',
      '/partenaire/tableau-de-bord/colonnes',
      '/partenaire/zonage',
    ],
  ],
  ['moderateur', ['/moderation/tableau-de-bord', '/moderation/zonage?region=27', '/moderation/signalements']],
];

describe.each(VALIDATED_PAGES)('validated %s pages', (role, paths) => {
  it('have no serious accessibility violation and no script or CSP error', async () => {
    await checkPagesOf(await createAccount({ role }), paths);
  }, 90_000);
});
