// "Did they stay?" in the service: after a confirmed installation the professional sees the 6, 12
// and 24-month check-ins, answers the one due (with the levers that failed when they left), once
// per check-in; another person's installation is "not found"; the answers are in the account
// export and erased with the account.
import * as cheerio from 'cheerio';
import type { Express } from 'express';
import { CheckInModel } from '../../../src/models/check-in';
import type { Services } from '../../../src/services';
import { createAccount, signedInAgent } from '../../support/accounts';
import { pageTables } from '../../support/dashboard';
import { buildTestApp } from '../../support/test-app';
import { useTestDatabase } from '../../support/test-database';
import { postForm, professional } from '../contacts/conversation-fixtures';
import { confirmedInstallation, confirmedMonthsAgo } from './installation-fixtures';

const database = useTestDatabase();
let app: Express;
let services: Services;

beforeAll(async () => {
  ({ app, services } = await buildTestApp(database.current));
}, 60_000);

const PAGE = '/professionnel/installations';

const rows = (html: string) =>
  cheerio
    .load(html)('section[id^="installation-"] tbody tr')
    .map((_i, row) => cheerio.load(row).text().replace(/\s+/g, ' ').trim())
    .get();

it('asks at 6 months, records the answer once, and keeps it with the account', async () => {
  const { pro, proAgent, id } = await confirmedInstallation(app, services, 'Paul Parti');

  // Just confirmed: three check-ins to come, nothing to answer yet.
  const fresh = await proAgent.get(PAGE).expect(200);
  expect(rows(fresh.text)).toEqual([
    expect.stringMatching(/^6 mois.*À venir$/),
    expect.stringMatching(/^12 mois.*À venir$/),
    expect.stringMatching(/^24 mois.*À venir$/),
  ]);
  expect(cheerio.load(fresh.text)(`form[action="${PAGE}/${id}/suivi"]`).length).toBe(0);
  const early = await postForm(proAgent, PAGE, `${PAGE}/${id}/suivi`, { echeance: '6', exerce: 'oui' });
  expect(early.status).toBe(303);
  expect(await CheckInModel.countDocuments({ _id: id })).toBe(0);

  // The professional's home asks nothing yet.
  const dueOnHome = async () =>
    cheerio
      .load((await proAgent.get('/professionnel').expect(200)).text)('#points-d-etape a')
      .map((_i, link) => [[cheerio.load(link).text(), link.attribs.href]])
      .get() as string[][];
  expect(await dueOnHome()).toEqual([]);

  // Seven months later, the 6-month check-in is due (the home asks it); the person left (housing, childcare).
  await confirmedMonthsAgo(services, id, 7);
  expect(await dueOnHome()).toEqual([
    ['6 mois après votre installation : exercez-vous toujours à Dole ?', `${PAGE}#installation-${id}`],
  ]);
  const due = await proAgent.get(PAGE).expect(200);
  expect(cheerio.load(due.text)(`form[action="${PAGE}/${id}/suivi"] legend`).first().text()).toContain(
    '6 mois après : exercez-vous toujours à Dole ?',
  );
  const answer = { echeance: '6', exerce: 'non', leviers: ['garde', 'logement'] };
  expect((await postForm(proAgent, PAGE, `${PAGE}/${id}/suivi`, answer)).status).toBe(303);
  expect((await postForm(proAgent, PAGE, `${PAGE}/${id}/suivi`, answer)).status).toBe(303);
  const stored = await CheckInModel.findById(id).lean();
  expect(stored?.answers.map((entry) => [entry.checkIn, entry.stillPractising, entry.failedLevers])).toEqual([
    [6, false, ['logement', 'garde']],
  ]);
  expect(await dueOnHome()).toEqual([]);
  const after = rows((await proAgent.get(PAGE)).text);
  expect(after[0]).toContain('parti(e) : logement');
  expect(after.slice(1).every((row) => row.includes('Sans objet'))).toBe(true);

  // Someone else's installation is not found; nonsense is refused.
  const other = await signedInAgent(app, await professional(services, 'Autre Personne'));
  expect((await postForm(other, PAGE, `${PAGE}/${id}/suivi`, answer)).status).toBe(404);
  expect(
    (await postForm(proAgent, PAGE, `${PAGE}/${id}/suivi`, { echeance: '7', exerce: 'peut-etre' })).status,
  ).toBe(400);

  // Partners see it in their dashboard, perturbed as every count of people (one person: 0 or 5).
  const ars = await signedInAgent(app, await createAccount({ role: 'partenaire' }));
  // From memory: the dashboard reads no answer from the database.
  const scans = jest.spyOn(CheckInModel, 'find');
  const retention = pageTables((await ars.get('/partenaire/tableau-de-bord')).text).get('maintien') ?? [];
  expect(scans).not.toHaveBeenCalled();
  scans.mockRestore();
  expect(retention[0]).toEqual(['Point d’étape', 'Ont répondu', 'Exercent toujours', 'Sont partis']);
  const sixMonths = retention.find((row) => row[0] === '6 mois') ?? [];
  for (const cell of sixMonths.slice(1)) expect(cell).toMatch(/^(0|5)$/);
  expect(pageTables((await ars.get('/partenaire/tableau-de-bord')).text).get('departs')?.length).toBe(7);

  // The answers are the person's data: exported, then erased with the account.
  const exported = await services.accountSettings.exportData(pro.id);
  expect(JSON.stringify(exported?.checkIns)).toContain('"stillPractising":false');
  expect((await services.accountSettings.deleteAccount(pro.id, pro.password)).ok).toBe(true);
  expect(await CheckInModel.countDocuments()).toBe(0);
});
