// The public pages in a real browser: accessible (axe), no CSP violation, and the commune map
// working without any tile server (tiles are blocked: the page must stay fully usable).
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_ROLE_ACCOUNTS } from '../../src/services/demo/demo-sign-in';
import { createAccount } from '../support/accounts';
import { launchBrowser, seriousAccessibilityViolations } from '../support/browser';
import { childcareOffer } from '../support/offers';
import { openPageIn } from '../support/browser-app';
import { buildTestApp } from '../support/test-app';
import { useTestDatabase } from '../support/test-database';

const database = useTestDatabase();
let server: Server;
let baseUrl: string;
let browser: Browser;
let offerPath: string;
let context: BrowserContext;

beforeAll(async () => {
  const { app, services } = await buildTestApp(database.current);
  // One published offer, for the offer pages.
  const staff = {
    id: '64b000000000000000000001',
    email: 'mairie@dole.example',
    communeCode: '39198',
    active: true,
  };
  const offer = await services.offers.create(
    staff,
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
  server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

let problems: string[];
let page: Page;

beforeEach(async () => {
  // No tile server is reachable in tests (nor, sometimes, for users): every outside request is blocked.
  ({ context, page, problems } = await openPageIn(browser, baseUrl));
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
    await page.goto(baseUrl + path);
    await page.waitForLoadState('load');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});

describe('login page with the demo accounts', () => {
  it('offers them accessibly, and one click enters a role’s space', async () => {
    for (const account of DEMO_ROLE_ACCOUNTS)
      await createAccount({ role: account.role, email: account.email });
    await page.goto(`${baseUrl}/connexion`);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Entrer comme commune' }).click();
    await page.waitForURL(`${baseUrl}/commune`);
    expect(problems).toEqual([]);
  });
});

describe('offer pages', () => {
  it('have no serious accessibility violation: search with filters, one offer', async () => {
    for (const path of ['/offres', '/offres?type=garde-enfants&departement=39', offerPath]) {
      await page.goto(baseUrl + path);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
    }
    expect(problems).toEqual([]);
  });
});

describe('commune map', () => {
  it('draws the map and the commune marker even when tiles cannot load', async () => {
    await page.goto(`${baseUrl}/communes/39198`);
    await page.locator('#commune-map.leaflet-container').waitFor();
    await page.locator('#commune-map .leaflet-overlay-pane path').waitFor();
    await expect(page.locator('h1').textContent()).resolves.toContain('Dole');
    await expect(page.locator('main').textContent()).resolves.toContain('Jura');
    expect(problems).toEqual([]);
  });

  it('leaves a usable page without JavaScript', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const staticPage = await noScript.newPage();
    await staticPage.goto(`${baseUrl}/communes/39198`);
    await expect(staticPage.locator('main').textContent()).resolves.toContain('Bourgogne-Franche-Comté');
    await noScript.close();
  });
});

describe('commune search', () => {
  it('goes from the home page search to the commune page with the keyboard', async () => {
    await page.goto(baseUrl);
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
