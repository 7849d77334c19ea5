// The professional's pages in a real browser: each checked with axe (no serious or critical
// violation) and for script or CSP errors, with a profile and a project so that the list shows.
import type { Services } from '../../src/services';
import { createAccount } from '../support/accounts';
import {
  type BrowserApp,
  closeBrowserApp,
  expectAccessible,
  logInThroughTheForm,
  openPage,
  serveInBrowser,
} from '../support/browser-app';
import { buildTestApp } from '../support/test-app';
import { useTestDatabase } from '../support/test-database';
import { professionalProfile } from '../support/professionals';
import { doleProject } from '../support/projects';

const database = useTestDatabase();
let served: BrowserApp;
let baseUrl: string;
let services: Services;

beforeAll(async () => {
  const built = await buildTestApp(database.current);
  services = built.services;
  served = await serveInBrowser(built.app);
  baseUrl = served.baseUrl;
}, 60_000);

afterAll(() => closeBrowserApp(served));

it('the professional pages have no serious accessibility violation and no script or CSP error', async () => {
  const account = await createAccount({ role: 'professionnel' });
  const { page, problems } = await openPage(served);
  await logInThroughTheForm(page, baseUrl, account);

  // Before the profile: the call to fill it, and the profile form (also with its errors).
  for (const path of ['/professionnel', '/professionnel/profil']) {
    await page.goto(baseUrl + path);
    await expectAccessible(page, path);
  }
  await page.getByLabel('Numéro RPPS (facultatif)').fill('123');
  await page.getByRole('button', { name: 'Enregistrer mon profil' }).click();
  await page.waitForLoadState('load');
  await expectAccessible(page, '/professionnel/profil (erreurs)');

  await services.professionalProfiles.save(
    account,
    professionalProfile({
      profession: 'sage-femme',
      practiceMode: 'mixte',
      status: 'remplacant',
      shareAnonymised: true,
    }),
  );
  const project = await services.projects.create(
    account.id,
    doleProject({
      name: 'Installation dans le Jura',
      area: { communes: ['39198'], departements: ['25'], regions: [], around: null },
      household: { partner: null, children: [{ birthYear: 2021, birthMonth: 6 }] },
      housing: { tenure: 'location', roomsMin: 3, budgetMax: 800, furnished: null },
      importance: { housing: 'important', premises: 'souhaitable', need: 'souhaitable' },
    }),
  );
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
