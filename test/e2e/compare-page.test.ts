// Comparing communes side by side in a real browser: three communes checked in the results
// (a GET form, without JavaScript), one table with column and row headers naming the package and its
// commitments, accessible (axe), and printed as the title and the table alone.
import { MODERATION_OWNER } from '../../src/services/schemes/scheme-publishers';
import { createAccount } from '../support/accounts';
import { communeStaff, welcomeOffer } from '../support/offers';
import { expectAccessible, logInThroughTheForm, openPage, useBrowserApp } from '../support/browser-app';
import { professionalWithProject } from '../support/dashboard';
import { schemeInput } from '../support/schemes';

const served = useBrowserApp();
let professional: { email: string; password: string };
let resultsPath: string;

const DOLE = '39198';
const TAVAUX = '39526';
const FOUCHERANS = '39233';

beforeAll(async () => {
  for (const code of [DOLE, TAVAUX, FOUCHERANS]) {
    await served.services.offers.create(
      await communeStaff(code),
      'accueil',
      welcomeOffer(`Journée d’accueil ${code}`),
      { publish: true },
    );
  }
  await served.services.schemes.create(
    { id: null, email: 'test', owner: MODERATION_OWNER, scope: { role: 'moderateur' } },
    schemeInput({
      title: 'Contrat d’aide à la première installation des infirmiers (CAPII)',
      grantor: { name: 'Assurance Maladie (CPAM)', kind: 'assurance-maladie' },
      amount: { kind: 'plafond', eur: 37500 },
      commitment: { months: 60, atLeast: false, place: 'zone', zones: ['tres-sous-dotee'] },
      area: { territory: { level: 'national' }, departements: [], communes: [], zones: ['tres-sous-dotee'] },
    }),
    { publish: true },
  );
  const ars = await createAccount({ role: 'partenaire' });
  const zoning = await served.services.zoning.import(ars, '27', {
    name: 'zonage.csv',
    bytes: Buffer.from(
      `code_commune;profession;zone;date_effet\n${DOLE};infirmier;très sous-dotée;2025-01-01\n`,
    ),
  });
  expect(zoning.ok).toBe(true);
  const account = await professionalWithProject(served.services, 'infirmier', {
    around: { commune: TAVAUX, radiusKm: 30 },
  });
  professional = account;
  const [project] = served.services.projects.ofOwner(account.id);
  resultsPath = `/professionnel/projets/${String(project?.id)}/resultats`;
}, 60_000);

describe('the comparison of communes', () => {
  it('compares three communes checked in the results, without JavaScript, in one table with headers', async () => {
    const { page } = await openPage(served, { javaScriptEnabled: false });
    await logInThroughTheForm(page, served.baseUrl, professional);
    await page.goto(served.baseUrl + resultsPath);
    // The label is what a person clicks (DSFR draws the box over the input).
    for (const nom of ['Dole', 'Tavaux', 'Foucherans'])
      await page.getByText(`Comparer ${nom}`, { exact: true }).click();
    for (const code of [DOLE, TAVAUX, FOUCHERANS])
      expect(await page.locator(`#comparer-${code}`).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Comparer les communes cochées' }).click();
    await page.waitForLoadState('load');
    expect(page.url()).toContain('/comparer?communes=');

    const table = page.locator('#comparaison table');
    await expect(table.locator('caption').textContent()).resolves.toContain('Comparaison de 3 communes');
    const columns = await table.locator('thead th[scope="col"]').allTextContents();
    expect(columns[0]).toBe('Critère');
    expect(
      columns
        .slice(1)
        .map((text) => text.replace(/\s+/g, ' ').trim().split(' (')[0])
        .sort(),
    ).toEqual(['Dole', 'Foucherans', 'Tavaux']);
    const rows = await table.locator('tbody th[scope="row"]').allTextContents();
    expect(rows).toEqual(
      expect.arrayContaining([
        'Score',
        'Aide financière (critère important)',
        'Bouquet d’aides : valeur totale',
        'Engagements demandés en retour',
        'Distance',
        'Zonage de l’ARS pour votre profession',
      ]),
    );
    const doleColumn = columns.findIndex((text) => text.includes('Dole'));
    const cell = (row: string) =>
      table
        .locator('tbody tr', { has: page.locator(`th:text-is("${row}")`) })
        .locator('td')
        .nth(doleColumn - 1);
    await expect(cell('Bouquet d’aides : valeur totale').textContent()).resolves.toContain('CAPII');
    await expect(cell('Engagements demandés en retour').textContent()).resolves.toContain(
      '60 mois en zone très sous-dotée',
    );
    await expect(cell('Zonage de l’ARS pour votre profession').textContent()).resolves.toContain(
      'zone très sous-dotée',
    );
  }, 60_000);

  it('is accessible (axe), says what to do with one commune, and prints the table alone', async () => {
    const { page, problems } = await openPage(served);
    await logInThroughTheForm(page, served.baseUrl, professional);
    const comparePath = resultsPath.replace('/resultats', '/comparer');
    // axe runs in the page: the table is checked here, with the same three communes.
    await page.goto(
      `${served.baseUrl}${comparePath}?communes=${DOLE}&communes=${TAVAUX}&communes=${FOUCHERANS}`,
    );
    await expectAccessible(page, comparePath);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#comparaison table').isVisible()).toBe(true);
    expect(await page.locator('#choisir').isVisible()).toBe(false);
    expect(await page.locator('header.fr-header').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });

    const one = await page.goto(`${served.baseUrl}${comparePath}?communes=${DOLE}`);
    expect(one?.status()).toBe(400);
    await expect(page.locator('#choisir [role="alert"]').textContent()).resolves.toContain(
      'Cochez de 2 à 4 communes',
    );
    await expectAccessible(page, `${comparePath} (une seule commune)`);
    expect(problems).toEqual([]);
  }, 60_000);
});
