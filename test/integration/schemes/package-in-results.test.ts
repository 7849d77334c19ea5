// The package of each commune in a professional's results, over HTTP with the real services: a
// nurse's project near Dole, which offers no aid of its own but lies in a very under-served zone
// for nurses where a partner scheme applies. The scheme shows in Dole's package with who grants it
// and its commitment, counts in the ranking, and follows the ARS zoning imported afterwards.
import * as cheerio from 'cheerio';
import type { Express } from 'express';
import type { Services } from '../../../src/services';
import { MODERATION_OWNER, type SchemePublisher } from '../../../src/services/schemes/scheme-publishers';
import { signedInAgent } from '../../support/accounts';
import { communeStaff, welcomeOffer } from '../../support/offers';
import { professionalWithProject } from '../../support/dashboard';
import { schemeInput } from '../../support/schemes';
import { buildTestApp } from '../../support/test-app';
import { useTestDatabase } from '../../support/test-database';
import { createAccount } from '../../support/accounts';

const database = useTestDatabase();
let app: Express;
let services: Services;

const DOLE = '39198';
const TAVAUX = '39526';

const moderation: SchemePublisher = {
  id: null,
  email: 'test',
  owner: MODERATION_OWNER,
  scope: { role: 'moderateur' },
};

async function importZoning(zone: string) {
  const ars = await createAccount({ role: 'partenaire' });
  const csv = `code_commune;profession;zone;date_effet\n${DOLE};infirmier;${zone};2025-01-01\n${TAVAUX};infirmier;sur-dotée;2025-01-01\n`;
  const result = await services.zoning.import(ars, '27', { name: 'zonage.csv', bytes: Buffer.from(csv) });
  expect(result.ok).toBe(true);
}

let resultsPath: string;
let agent: Awaited<ReturnType<typeof signedInAgent>>;
let capiiId: string;

beforeAll(async () => {
  ({ app, services } = await buildTestApp(database.current));
  for (const code of [DOLE, TAVAUX]) {
    await services.offers.create(
      await communeStaff(code),
      'accueil',
      welcomeOffer(`Journée d’accueil ${code}`),
      {
        publish: true,
      },
    );
  }
  const capii = await services.schemes.create(
    moderation,
    schemeInput({
      title: 'Contrat d’aide à la première installation des infirmiers (CAPII)',
      grantor: { name: 'Assurance Maladie (CPAM)', kind: 'assurance-maladie' },
      amount: {
        kind: 'plafond',
        eur: 37500,
        instalments: [
          { atMonth: 0, eur: 14250 },
          { atMonth: 12, eur: 23250 },
        ],
      },
      commitment: { months: 60, atLeast: false, place: 'zone', zones: ['tres-sous-dotee'] },
      area: { territory: { level: 'national' }, departements: [], communes: [], zones: ['tres-sous-dotee'] },
      officialUrl: 'https://www.bretagne.paps.sante.fr/une-aide-linstallation-34',
    }),
    { publish: true },
  );
  if (!capii.ok) throw new Error(`CAPII not published: ${capii.reason}`);
  capiiId = capii.scheme.id;
  await importZoning('très sous-dotée');
  // Around Tavaux: Dole is the farther of the two.
  const account = await professionalWithProject(services, 'infirmier', {
    around: { commune: TAVAUX, radiusKm: 30 },
  });
  const [project] = services.projects.ofOwner(account.id);
  resultsPath = `/professionnel/projets/${String(project?.id)}/resultats`;
  agent = await signedInAgent(app, account);
}, 60_000);

const cards = (html: string) => {
  const $ = cheerio.load(html);
  return $('li[id^="commune-"]')
    .map((_i, card) => ({ id: $(card).attr('id') ?? '', text: $(card).text().replace(/\s+/g, ' ') }))
    .get();
};

describe('the package in the results', () => {
  it('shows the scheme in the package of the commune where it applies, and ranks it first', async () => {
    const page = await agent.get(resultsPath);
    expect(page.status).toBe(200);
    const [first, second] = cards(page.text);
    expect(first?.id).toBe(`commune-${DOLE}`);
    expect(first?.text).toContain('Bouquet d’aides');
    expect(first?.text).toContain(
      'Contrat d’aide à la première installation des infirmiers (CAPII), Assurance Maladie (CPAM)',
    );
    expect(first?.text).toMatch(/engagement de 60 mois en zone très sous-dotée/);
    expect(first?.text).toMatch(/37\s500\s€ en tout/);
    const $ = cheerio.load(page.text);
    expect(
      $(`#commune-${DOLE} a[href="https://www.bretagne.paps.sante.fr/une-aide-linstallation-34"]`).length,
    ).toBe(1);

    expect(second?.id).toBe(`commune-${TAVAUX}`);
    expect(second?.text).toContain('Aide financière : aucune aide proposée');
    expect(second?.text).not.toContain('Bouquet d’aides');
  });

  it('follows a new zoning imported by the ARS, without a restart', async () => {
    await importZoning('intermédiaire');
    const page = await agent.get(resultsPath);
    const dole = cards(page.text).find((card) => card.id === `commune-${DOLE}`);
    expect(dole?.text).not.toContain('CAPII');
    expect(dole?.text).toContain('Aide financière : aucune aide proposée');
    await importZoning('très sous-dotée');
    expect(cards((await agent.get(resultsPath)).text)[0]?.text).toContain('CAPII');
  });

  it('drops an archived scheme at the next request, and shows it again once published (kept results follow the schemes)', async () => {
    const doleCard = async () =>
      cards((await agent.get(resultsPath)).text).find((card) => card.id === `commune-${DOLE}`)?.text;
    expect(await doleCard()).toContain('CAPII');
    const revision = () => services.schemes.get(capiiId)?.revision ?? 0;
    expect((await services.schemes.transition(moderation, capiiId, 'archiver', revision())).ok).toBe(true);
    expect(await doleCard()).not.toContain('CAPII');
    expect((await services.schemes.transition(moderation, capiiId, 'restaurer', revision())).ok).toBe(true);
    expect((await services.schemes.transition(moderation, capiiId, 'publier', revision())).ok).toBe(true);
    expect(await doleCard()).toContain('CAPII');
  });
});
