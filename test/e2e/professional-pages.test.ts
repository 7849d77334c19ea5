// The professional's pages in a real browser: each checked with axe (no serious or critical
// violation) and for script or CSP errors, with a profile and a project so that the list shows.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import type { Services } from '../../src/services';
import { createAccount } from '../support/accounts';
import { launchBrowser, seriousAccessibilityViolations } from '../support/browser';
import { buildTestApp } from '../support/test-app';
import { useTestDatabase } from '../support/test-database';

const database = useTestDatabase();
let server: Server;
let baseUrl: string;
let browser: Browser;
let services: Services;

beforeAll(async () => {
  const built = await buildTestApp(database.current);
  services = built.services;
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

async function expectAccessible(page: Page, path: string) {
  expect({ path, violations: await seriousAccessibilityViolations(page) }).toEqual({ path, violations: [] });
}

it('the professional pages have no serious accessibility violation and no script or CSP error', async () => {
  const account = await createAccount({ role: 'professionnel' });
  const { page, problems } = await newPage();
  await logInThroughTheForm(page, account.email, account.password);

  // Before the profile: the call to fill it, and the profile form (also with its errors).
  for (const path of ['/professionnel', '/professionnel/profil']) {
    await page.goto(baseUrl + path);
    await expectAccessible(page, path);
  }
  await page.getByLabel('Numéro RPPS (facultatif)').fill('123');
  await page.getByRole('button', { name: 'Enregistrer mon profil' }).click();
  await page.waitForLoadState('load');
  await expectAccessible(page, '/professionnel/profil (erreurs)');

  await services.professionalProfiles.save(account, {
    profession: 'sage-femme',
    specialty: '',
    rpps: '',
    practiceMode: 'mixte',
    status: 'remplacant',
    shareAnonymised: true,
  });
  const project = await services.projects.create(account.id, {
    name: 'Installation dans le Jura',
    area: { communes: ['39198'], departements: ['25'], regions: [], around: null },
    start: { year: 2027, month: 9 },
    household: { partner: null, children: [{ birthYear: 2021, birthMonth: 6 }] },
    housing: { tenure: 'location', roomsMin: 3, budgetMax: 800, furnished: null },
    premises: null,
    importance: {
      housing: 'important',
      childcare: 'important',
      spouseJob: 'sans-objet',
      premises: 'souhaitable',
      aid: 'souhaitable',
      need: 'souhaitable',
      distance: 'souhaitable',
    },
  });
  for (const path of [
    '/professionnel',
    '/professionnel/profil',
    '/professionnel/projets/nouveau',
    `/professionnel/projets/${project.id}/modifier`,
  ]) {
    await page.goto(baseUrl + path);
    await expectAccessible(page, path);
  }

  // The deletion's confirmation, unfolded.
  await page.goto(`${baseUrl}/professionnel`);
  await page.locator('summary').first().click();
  expect(await page.getByRole('button', { name: /Confirmer la suppression/ }).isVisible()).toBe(true);
  await expectAccessible(page, '/professionnel (suppression dépliée)');

  // The new project form with its errors, as a browser submits it.
  await page.goto(`${baseUrl}/professionnel/projets/nouveau`);
  await page.getByLabel('Nom du projet').fill('Sans lieu');
  await page.getByRole('button', { name: 'Enregistrer le projet' }).click();
  await page.waitForLoadState('load');
  expect(await page.locator('h1').textContent()).toContain('Nouveau projet');
  await expectAccessible(page, '/professionnel/projets (erreurs)');

  expect(problems).toEqual([]);
  await page.context().close();
}, 180_000);
