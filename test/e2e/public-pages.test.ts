// The public pages in a real browser: accessible (axe), no CSP violation, and the commune map
// working without any tile server (tiles are blocked: the page must stay fully usable).
import type { BrowserContext, Page } from 'playwright-core';
import { DEMO_ROLE_ACCOUNTS } from '../../src/services/demo/demo-sign-in';
import { createAccount } from '../support/accounts';
import { seriousAccessibilityViolations } from '../support/browser';
import { childcareOffer, communeStaff } from '../support/offers';
import { openPageIn, useBrowserApp } from '../support/browser-app';

const served = useBrowserApp();
let offerPath: string;
let context: BrowserContext;

beforeAll(async () => {
  // One published offer, for the offer pages.
  const offer = await served.services.offers.create(
    await communeStaff('39198'),
    'garde-enfants',
    childcareOffer(
      'Places en micro-crèche',
      { structure: 'micro-creche', places: 2, ageMinMonths: 10, openingHours: '7 h 30 – 19 h' },
      {
        description: 'Deux places réservées aux enfants des soignants.\nOuvert toute l’année.',
        contact: { name: 'Mairie de Dole', email: 'sante@dole.example', phone: '03 84 00 00 00' },
      },
    ),
    { publish: true },
  );
  offerPath = `/offres/${offer.id}`;
}, 60_000);

let problems: string[];
let page: Page;

beforeEach(async () => {
  // No tile server is reachable in tests (nor, sometimes, for users): every outside request is blocked.
  ({ context, page, problems } = await openPageIn(served.browser, served.baseUrl));
});

afterEach(async () => {
  await context.close();
});

describe.each([
  ['home', '/'],
  ['commune search', '/communes?q=dole'],
  ['commune page', '/communes/39198'],
  ['about', '/a-propos'],
  ['legal notice', '/mentions-legales'],
  ['personal data', '/donnees-personnelles'],
  ['accessibility statement', '/accessibilite'],
  ['site map', '/plan-du-site'],
  ['login', '/connexion'],
  ['sign-up choice', '/inscription'],
  ['commune sign-up', '/inscription/commune'],
  ['partner sign-up', '/inscription/partenaire'],
  ['forgotten password', '/mot-de-passe-oublie'],
  ['not found', '/nulle-part'],
])('%s page', (_name, path) => {
  it('has no serious accessibility violation and no script or CSP error', async () => {
    await page.goto(served.baseUrl + path);
    await page.waitForLoadState('load');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});

describe('login page with the demo accounts', () => {
  it('offers them accessibly, and one click enters a role’s space', async () => {
    for (const account of DEMO_ROLE_ACCOUNTS)
      await createAccount({ role: account.role, email: account.email });
    await page.goto(`${served.baseUrl}/connexion`);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Entrer comme commune' }).click();
    await page.waitForURL(`${served.baseUrl}/commune`);
    expect(problems).toEqual([]);
  });
});

describe('offer pages', () => {
  it('have no serious accessibility violation: search with filters, one offer', async () => {
    for (const path of ['/offres', '/offres?type=garde-enfants&departement=39', offerPath]) {
      await page.goto(served.baseUrl + path);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
    }
    expect(problems).toEqual([]);
  });
});

describe('commune map', () => {
  it('draws the map and the commune marker even when tiles cannot load', async () => {
    await page.goto(`${served.baseUrl}/communes/39198`);
    await page.locator('#commune-map.leaflet-container').waitFor();
    await page.locator('#commune-map .leaflet-overlay-pane path').waitFor();
    await expect(page.locator('h1').textContent()).resolves.toContain('Dole');
    await expect(page.locator('main').textContent()).resolves.toContain('Jura');
    expect(problems).toEqual([]);
  });

  it('leaves a usable page without JavaScript', async () => {
    const noScript = await served.browser.newContext({ javaScriptEnabled: false });
    const staticPage = await noScript.newPage();
    await staticPage.goto(`${served.baseUrl}/communes/39198`);
    await expect(staticPage.locator('main').textContent()).resolves.toContain('Bourgogne-Franche-Comté');
    await noScript.close();
  });
});

describe('commune search', () => {
  it('goes from the home page search to the commune page with the keyboard', async () => {
    await page.goto(served.baseUrl);
    await page
      .getByLabel(/Rechercher une commune/)
      .first()
      .fill('saint brieuc');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/communes\?q=saint\+brieuc/);
    await page.locator('main a[href="/communes/22278"]').first().focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/communes\/22278$/);
    await expect(page.locator('h1').textContent()).resolves.toContain('Saint-Brieuc');
  });
});
