// The partner dashboard on real offers and projects: scoped to the partner's territory, "< 5" on
// small counts whatever the filters, and every CSV export equal to the table on the page.
import * as cheerio from 'cheerio';
import type { Express } from 'express';
import type { Services } from '../../../src/services';
import type { OfferInput } from '../../../src/services/offers/offer-service';
import type { ProjectInput } from '../../../src/services/projects/project-view';
import { createAccount, signedInAgent } from '../../support/accounts';
import { buildTestApp } from '../../support/test-app';
import { useTestDatabase } from '../../support/test-database';

const database = useTestDatabase();
let app: Express;
let services: Services;
let ars: Awaited<ReturnType<typeof signedInAgent>>;

const offer = (title: string): OfferInput => ({
  title,
  description: 'Réservé aux professionnels de santé qui s’installent.',
  availableFrom: new Date('2026-01-01'),
  expiresAt: null,
  audiences: ['installation'],
  professions: [],
  contact: { name: 'Mairie', email: 'accueil@mairie.example', phone: '' },
  details: { amountEur: 10000, funder: 'Commune', conditions: '', commitmentMonths: 36 },
});

const project = (area: ProjectInput['area']): ProjectInput => ({
  name: 'Projet',
  area: { communes: [], departements: [], regions: [], around: null, ...area },
  start: { year: 2027, month: 9 },
  household: { partner: null, children: [] },
  housing: null,
  premises: null,
  importance: {
    housing: 'sans-objet',
    childcare: 'sans-objet',
    spouseJob: 'sans-objet',
    premises: 'sans-objet',
    aid: 'important',
    need: 'sans-objet',
    distance: 'souhaitable',
  },
});

async function professional(profession: 'medecin-generaliste' | 'infirmier', area: ProjectInput['area']) {
  const account = await createAccount({ role: 'professionnel' });
  await services.professionalProfiles.save(account, {
    profession,
    specialty: '',
    rpps: '',
    practiceMode: 'liberal',
    status: 'installe',
    shareAnonymised: false,
  });
  await services.projects.create(account.id, project(area));
}

/** Every data table of the page, by id: header texts and rows of cell texts (spaces removed). */
function pageTables(html: string): Map<string, string[][]> {
  const $ = cheerio.load(html);
  const tables = new Map<string, string[][]>();
  $('table[data-table]').each((_index, table) => {
    const rows = $(table)
      .find('tr')
      .toArray()
      .map((row) =>
        $(row)
          .children('th, td')
          .toArray()
          .map((cell) =>
            $(cell)
              .text()
              .trim()
              .replace(/[\s\u00a0\u202f]+/g, (space, offset, text) =>
                /^\d/.test(text.slice(offset + space.length)) && /\d$/.test(text.slice(0, offset)) ? '' : ' ',
              ),
          ),
      );
    tables.set(String($(table).attr('data-table')), rows);
  });
  return tables;
}

const csvRows = (text: string) =>
  text
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n')
    .map((line) => line.split(';'));

beforeAll(async () => {
  ({ app, services } = await buildTestApp(database.current));
  const staff = (code: string) => ({
    id: '000000000000000000000001',
    email: 'mairie@exemple.fr',
    communeCode: code,
    active: true,
  });
  await services.offers.create(staff('39198'), 'aide-financiere', offer('Aide de Dole'), { publish: true });
  await services.offers.create(staff('39198'), 'aide-financiere', offer('Brouillon de Dole'));
  await services.offers.create(staff('25056'), 'aide-financiere', offer('Aide de Besançon'), {
    publish: true,
  });
  await services.offers.create(staff('22278'), 'aide-financiere', offer('Aide de Saint-Brieuc'), {
    publish: true,
  });
  for (let index = 0; index < 6; index += 1)
    await professional('medecin-generaliste', { around: { commune: '39198', radiusKm: 30 } });
  await professional('infirmier', { departements: ['25'] });
  ars = await signedInAgent(app, await createAccount({ role: 'partenaire' }));
}, 60_000);

describe('partner dashboard', () => {
  it('shows the territory’s figures and hides any count of fewer than 5 people', async () => {
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
    expect(tables.get('projets')?.slice(1)).toEqual([
      // The 6 would give the nurse's "< 5" away from the total of 7: it is a secret too.
      ['Médecin généraliste', 'secret', '0', '0', '0', 'secret'],
      ['Infirmier(ère)', '< 5', '0', '0', '0', '< 5'],
      ['Total', '7', '0', '0', '0', '7'],
    ]);
    expect(tables.get('mises-en-relation')?.at(1)).toEqual([
      'Médecin généraliste',
      'secret',
      'secret',
      '0',
      '0',
    ]);
    // The test geography holds two départements of the région.
    expect(tables.get('departements')?.slice(1)).toEqual([
      ['25 Doubs', '1', '1', '< 5', '0', '0'],
      ['39 Jura', '1', '1', 'secret', '0', '0'],
      ['Total', '2', '2', '7', '0', '0'],
    ]);
    expect(cheerio.load(page.text)('#chiffres-cles li').first().text()).toContain('2');
  });

  it('cannot isolate the one nurse through the filters', async () => {
    const page = await ars.get('/partenaire/tableau-de-bord?profession=infirmier&departement=25');
    const tables = pageTables(page.text);
    expect(tables.get('projets')?.slice(1)).toEqual([
      ['Infirmier(ère)', '< 5', '0', '0', '0', '< 5'],
      ['Total', '< 5', '0', '0', '0', '< 5'],
    ]);
    expect(tables.get('mises-en-relation')?.at(-1)).toEqual(['Total', '< 5', '< 5', '0', '0']);
  });

  it.each(['', '?profession=medecin-generaliste&periode=6', '?departement=39'])(
    'exports every table as the page shows it (filters "%s")',
    async (filters) => {
      const tables = pageTables((await ars.get(`/partenaire/tableau-de-bord${filters}`)).text);
      expect(tables.size).toBe(7);
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

  it('shows a pending partner an explanation, not the figures', async () => {
    const pending = await signedInAgent(
      app,
      await createAccount({ role: 'partenaire', status: 'en-attente' }),
    );
    const page = await pending.get('/partenaire/tableau-de-bord');
    expect(page.status).toBe(200);
    expect(page.text).toContain('Compte en attente de validation');
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
    const print = await ars.get('/partenaire/tableau-de-bord?impression=1');
    expect(print.text).toContain('dashboard--print');
  });
});
