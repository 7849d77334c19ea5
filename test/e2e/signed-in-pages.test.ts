// The signed-in pages in a real browser: a whole sign-up journey, then each role's pages checked
// with axe (no serious or critical violation) and for script or CSP errors.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import type { Config } from '../../src/config';
import type { Role } from '../../src/domain/accounts/roles';
import { TEST_PASSWORD, createAccount, emailsTo, linkIn } from '../support/accounts';
import { launchBrowser, seriousAccessibilityViolations } from '../support/browser';
import { buildTestApp } from '../support/test-app';
import { useTestDatabase } from '../support/test-database';

const database = useTestDatabase();
let server: Server;
let baseUrl: string;
let browser: Browser;
let config: Config;

beforeAll(async () => {
  const built = await buildTestApp(database.current);
  config = built.config;
  server = built.app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

async function newPage(): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext();
  await context.route(
    (url) => !url.href.startsWith(baseUrl),
    (route) => route.abort(),
  );
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !/Failed to load resource/.test(message.text()))
      problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return { page, problems };
}

async function logInThroughTheForm(page: Page, email: string, password: string) {
  await page.goto(`${baseUrl}/connexion`);
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForLoadState('load');
}

it('signs up, confirms the address from the e-mail and logs in, as a person would', async () => {
  const { page, problems } = await newPage();
  await page.goto(`${baseUrl}/inscription`);
  await page.getByRole('link', { name: 'Professionnel(le) de santé' }).click();
  await page.getByLabel('Prénom et nom').fill('Alix Navigateur');
  await page.getByLabel('Adresse e-mail').fill('alix@exemple.fr');
  await page.locator('#password').fill(TEST_PASSWORD);
  await page.getByLabel('Confirmez le mot de passe').fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Créer mon compte' }).click();
  await page.waitForURL(/\/inscription\/envoyee$/);

  const link = linkIn(
    emailsTo(config.mail.outboxDir, 'alix@exemple.fr')[0]?.text ?? '',
    '/verification-email/',
  );
  await page.goto(baseUrl + link);
  await page.getByRole('button', { name: 'Confirmer mon adresse' }).click();
  await page.waitForURL(/\/connexion$/);
  expect(await page.locator('.fr-alert--success').textContent()).toContain('confirmée');

  await logInThroughTheForm(page, 'alix@exemple.fr', TEST_PASSWORD);
  await page.waitForURL(/\/professionnel$/);
  expect(await page.locator('header').textContent()).toContain('Alix Navigateur');
  await page.getByRole('button', { name: 'Se déconnecter' }).first().click();
  await page.waitForURL(`${baseUrl}/`);
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

describe.each(Object.entries(PAGES) as [Role, string[]][])('%s pages', (role, paths) => {
  it('have no serious accessibility violation and no script or CSP error', async () => {
    if (role === 'moderateur') await createAccount({ role: 'commune', status: 'en-attente' });
    const account = await createAccount({ role, status: role === 'partenaire' ? 'en-attente' : 'actif' });
    const { page, problems } = await newPage();
    await logInThroughTheForm(page, account.email, account.password);
    for (const path of paths) {
      await page.goto(baseUrl + path);
      expect({ path, violations: await seriousAccessibilityViolations(page) }).toEqual({
        path,
        violations: [],
      });
    }
    expect(problems).toEqual([]);
    await page.context().close();
  }, 60_000);
});
