// The partner dashboard on real offers and projects: scoped to the partner's territory, counts of
// people published perturbed (never 1 to 4) whatever the filters, and every CSV export equal to the
// table on the page.
import * as cheerio from 'cheerio';
import type { Express } from 'express';
import { trueValuesBehind } from '../../../src/domain/statistics/perturbation-table';
import type { Services } from '../../../src/services';
import { createAccount, signedInAgent } from '../../support/accounts';
import { csvRows, pageTables, professionalWithProject } from '../../support/dashboard';
import { aidOffer } from '../../support/offers';
import { buildTestApp } from '../../support/test-app';
import { useTestDatabase } from '../../support/test-database';

const database = useTestDatabase();
let app: Express;
let services: Services;
let ars: Awaited<ReturnType<typeof signedInAgent>>;

/** The published figures a true count of people can give. */
const publishable = (trueValue: number) =>
  Array.from({ length: trueValue + 3 }, (_unused, value) => String(value)).filter((value) =>
    trueValuesBehind(Number(value), trueValue).includes(trueValue),
  );

/** No cell of a people table reads 1 to 4, « < 5 » or « secret ». */
function expectNoSmallCount(tables: Map<string, string[][]>) {
  for (const id of ['projets', 'mises-en-relation', 'leviers', 'maintien', 'departs'])
    for (const row of tables.get(id)?.slice(1) ?? [])
      for (const cell of row.slice(1)) expect(cell).toMatch(/^(0|[5-9]|\d\d+)$/);
}

beforeAll(async () => {
  ({ app, services } = await buildTestApp(database.current));
  const staff = (code: string) => ({
    id: '000000000000000000000001',
    email: 'mairie@exemple.fr',
    communeCode: code,
    active: true,
  });
  await services.offers.create(staff('39198'), 'aide-financiere', aidOffer('Aide de Dole'), {
    publish: true,
  });
  await services.offers.create(staff('39198'), 'aide-financiere', aidOffer('Brouillon de Dole'));
  await services.offers.create(staff('25056'), 'aide-financiere', aidOffer('Aide de Besançon'), {
    publish: true,
  });
  await services.offers.create(staff('22278'), 'aide-financiere', aidOffer('Aide de Saint-Brieuc'), {
    publish: true,
  });
  for (let index = 0; index < 6; index += 1)
    await professionalWithProject(services, 'medecin-generaliste', {
      around: { commune: '39198', radiusKm: 30 },
    });
  await professionalWithProject(services, 'infirmier', { departements: ['25'] });
  ars = await signedInAgent(app, await createAccount({ role: 'partenaire' }));
}, 60_000);

describe('partner dashboard', () => {
  it('shows the territory’s figures, its counts of people perturbed and never from 1 to 4', async () => {
    const page = await ars.get('/partenaire/tableau-de-bord');
    expect(page.status).toBe(200);
    const tables = pageTables(page.text);
    expect(tables.get('offres-par-type')?.at(-1)).toEqual(['Total', '1', '2', '0', '0', '2', '3']);
    expect(
      tables
        .get('communes-actives')
        ?.slice(1)
        .map((row) => row[0]),
    ).toEqual(['Besançon (25056)', 'Dole (39198)']);
    expectNoSmallCount(tables);
    // The 6 GPs are the same people in every GP cell and in the Jura's; the nurse alone reads 0 or 5
    // (her row only shows when 5); the 7 together read 5 to 9.
    const projects = tables.get('projets') ?? [];
    const gps = projects.find((row) => row[0] === 'Médecin généraliste') ?? [];
    expect(publishable(6)).toContain(gps[1]);
    expect(gps.slice(2)).toEqual(['0', '0', '0', gps[1]]);
    const nurse = projects.find((row) => row[0] === 'Infirmier(ère)');
    if (nurse) expect(nurse.slice(1)).toEqual(['5', '0', '0', '0', '5']);
    const total = projects.at(-1) ?? [];
    expect(total[0]).toBe('Total');
    expect(publishable(7)).toContain(total[1]);
    expect(tables.get('mises-en-relation')?.find((row) => row[0] === 'Médecin généraliste')?.[1]).toBe(
      gps[1],
    );
    // The test geography holds two départements of the région.
    const departements = tables.get('departements') ?? [];
    expect(departements.map((row) => row.slice(0, 3))).toEqual([
      ['Département', 'Offres en ligne', 'Communes actives'],
      ['25 Doubs', '1', '1'],
      ['39 Jura', '1', '1'],
      ['Total', '2', '2'],
    ]);
    expect(['0', '5']).toContain(departements[1]?.[3]);
    expect(departements[2]?.[3]).toBe(gps[1]);
    expect(departements[3]?.[3]).toBe(total[1]);
    expect(cheerio.load(page.text)('#chiffres-cles li').first().text()).toContain('2');
    // Under each table of people, the page says their figures are perturbed and may not add up.
    expect(cheerio.load(page.text)('[data-note="perturbation"]')).toHaveLength(6);
    expect(page.text).not.toMatch(/&lt; 5|secret/);
  });

  it('cannot isolate the one nurse through the filters', async () => {
    const unfiltered = pageTables((await ars.get('/partenaire/tableau-de-bord')).text);
    const doubs = unfiltered.get('departements')?.[1]?.[3];
    const page = await ars.get('/partenaire/tableau-de-bord?profession=infirmier&departement=25');
    const tables = pageTables(page.text);
    expectNoSmallCount(tables);
    // The filters isolate the nurse: she reads as she does in the unfiltered Doubs cell, 0 or 5.
    expect(['0', '5']).toContain(doubs);
    if (doubs === '0') expect(tables.get('projets')).toBeUndefined();
    else
      expect(tables.get('projets')?.slice(1)).toEqual([
        ['Infirmier(ère)', '5', '0', '0', '0', '5'],
        ['Total', '5', '0', '0', '0', '5'],
      ]);
    const csv = csvRows(
      (await ars.get('/partenaire/tableau-de-bord/export/projets.csv?profession=infirmier&departement=25'))
        .text,
    );
    expect(csv.at(-1)).toEqual(['Total', doubs, '0', '0', '0', doubs]);
  });

  it.each(['', '?profession=medecin-generaliste&periode=6', '?departement=39'])(
    'exports every table as the page shows it (filters "%s")',
    async (filters) => {
      const tables = pageTables((await ars.get(`/partenaire/tableau-de-bord${filters}`)).text);
      expect(tables.size).toBe(9);
      for (const [id, rows] of tables) {
        const response = await ars.get(`/partenaire/tableau-de-bord/export/${id}.csv${filters}`);
        expect(response.status).toBe(200);
        expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
        expect(response.text.startsWith('\uFEFF')).toBe(true);
        const csv = csvRows(response.text);
        // Same figures and row names; the header row holds the documented column names.
        expect(csv.slice(1)).toEqual(rows.slice(1));
        expect(csv[0]).toHaveLength(rows[0]?.length ?? 0);
      }
    },
  );

  it('refuses a département outside the territory (400, never 500)', async () => {
    expect((await ars.get('/partenaire/tableau-de-bord?departement=22')).status).toBe(400);
    expect((await ars.get('/partenaire/tableau-de-bord?periode=7')).status).toBe(400);
    expect((await ars.get('/partenaire/tableau-de-bord?region=53')).status).toBe(400);
    expect((await ars.get('/partenaire/tableau-de-bord/export/projets.csv?departement=22')).status).toBe(400);
  });

  it('scopes another région’s partner to its own territory', async () => {
    const bretagne = await signedInAgent(
      app,
      await createAccount({
        role: 'partenaire',
        partner: { type: 'ars', nom: 'ARS Bretagne', territoire: { niveau: 'region', code: '53' } },
      }),
    );
    const tables = pageTables((await bretagne.get('/partenaire/tableau-de-bord')).text);
    expect(tables.get('offres-par-type')?.at(-1)).toEqual(['Total', '0', '1', '0', '0', '1', '1']);
    expect(tables.get('projets')).toBeUndefined();
  });

  it('refuses a pending partner the figures, with the reason', async () => {
    const pending = await signedInAgent(
      app,
      await createAccount({ role: 'partenaire', status: 'en-attente' }),
    );
    const page = await pending.get('/partenaire/tableau-de-bord');
    expect(page.status).toBe(403);
    expect(page.text).toContain('validé par un modérateur');
    expect(pageTables(page.text).size).toBe(0);
    expect((await pending.get('/partenaire/tableau-de-bord/export/projets.csv')).status).toBe(403);
  });

  it('lets moderators see all of France or choose a région, and documents the columns', async () => {
    const moderator = await signedInAgent(app, await createAccount({ role: 'moderateur' }));
    const france = pageTables((await moderator.get('/moderation/tableau-de-bord')).text);
    expect(france.get('offres-par-type')?.at(-1)).toEqual(['Total', '1', '3', '0', '0', '3', '4']);
    const bfc = pageTables((await moderator.get('/moderation/tableau-de-bord?region=27')).text);
    expect(bfc.get('offres-par-type')?.at(-1)?.[6]).toBe('3');
    const columns = await moderator.get('/moderation/tableau-de-bord/colonnes');
    expect(columns.status).toBe(200);
    expect(columns.text).toContain('offres_en_ligne');
    // The method explained to partners, with its perturbation table read from the code.
    const method = cheerio.load(columns.text);
    expect(method('#methode + p').text()).toContain('perturbation par clé de cellule');
    expect(method('#table-de-perturbation tbody tr')).toHaveLength(8);
    expect(method('#table-de-perturbation tbody tr').eq(1).text()).toContain('0 (80 %), 5 (20 %)');
    const print = await ars.get('/partenaire/tableau-de-bord?impression=1');
    expect(print.text).toContain('dashboard--print');
    expect(cheerio.load(print.text)('[data-note="perturbation"]')).toHaveLength(6);
  });
});
