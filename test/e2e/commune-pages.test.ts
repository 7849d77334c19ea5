// The commune staff's pages in a real browser: "Mes offres", the offer forms and the commune's
// presentation are accessible (axe: no serious or critical violation), with no script or CSP error,
// and an offer can be created with the form as a person would.
import type { BrowserContext, Page } from 'playwright-core';
import { OFFER_TYPES } from '../../src/domain/offers/offer-vocabulary';
import { communeStaff, housingOffer } from '../support/offers';
import { seriousAccessibilityViolations } from '../support/browser';
import { openPageIn, useBrowserApp } from '../support/browser-app';

const served = useBrowserApp();
let offerId: string;
let account: { id: string; email: string; password: string };

beforeAll(async () => {
  const staff = await communeStaff('39198', { fonction: 'maire', name: 'Claire Martin' });
  account = staff;
  // One offer, so that the list shows its table and its action forms.
  const offer = await served.services.offers.create(
    staff,
    'logement',
    housingOffer(
      'T3 meublé près de la gare',
      {},
      {
        description: 'Appartement communal rénové, proche des écoles et de la gare.',
        availableFrom: new Date('2027-01-01T00:00:00Z'),
        contact: { name: 'Claire Martin', email: '', phone: '' },
      },
    ),
  );
  offerId = offer.id;
}, 60_000);

let context: BrowserContext;
let page: Page;
let problems: string[];
/** The cookies of a session opened once through the login form. */
let signedIn: Awaited<ReturnType<BrowserContext['storageState']>>;

async function openContext(storageState?: typeof signedIn) {
  ({ context, page, problems } = await openPageIn(
    served.browser,
    served.baseUrl,
    storageState ? { storageState } : {},
  ));
}

beforeAll(async () => {
  await openContext();
  await page.goto(`${served.baseUrl}/connexion`);
  await page.getByLabel('Adresse e-mail').fill(account.email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(account.password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL(/\/commune$/);
  expect(problems).toEqual([]);
  signedIn = await context.storageState();
  await context.close();
}, 30_000);

beforeEach(async () => {
  await openContext(signedIn);
});

afterEach(async () => {
  await context.close();
});

describe.each([
  ['my offers', '/commune'],
  ['offer type choice', '/commune/offres/nouvelle'],
  ...OFFER_TYPES.map((type) => [`new ${type} offer`, `/commune/offres/nouvelle/${type}`]),
  ['commune presentation', '/commune/profil'],
])('%s page', (_name, path) => {
  it('has no serious accessibility violation and no script or CSP error', async () => {
    await page.goto(served.baseUrl + path);
    await page.waitForLoadState('load');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});

describe('offer edit page', () => {
  it('has no serious accessibility violation, with its status actions', async () => {
    await page.goto(`${served.baseUrl}/commune/offres/${offerId}/modifier`);
    await page.waitForLoadState('load');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});

describe('the housing form', () => {
  it('shows its errors accessibly, then saves a draft that appears in the list', async () => {
    await page.goto(`${served.baseUrl}/commune/offres/nouvelle/logement`);
    await page.getByLabel('Titre').fill('Maison avec jardin');
    await page.getByRole('button', { name: 'Enregistrer en brouillon' }).click();
    await page.waitForLoadState('load');
    await expect(page.locator('#description-error').textContent()).resolves.toContain('description');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await expect(page.getByLabel('Titre').inputValue()).resolves.toBe('Maison avec jardin');

    await page
      .getByLabel('Description')
      .fill('Maison de 90 m² avec jardin,\nà deux pas de la maison de santé.');
    await page.getByLabel('Type de logement').selectOption('maison');
    await page.getByLabel('Formule').selectOption('location');
    await page.getByLabel('Nombre de pièces').fill('4');
    await page.getByLabel('Surface, en m²').fill('90');
    await page.getByLabel('Loyer mensuel ou prix de vente, en euros').fill('780');
    await page.getByLabel('Logement meublé').check({ force: true });
    await page.getByLabel('Installation').check({ force: true });
    await page.getByRole('button', { name: 'Enregistrer en brouillon' }).click();
    await page.waitForURL(/\/commune$/);
    await expect(page.locator('main .fr-alert').first().textContent()).resolves.toContain(
      'Offre enregistrée en brouillon',
    );
    await expect(page.locator('#offres').textContent()).resolves.toContain('Maison avec jardin');
    expect(problems).toEqual([]);
  });
});
