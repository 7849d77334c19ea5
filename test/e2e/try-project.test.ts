// A first visit in a real browser: from the home page, a visitor tries a project without an account,
// meets the error summary, sees the communes ranked with their map, and keeps the project by logging
// in: the project form opens filled with it. Every page passes axe; no script or CSP error.
import type { Page } from 'playwright-core';
import { createAccount } from '../support/accounts';
import { communeStaff, houseOffer } from '../support/offers';
import { expectAccessible, openPage, useBrowserApp } from '../support/browser-app';
import { professionalProfile } from '../support/professionals';

const served = useBrowserApp();
let professional: { id: string; email: string; password: string };

beforeAll(async () => {
  await served.services.offers.create(
    await communeStaff('39198', { fonction: 'maire' }),
    'logement',
    houseOffer('Maison T4 à Dole', 4, 800, {
      description: 'Logement pour un professionnel de santé.',
      contact: { name: 'Mairie', email: '', phone: '' },
    }),
    { publish: true },
  );
  professional = await createAccount({ role: 'professionnel' });
  await served.services.professionalProfiles.save(professional, professionalProfile());
}, 60_000);

/** The Tab stops from the form's first field until the focus leaves it. */
async function tabStopsOf(page: Page, form: string): Promise<number> {
  await page.locator(`${form} input:not([type=hidden]), ${form} select, ${form} textarea`).first().focus();
  let stops = 1;
  while (stops < 500) {
    await page.keyboard.press('Tab');
    const inside = (await page.locator(`${form}:focus-within`).count()) > 0;
    if (!inside) break;
    stops += 1;
  }
  return stops;
}

describe('trying a project without an account', () => {
  it('goes from the home page to the ranked communes and their map, then keeps the project through the login', async () => {
    const { page, problems } = await openPage(served);
    await page.goto(served.baseUrl);
    await expectAccessible(page, '/');
    await page.getByRole('link', { name: 'Essayer sans compte' }).click();
    await page.waitForURL(`${served.baseUrl}/essai`);
    await expectAccessible(page, '/essai');

    // Nothing chosen: the error summary takes the focus and links to the fields.
    await page.getByRole('button', { name: 'Voir les communes' }).click();
    await page.waitForLoadState('load');
    await expect(page.title()).resolves.toMatch(/^Erreur : /);
    await expect(page.locator('[data-error-summary]:focus').count()).resolves.toBe(1);
    await page.locator('[data-error-summary] a[href="#profession"]').click();
    await expect(page.locator('#profession:focus').count()).resolves.toBe(1);
    await expectAccessible(page, '/essai/resultats (erreurs)');

    await page.locator('#profession').selectOption('medecin-generaliste');
    await page.locator('#status').selectOption('installe');
    await page.locator('#aroundCommune').fill('Dole (39)');
    await page.locator('#aroundRadius').fill('30');
    await page.locator('#startMonth').selectOption('9');
    await page.locator('#startYear').fill('2027');
    await page.getByRole('button', { name: 'Voir les communes' }).click();
    await page.waitForLoadState('load');

    await expect(page.locator('h1').textContent()).resolves.toBe('Les communes pour votre projet');
    await page.locator('#results-map .leaflet-overlay-pane path').first().waitFor();
    await expect(page.locator('#commune-39198').textContent()).resolves.toContain('Logement : T4 à 800');
    await expectAccessible(page, '/essai/resultats');

    await page.getByRole('link', { name: 'Enregistrer ce projet' }).click();
    await page.waitForLoadState('load');
    await expectAccessible(page, '/essai/enregistrer');
    await page.getByRole('button', { name: /me connecter/ }).click();
    await page.waitForLoadState('load');
    await page.getByLabel('Adresse e-mail').fill(professional.email);
    await page.getByLabel('Mot de passe', { exact: true }).fill(professional.password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL(`${served.baseUrl}/professionnel/projets/nouveau`);
    await expect(page.locator('#aroundCommune').inputValue()).resolves.toBe('Dole (39)');
    await expect(page.locator('#startYear').inputValue()).resolves.toBe('2027');
    await expectAccessible(page, '/professionnel/projets/nouveau (projet essayé)');
    expect(problems).toEqual([]);
  }, 90_000);
});

describe('the project form', () => {
  it('chooses départements in a combobox with removable tags, sections in accordions, with few Tab stops', async () => {
    const { page, problems } = await openPage(served);
    await page.goto(`${served.baseUrl}/essai`);
    // The long lists are comboboxes: their checkboxes are hidden, still the form's fields.
    await expect(page.locator('#departements-39').isVisible()).resolves.toBe(false);
    const combobox = page.locator('#departements [role="combobox"]');
    await combobox.fill('jur');
    await expect(combobox.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(page.locator('#departements [role="option"]:visible').allTextContents()).resolves.toEqual([
      'Jura (39)',
    ]);
    await combobox.press('ArrowDown');
    await combobox.press('Enter');
    await expect(page.locator('#departements-39').isChecked()).resolves.toBe(true);
    const tag = page.getByRole('button', { name: 'Retirer Jura (39)' });
    await expect(tag.isVisible()).resolves.toBe(true);
    await combobox.press('Escape');
    await expectAccessible(page, '/essai (combobox)');
    await tag.click();
    await expect(page.locator('#departements-39').isChecked()).resolves.toBe(false);

    // Collapsed sections are one Tab stop each.
    await expect(page.locator('#section-foyer').isVisible()).resolves.toBe(false);
    const stops = await tabStopsOf(page, 'main form');
    console.info(`Tab stops of the try-it form (test geography: 4 départements, 3 régions): ${stops}`);
    expect(stops).toBeLessThanOrEqual(20);
    await page.getByRole('button', { name: 'Votre foyer' }).click();
    await page.locator('#section-foyer').waitFor({ state: 'visible' });
    // One child row, then « Ajouter un enfant » for each other child.
    await expect(page.locator('#child2Month').isVisible()).resolves.toBe(false);
    await page.getByRole('button', { name: 'Ajouter un enfant' }).click();
    await page.locator('#child2Month:focus').waitFor();
    await expectAccessible(page, '/essai (foyer ouvert)');

    // Every section open: still few stops.
    await page.getByRole('button', { name: 'Logement et local' }).click();
    await page.getByRole('button', { name: 'Ce qui compte pour vous' }).click();
    await page.locator('#section-logement').waitFor({ state: 'visible' });
    await page.locator('#section-importance').waitFor({ state: 'visible' });
    const allOpen = await tabStopsOf(page, 'main form');
    console.info(`Tab stops with every section open (two child rows shown): ${allOpen}`);
    expect(allOpen).toBeLessThanOrEqual(42);
    expect(problems).toEqual([]);
  });

  it('keeps the plain lists and every section open without JavaScript', async () => {
    const { page } = await openPage(served, { javaScriptEnabled: false });
    await page.goto(`${served.baseUrl}/essai`);
    await expect(page.locator('#departements-39').isVisible()).resolves.toBe(true);
    await expect(page.locator('#child6Month').isVisible()).resolves.toBe(true);
    await expect(page.locator('#importanceHousing').isVisible()).resolves.toBe(true);
  });
});
