// The public map in a real browser with every map tile blocked: clusters and markers drawn, the list
// of the visible area beside them, a filter change updating the URL, the markers and the list without
// a reload (and the back button undoing it), the list complete without JavaScript; axe on /carte
// and on /api/docs.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { expectAccessible, openPage, useBrowserApp } from '../support/browser-app';
import { communeStaff, housingOffer } from '../support/offers';
import { publishMapFixtures } from '../integration/web/map-fixtures';
import { createAccount } from '../support/accounts';

const served = useBrowserApp();

beforeAll(async () => {
  await publishMapFixtures(served.services);
  // Neighbours of Dole, clustered with it at the scale of France.
  for (const code of ['39526', '39233', '39478']) {
    await served.services.offers.create(
      await communeStaff(code),
      'logement',
      housingOffer(`Logement ${code}`),
      { publish: true },
    );
  }
  // The sample zoning of the Jura, imported by the ARS.
  const ars = await createAccount({ role: 'partenaire' });
  const bytes = readFileSync(path.join(__dirname, '..', 'fixtures', 'zonage-39.csv'));
  const imported = await served.services.zoning.import(ars, '27', { name: 'zonage-39.csv', bytes });
  if (!imported.ok) throw new Error('the sample zoning did not import');
}, 60_000);

/** The little of the page these functions use (tests compile without the DOM library). */
interface InPage {
  document: { querySelectorAll(selector: string): ArrayLike<{ getAttribute(name: string): string | null }> };
  notReloaded?: boolean;
  accueilSanteOffersMap: { map: { getZoom(): number; _animatingZoom?: boolean } };
}

const listedCodes = (page: Page) =>
  page
    .locator('#offers-map-list > li')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-code')));

/** Waits until the list shows exactly these communes (the map script is asynchronous). */
const waitForList = (page: Page, codes: string[]) =>
  page.waitForFunction(
    (expected) =>
      JSON.stringify(
        Array.from((globalThis as unknown as InPage).document.querySelectorAll('#offers-map-list > li'))
          .map((item) => item.getAttribute('data-code'))
          .sort(),
      ) === JSON.stringify(expected),
    [...codes].sort(),
  );

describe('the map page', () => {
  it('draws clusters and markers with the tiles blocked, lists the visible communes and follows the filters', async () => {
    const { page, problems } = await openPage(served);
    const blockedTiles: string[] = [];
    page.on('requestfailed', (failed) => {
      if (failed.url().includes('tile.openstreetmap.org')) blockedTiles.push(failed.url());
    });
    await page.goto(`${served.baseUrl}/carte`);
    await page.locator('#offers-map.leaflet-container').waitFor();
    await page.locator('#offers-map .marker-cluster').first().waitFor();
    expect(await page.locator('#offers-map [data-map-fallback]').count()).toBe(0);
    expect(blockedTiles.length).toBeGreaterThan(0);
    // Every commune is on the map, in a cluster (Dole's neighbours at the scale of France) or alone.
    const clustered = await page
      .locator('#offers-map .marker-cluster')
      .evaluateAll((clusters) =>
        clusters.reduce(
          (sum, cluster) => sum + Number(cluster.querySelector('[aria-hidden]')?.textContent),
          0,
        ),
      );
    expect(clustered).toBeGreaterThanOrEqual(2);
    // A cluster is named for assistive technologies: « 3 communes ».
    await expect(
      page.locator('#offers-map .marker-cluster .fr-sr-only').first().textContent(),
    ).resolves.toMatch(/^\d+ communes$/);
    // The layers control shows Leaflet's icon (DSFR's link underline removed it) and is named in French.
    const toggle = page.locator('#offers-map .leaflet-control-layers-toggle');
    await expect(toggle.getAttribute('title')).resolves.toBe('Fond de carte et couches affichées');
    await expect(
      toggle.evaluate(
        (link) =>
          (
            globalThis as unknown as { getComputedStyle: (node: unknown) => { backgroundImage: string } }
          ).getComputedStyle(link).backgroundImage,
      ),
    ).resolves.toContain('layers');
    await expect(page.locator('#offers-map .leaflet-control-zoom-in').getAttribute('title')).resolves.toBe(
      'Zoom avant',
    );
    expect(clustered + (await page.locator('#offers-map .offers-map__marker').count())).toBe(5);
    await waitForList(page, ['22278', '39198', '39233', '39478', '39526']);
    await expect(page.locator('#offers-map-count').textContent()).resolves.toContain('dans la zone affichée');
    await expectAccessible(page, '/carte');

    // A filter: the URL, the markers and the list follow, without reloading the page.
    await page.evaluate(() => ((globalThis as unknown as InPage).notReloaded = true));
    await page.locator('#region').selectOption('53');
    await page.waitForURL(/\/carte\?region=53$/);
    await waitForList(page, ['22278']);
    expect(await page.locator('#offers-map .marker-cluster').count()).toBe(0);
    const marker = page.locator('#offers-map .offers-map__marker');
    expect(await marker.count()).toBe(1);
    await expect(marker.getAttribute('title')).resolves.toBe('Saint-Brieuc : Logement : 1');
    // The map is framed on Bretagne (the test geography: the Côtes-d'Armor), zoomed in from France.
    await page.waitForFunction(() => {
      const { map } = (globalThis as unknown as InPage).accueilSanteOffersMap;
      return map.getZoom() > 6 && !map._animatingZoom;
    });

    // The popup: the commune, its offers by type and a link. markercluster redraws its markers when a
    // zoom ends, so a click that lands on the element it is replacing is clicked again, as a person would.
    const popup = page.locator('#offers-map .leaflet-popup-content');
    for (let attempt = 0; attempt < 20 && !(await popup.isVisible()); attempt += 1) {
      // Only while it is closed: a second click on the marker of an open popup would close it.
      await marker.click();
      await popup.waitFor({ timeout: 1_000 }).catch(() => undefined);
    }
    await popup.waitFor();
    await expect(popup.textContent()).resolves.toContain('Logement : 1');
    await expect(popup.locator('a').getAttribute('href')).resolves.toBe('/communes/22278');

    await page.locator('label[for="type-garde-enfants"]').click();
    await page.waitForURL(/\/carte\?type=garde-enfants&region=53$/);
    await waitForList(page, []);
    await expect(page.locator('#offers-map-count').textContent()).resolves.toContain('Aucune commune');
    expect(await page.locator('#offers-map .offers-map__marker').count()).toBe(0);

    // Back: the previous filters, in the form and on the map.
    await page.goBack();
    await page.waitForURL(/\/carte\?region=53$/);
    await waitForList(page, ['22278']);
    expect(await page.getByLabel('Garde d’enfants').isChecked()).toBe(false);
    expect(await page.evaluate(() => (globalThis as unknown as InPage).notReloaded)).toBe(true);
    expect(problems).toEqual([]);
  }, 90_000);

  it('shows a commune of the list on the map from the keyboard', async () => {
    const { page, problems } = await openPage(served);
    await page.goto(`${served.baseUrl}/carte?departement=39`);
    await waitForList(page, ['39198', '39233', '39478', '39526']);
    expect((await listedCodes(page))[0]).toBe('39198');
    // Framed on the Jura once the first zoom is over.
    await page.waitForFunction(
      () => (globalThis as unknown as InPage).accueilSanteOffersMap.map.getZoom() > 6,
    );
    await page.getByRole('button', { name: 'Voir Dole sur la carte' }).focus();
    await page.keyboard.press('Enter');
    const popup = page.locator('#offers-map .leaflet-popup-content');
    await popup.waitFor();
    await expect(popup.textContent()).resolves.toContain('Dole (39)');
    await expect(popup.textContent()).resolves.toContain('Garde d’enfants : 1');
    expect(problems).toEqual([]);
  }, 60_000);

  it('shows the ARS zoning as a layer, with its list, when switched on', async () => {
    const { page, problems } = await openPage(served);
    await page.goto(`${served.baseUrl}/carte`);
    await page.locator('#offers-map .marker-cluster').first().waitFor();
    await expect(page.locator('#zonage-carte').isHidden()).resolves.toBe(true);
    await page.locator('#offers-map .leaflet-control-layers').hover();
    await page.getByRole('checkbox', { name: 'Zonage des ARS' }).check();
    await page.locator('#zonage-carte-liste > li').first().waitFor({ state: 'attached' });
    await expect(page.locator('#zonage-carte-statut').textContent()).resolves.toMatch(/communes zonées/);
    expect(await page.locator('#offers-map path.leaflet-interactive').count()).toBeGreaterThan(10);
    await expect(page.locator('#zonage-carte-liste').textContent()).resolves.toContain('Dole : ZIP');
    await expectAccessible(page, '/carte avec le zonage');
    await page.getByRole('checkbox', { name: 'Zonage des ARS' }).uncheck();
    await expect(page.locator('#zonage-carte').isHidden()).resolves.toBe(true);
    expect(problems).toEqual([]);
  });

  it('lists every commune without JavaScript', async () => {
    const { page } = await openPage(served, { javaScriptEnabled: false });
    await page.goto(`${served.baseUrl}/carte`);
    expect((await listedCodes(page)).sort()).toEqual(['22278', '39198', '39233', '39478', '39526']);
    await expect(page.locator('#offers-map [data-map-fallback]').textContent()).resolves.toContain(
      'les communes sont listées ci-dessous',
    );
    await page.locator('#region').selectOption('53');
    await page.getByRole('button', { name: 'Afficher' }).click();
    await page.waitForURL(/region=53/);
    expect(await listedCodes(page)).toEqual(['22278']);
  }, 60_000);
});

describe('the API documentation', () => {
  it('is accessible', async () => {
    const { page, problems } = await openPage(served);
    await page.goto(`${served.baseUrl}/api/docs`);
    await expectAccessible(page, '/api/docs');
    expect(problems).toEqual([]);
  }, 60_000);
});
