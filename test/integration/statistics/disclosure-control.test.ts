// The two attacks that worked on « < 5 » with secondary suppression, replayed over HTTP as a partner
// would, against cell-key perturbation: filter (and margin) differencing, and before/after
// differencing. Then the same figures from a second instance built on the same database.
import type { Express } from 'express';
import { PROFESSIONS, type Profession } from '../../../src/domain/professions';
import { trueValuesBehind } from '../../../src/domain/statistics/perturbation-table';
import { StatisticsKeyModel } from '../../../src/models/statistics-key';
import type { Services } from '../../../src/services';
import { createAccount, signedInAgent } from '../../support/accounts';
import { csvFigure, csvRows, professionalWithProject } from '../../support/dashboard';
import { buildTestApp } from '../../support/test-app';
import { useTestDatabase } from '../../support/test-database';

const database = useTestDatabase();
const DOLE = '39198';
let app: Express;
let services: Services;
let ars: Awaited<ReturnType<typeof signedInAgent>>;

const exportOf = async (agent: typeof ars, table: string, filters = '') => {
  const response = await agent.get(`/partenaire/tableau-de-bord/export/${table}.csv${filters}`).expect(200);
  return csvRows(response.text);
};

/** Every figure of an export is a number, and none of its people columns reads 1 to 4. */
function expectPublishedOnly(rows: readonly string[][], peopleColumns: readonly string[]) {
  const header = rows[0] ?? [];
  for (const row of rows.slice(1))
    row.slice(1).forEach((cell, index) => {
      expect(cell).toMatch(/^\d+$/);
      if (peopleColumns.includes(header[index + 1] ?? ''))
        expect(Number(cell) === 0 || Number(cell) >= 5).toBe(true);
    });
}

/** A professional writes to Dole for the first time. */
async function contactDole(profession: Profession) {
  const account = await createAccount({ role: 'professionnel' });
  const started = await services.conversations.contact(
    { id: account.id, name: 'Pro', profession, status: 'installe' },
    { communeCode: DOLE, projectId: null, offerId: null, shared: [], text: 'Bonjour' },
  );
  if (!started.ok) throw new Error(started.reason);
}

beforeAll(async () => {
  ({ app, services } = await buildTestApp(database.current));
  await createAccount({ role: 'commune', commune: { code: DOLE, fonction: 'agent' } });
  ars = await signedInAgent(app, await createAccount({ role: 'partenaire' }));
}, 60_000);

it('filter differencing: an export filtered on one département gives nothing the unfiltered one hides', async () => {
  // The case: 7 professionals, 5 targeting the Jura, 2 the Doubs.
  for (let index = 0; index < 5; index += 1)
    await professionalWithProject(services, 'medecin-generaliste', { departements: ['39'] });
  for (let index = 0; index < 2; index += 1)
    await professionalWithProject(services, 'medecin-generaliste', { departements: ['25'] });

  const all = await exportOf(ars, 'departements');
  const jura = await exportOf(ars, 'departements', '?departement=39');
  const doubs = await exportOf(ars, 'departements', '?departement=25');
  for (const rows of [all, jura, doubs]) expectPublishedOnly(rows, ['projets', 'contacts', 'installations']);

  // The same people read the same wherever they are counted: filtering shows nothing new.
  const published = {
    jura: csvFigure(all, '39 Jura', 'projets') ?? -1,
    doubs: csvFigure(all, '25 Doubs', 'projets') ?? -1,
    total: csvFigure(all, 'Total', 'projets') ?? -1,
  };
  expect(csvFigure(jura, '39 Jura', 'projets')).toBe(published.jura);
  expect(csvFigure(jura, 'Total', 'projets')).toBe(published.jura);
  expect(csvFigure(doubs, '25 Doubs', 'projets')).toBe(published.doubs);
  expect(csvFigure(doubs, 'Total', 'projets')).toBe(published.doubs);
  const doubsProjects = await exportOf(ars, 'projets', '?departement=25');
  expect(csvFigure(doubsProjects, 'Total', 'total')).toBe(published.doubs);
  const doubsSteps = await exportOf(ars, 'mises-en-relation', '?departement=25');
  expect(csvFigure(doubsSteps, 'Total', 'projets')).toBe(published.doubs);

  // The attack: Doubs = total − Jura. Every true count of the Doubs that fits the three published
  // figures (taking, in the attacker's favour, the two départements as disjoint) is possible.
  const behind = (value: number) => trueValuesBehind(value, 60);
  const fitting = behind(published.doubs).filter((doubsCount) =>
    behind(published.jura).some((juraCount) => behind(published.total).includes(doubsCount + juraCount)),
  );
  expect(fitting).toContain(2);
  expect(fitting.length).toBeGreaterThan(1);
  expect(published.doubs).not.toBe(2);
});

it('before/after differencing: exports around one new contact do not single the person out', async () => {
  for (let index = 0; index < 7; index += 1) await contactDole('medecin-generaliste');
  const newcomers = PROFESSIONS.filter((profession) => profession !== 'medecin-generaliste').slice(0, 12);
  let before = await exportOf(ars, 'mises-en-relation');
  const totalDifferences: number[] = [];
  for (const profession of newcomers) {
    // One more person, of a profession nobody else has, writes to Dole; the partner exports again.
    await contactDole(profession);
    const after = await exportOf(ars, 'mises-en-relation');
    expectPublishedOnly(after, ['projets', 'communes_proposees', 'contacts', 'installations']);
    const label = after.find((row) => row[0] !== 'Total' && !before.some((old) => old[0] === row[0]))?.[0];
    // Their row appears only if their count of 1 is published as 5, never as « < 5 » or 1.
    if (label !== undefined) expect(csvFigure(after, label, 'contacts')).toBe(5);
    totalDifferences.push(
      (csvFigure(after, 'Total', 'contacts') ?? 0) - (csvFigure(before, 'Total', 'contacts') ?? 0),
    );
    before = after;
  }
  // Twelve times one more person: the total does not move by exactly 1 each time (with these
  // p-table rows, all twelve differences equal 1 about once in 150,000 databases).
  expect(totalDifferences.some((difference) => difference !== 1)).toBe(true);
  expect(totalDifferences.every((difference) => difference >= -3 && difference <= 5)).toBe(true);
}, 60_000);

it('gives the same figures after a restart and on another instance sharing the database', async () => {
  const second = await buildTestApp(database.current);
  const otherArs = await signedInAgent(second.app, await createAccount({ role: 'partenaire' }));
  for (const filters of ['', '?departement=39', '?profession=medecin-generaliste&periode=6'])
    for (const table of ['projets', 'mises-en-relation', 'leviers', 'departements'])
      expect(await exportOf(otherArs, table, filters)).toEqual(await exportOf(ars, table, filters));
  // The statistics key was drawn once, by the first instance.
  await expect(StatisticsKeyModel.countDocuments()).resolves.toBe(1);
  // The moderators' dashboard publishes the same people the same way.
  const moderator = await signedInAgent(second.app, await createAccount({ role: 'moderateur' }));
  const moderated = await moderator
    .get('/moderation/tableau-de-bord/export/departements.csv?region=27')
    .expect(200);
  expect(csvRows(moderated.text)).toEqual(await exportOf(ars, 'departements'));
}, 60_000);
