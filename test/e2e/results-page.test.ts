// The professional's results page and the communes' "Projets compatibles" in a real browser:
// accessible (axe: no serious or critical violation), no script or CSP error, the results map
// drawing one marker per ranked commune with every tile blocked, and the list there without JS.
import { createAccount } from '../support/accounts';
import { aidOffer, communeStaff, houseOffer } from '../support/offers';
import { doleProject } from '../support/projects';
import { expectAccessible, logInThroughTheForm, openPage, useBrowserApp } from '../support/browser-app';
import { professionalProfile } from '../support/professionals';

const served = useBrowserApp();
let professional: { id: string; email: string; password: string };
let communeAccount: { id: string; email: string; password: string };
let resultsPath: string;

beforeAll(async () => {
  const dole = await communeStaff('39198', { fonction: 'maire' });
  communeAccount = dole;
  const contact = { contact: { name: 'Mairie', email: '', phone: '' } };
  const houseAt = (title: string, rooms: number, price: number) => houseOffer(title, rooms, price, contact);
  await served.services.offers.create(dole, 'logement', houseAt('Maison T4 à Dole', 4, 800), {
    publish: true,
  });
  await served.services.offers.create(
    await communeStaff('39526'),
    'logement',
    houseAt('T3 à Tavaux', 3, 650),
    { publish: true },
  );
  // A commune without housing: in the "presque" list.
  await served.services.offers.create(
    await communeStaff('39233'),
    'aide-financiere',
    aidOffer('Prime d’installation', {}, { description: 'Versée à l’installation.', ...contact }),
    { publish: true },
  );

  professional = await createAccount({ role: 'professionnel' });
  await served.services.professionalProfiles.save(
    professional,
    professionalProfile({ shareAnonymised: true }),
  );
  const project = await served.services.projects.create(
    professional.id,
    doleProject({
      name: 'Installation près de Dole',
      area: { communes: [], departements: [], regions: [], around: { commune: '39198', radiusKm: 25 } },
      household: { partner: null, children: [{ birthYear: 2024, birthMonth: 2 }] },
    }),
  );
  resultsPath = `/professionnel/projets/${project.id}/resultats`;
}, 60_000);

describe('the results page', () => {
  it('is accessible and draws a marker per ranked commune with the tiles blocked', async () => {
    const { page, problems } = await openPage(served);
    await logInThroughTheForm(page, served.baseUrl, professional);
    await page.goto(served.baseUrl + resultsPath);
    await page.locator('#results-map.leaflet-container').waitFor();
    await page.locator('#results-map .leaflet-overlay-pane path').first().waitFor();
    expect(await page.locator('#results-map .leaflet-overlay-pane path').count()).toBe(2);
    expect(await page.locator('#results-map [data-map-fallback]').count()).toBe(0);
    await expectAccessible(page, resultsPath);

    // A marker's popup: name, score and summary.
    await page.locator('#results-map .results-map__marker').last().click({ force: true });
    const popup = page.locator('#results-map .leaflet-popup-content');
    await popup.waitFor();
    await expect(popup.textContent()).resolves.toMatch(/Score : \d+\/100/);

    // With filters, and with an error next to its field.
    await page.goto(`${served.baseUrl}${resultsPath}?offres=logement&distanceMax=5`);
    await expectAccessible(page, `${resultsPath}?offres=logement&distanceMax=5`);
    await page.goto(`${served.baseUrl}${resultsPath}?distanceMax=loin`);
    await expectAccessible(page, `${resultsPath}?distanceMax=loin (erreur)`);
    expect(problems).toEqual([]);
  });

  it('keeps the whole list without JavaScript', async () => {
    const { page } = await openPage(served, { javaScriptEnabled: false });
    await logInThroughTheForm(page, served.baseUrl, professional);
    await page.goto(served.baseUrl + resultsPath);
    expect(await page.locator('#classement li[id^="commune-"]').count()).toBe(2);
    expect(await page.locator('#presque li[id^="commune-"]').count()).toBe(1);
    await expect(page.locator('#results-map [data-map-fallback]').textContent()).resolves.toContain(
      'les communes sont listées ci-dessous',
    );
    await expect(page.locator('#commune-39198').textContent()).resolves.toContain('Logement : T4 à 800');
  });
});

describe('"Projets compatibles"', () => {
  it('is accessible, with the project and its proposal button', async () => {
    const { page, problems } = await openPage(served);
    await logInThroughTheForm(page, served.baseUrl, communeAccount);
    await page.goto(`${served.baseUrl}/commune/projets`);
    await expect(page.locator('main').textContent()).resolves.toContain('Médecin généraliste');
    await expectAccessible(page, '/commune/projets');
    await page.getByRole('button', { name: /Proposer nos offres/ }).click();
    await page.waitForLoadState('load');
    await expect(page.locator('main').textContent()).resolves.toContain('Vous avez proposé vos offres le');
    await expectAccessible(page, '/commune/projets (après la proposition)');
    expect(problems).toEqual([]);
  });
});
