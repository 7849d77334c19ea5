// The zoning page in a real browser: restoring a version is confirmed in a DSFR modal (never
// window.confirm), cancelling changes nothing; an import shows that it is running.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createAccount } from '../support/accounts';
import { expectAccessible, logInThroughTheForm, openPage, useBrowserApp } from '../support/browser-app';

const served = useBrowserApp();
let ars: { id: string; email: string; password: string };
const sample = readFileSync(path.join(__dirname, '..', 'fixtures', 'zonage-39.csv'));

beforeAll(async () => {
  ars = await createAccount({ role: 'partenaire' });
  // Two versions: the sample without its last line, then the whole sample.
  const shorter = Buffer.from(sample.toString('utf8').trimEnd().split('\n').slice(0, -1).join('\n'));
  for (const [name, bytes] of [
    ['zonage-court.csv', shorter],
    ['zonage-39.csv', sample],
  ] as const) {
    const imported = await served.services.zoning.import(ars, '27', { name, bytes });
    if (!imported.ok) throw new Error(`${name} did not import`);
  }
}, 60_000);

describe('the zoning page', () => {
  it('confirms a restoration in a DSFR modal, and cancelling changes nothing', async () => {
    const { page, problems } = await openPage(served);
    page.on('dialog', (dialog) => problems.push(`window dialog: ${dialog.message()}`));
    await logInThroughTheForm(page, served.baseUrl, ars);
    await page.goto(`${served.baseUrl}/partenaire/zonage`);
    const modal = page.locator('#zonage-confirmation');
    const restore = page.getByRole('button', { name: /Restaurer cette version \(1\)/ });

    // The DSFR script makes the modal once the page has started it: a click before that would
    // send the form as it is (the script's fallback without JavaScript).
    await page.waitForFunction(() => {
      const dsfr = (globalThis as { dsfr?: (element: unknown) => { modal?: unknown } }).dsfr;
      const element = (
        globalThis as unknown as { document: { getElementById(id: string): unknown } }
      ).document.getElementById('zonage-confirmation');
      return typeof dsfr === 'function' && dsfr(element).modal !== undefined;
    });
    await restore.click();
    // The modal opens with a transition: wait until it is shown, then check what it asks.
    await modal.getByText('Remettre en vigueur la version 1').waitFor({ state: 'visible' });
    await expect(modal.getByText('Remettre en vigueur la version 1').isVisible()).resolves.toBe(true);
    await expectAccessible(page, '/partenaire/zonage (confirmation)');
    await modal.getByRole('button', { name: 'Annuler' }).click();
    await modal.waitFor({ state: 'hidden' });
    expect(
      (await served.services.zoning.history('27')).versions.find((version) => version.active)?.version,
    ).toBe(2);

    await restore.click();
    await modal.getByRole('button', { name: 'Restaurer cette version' }).click();
    await page.waitForLoadState('load');
    await expect(page.locator('#historique').textContent()).resolves.toMatch(/1.*En vigueur/s);
    expect(problems).toEqual([]);
  }, 60_000);

  it('shows that an import is running', async () => {
    const { page, problems } = await openPage(served);
    await logInThroughTheForm(page, served.baseUrl, ars);
    await page.goto(`${served.baseUrl}/partenaire/zonage`);
    // The page's script runs on submit; the import itself is held back (no navigation to wait for).
    await page.evaluate(() =>
      (
        globalThis as unknown as {
          addEventListener: (type: string, listener: (event: { preventDefault: () => void }) => void) => void;
        }
      ).addEventListener('submit', (event) => event.preventDefault()),
    );
    await page
      .locator('#fichier')
      .setInputFiles({ name: 'zonage-39.csv', mimeType: 'text/csv', buffer: sample });
    await page.getByRole('button', { name: 'Importer le zonage' }).click();
    await expect(page.locator('#import-en-cours').textContent()).resolves.toContain('Import en cours');
    await expect(page.getByRole('button', { name: 'Importer le zonage' }).isDisabled()).resolves.toBe(true);
    expect(problems).toEqual([]);
  }, 60_000);
});
