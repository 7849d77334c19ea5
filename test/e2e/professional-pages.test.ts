// The professional's pages in a real browser: each checked with axe (no serious or critical
// violation) and for script or CSP errors, with a profile and a project so that the list shows.
import { createAccount } from '../support/accounts';
import { expectAccessible, logInThroughTheForm, openPage, useBrowserApp } from '../support/browser-app';
import { professionalProfile } from '../support/professionals';
import { doleProject } from '../support/projects';

const served = useBrowserApp();

it('the professional pages have no serious accessibility violation and no script or CSP error', async () => {
  const account = await createAccount({ role: 'professionnel' });
  const { page, problems } = await openPage(served);
  await logInThroughTheForm(page, served.baseUrl, account);

  // Before the profile: the call to fill it, and the profile form (also with its errors).
  for (const path of ['/professionnel', '/professionnel/profil']) {
    await page.goto(served.baseUrl + path);
    await expectAccessible(page, path);
  }
  await page.getByLabel('Numéro RPPS (facultatif)').fill('123');
  await page.getByRole('button', { name: 'Enregistrer mon profil' }).click();
  await page.waitForLoadState('load');
  await expectAccessible(page, '/professionnel/profil (erreurs)');

  await served.services.professionalProfiles.save(
    account,
    professionalProfile({
      profession: 'sage-femme',
      practiceMode: 'mixte',
      status: 'remplacant',
      shareAnonymised: true,
    }),
  );
  const project = await served.services.projects.create(
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
    await page.goto(served.baseUrl + path);
    await expectAccessible(page, path);
  }

  // The deletion's confirmation, unfolded.
  await page.goto(`${served.baseUrl}/professionnel`);
  await page.locator('summary').first().click();
  expect(await page.getByRole('button', { name: /Confirmer la suppression/ }).isVisible()).toBe(true);
  await expectAccessible(page, '/professionnel (suppression dépliée)');

  // The new project form with its errors, as a browser submits it.
  await page.goto(`${served.baseUrl}/professionnel/projets/nouveau`);
  await page.getByLabel('Nom du projet').fill('Sans lieu');
  await page.getByRole('button', { name: 'Enregistrer le projet' }).click();
  await page.waitForLoadState('load');
  expect(await page.locator('h1').textContent()).toContain('Nouveau projet');
  await expectAccessible(page, '/professionnel/projets (erreurs)');

  expect(problems).toEqual([]);
  await page.context().close();
}, 180_000);
