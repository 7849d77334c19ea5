// What a commune offers, complete: its public page and its own space list the partner schemes that
// apply there, by profession (the ARS zoning differs by profession); the open data API publishes
// the schemes (all, or those of a commune), drafts and bookkeeping left out.
import * as cheerio from 'cheerio';
import type { Express } from 'express';
import request from 'supertest';
import type { Services } from '../../../src/services';
import { MODERATION_OWNER, type SchemePublisher } from '../../../src/services/schemes/scheme-publishers';
import { createAccount, signedInAgent } from '../../support/accounts';
import { schemeInput } from '../../support/schemes';
import { buildTestApp } from '../../support/test-app';
import { useTestDatabase } from '../../support/test-database';

const database = useTestDatabase();
let app: Express;
let services: Services;

const DOLE = '39198';
const SAINT_BRIEUC = '22278';
const moderation: SchemePublisher = {
  id: null,
  email: 'test',
  owner: MODERATION_OWNER,
  scope: { role: 'moderateur' },
};
const ids: Record<string, string> = {};

beforeAll(async () => {
  ({ app, services } = await buildTestApp(database.current));
  const publish = async (name: string, input: ReturnType<typeof schemeInput>, publishIt = true) => {
    const result = await services.schemes.create(moderation, input, { publish: publishIt });
    if (!result.ok) throw new Error(result.reason);
    ids[name] = result.scheme.id;
  };
  await publish(
    'capii',
    schemeInput({
      title: 'CAPII des infirmiers',
      grantor: { name: 'Assurance Maladie (CPAM)', kind: 'assurance-maladie' },
      area: { territory: { level: 'national' }, departements: [], communes: [], zones: ['tres-sous-dotee'] },
    }),
  );
  await publish(
    'regional',
    schemeInput({
      title: 'Aide régionale aux médecins',
      eligibility: {
        professions: ['medecin-generaliste'],
        statuses: ['installe', 'remplacant'],
        conditions: '',
      },
      amount: { kind: 'mensuel', eurPerMonth: 500, months: 24 },
      commitment: null,
      area: { territory: { level: 'region', code: '27' }, departements: [], communes: [], zones: [] },
    }),
  );
  await publish('draft', schemeInput({ title: 'Brouillon jamais publié' }), false);
  const ars = await createAccount({ role: 'partenaire' });
  const zoning = await services.zoning.import(ars, '27', {
    name: 'zonage.csv',
    bytes: Buffer.from(
      `code_commune;profession;zone;date_effet\n${DOLE};infirmier;très sous-dotée;2025-01-01\n`,
    ),
  });
  expect(zoning.ok).toBe(true);
}, 60_000);

const schemeRows = (html: string) =>
  cheerio
    .load(html)('#dispositifs tbody tr')
    .map((_i, row) => cheerio.load(row).text().replace(/\s+/g, ' ').trim())
    .get();

describe('a commune’s pages', () => {
  it('list the schemes that apply there, with the professions they apply to', async () => {
    const rows = schemeRows((await request(app).get(`/communes/${DOLE}`).expect(200)).text);
    expect(rows).toHaveLength(2);
    expect(rows.find((row) => row.includes('CAPII des infirmiers'))).toContain('Infirmier(ère)');
    const regional = rows.find((row) => row.includes('Aide régionale aux médecins'));
    expect(regional).toContain('Médecin généraliste');
    expect(regional).toMatch(/12\s000\s€/);
    expect(rows.join(' ')).not.toContain('Brouillon');

    const elsewhere = await request(app).get(`/communes/${SAINT_BRIEUC}`).expect(200);
    expect(schemeRows(elsewhere.text)).toEqual([]);
    expect(elsewhere.text).toContain('Aucun dispositif publié par un partenaire ne s’applique aujourd’hui');
  });

  it('show them in the commune’s own space', async () => {
    const staff = await createAccount({ role: 'commune', commune: { code: DOLE, fonction: 'agent' } });
    const page = await (await signedInAgent(app, staff)).get('/commune').expect(200);
    expect(schemeRows(page.text).join(' ')).toContain('CAPII des infirmiers');
  });
});

describe('GET /api/v1/dispositifs', () => {
  it('publishes every published scheme, without drafts or bookkeeping', async () => {
    const response = await request(app).get('/api/v1/dispositifs').expect(200);
    expect(response.headers['access-control-allow-origin']).toBe('*');
    const data = response.body.data as Record<string, unknown>[];
    expect(data.map((scheme) => scheme.titre).sort()).toEqual([
      'Aide régionale aux médecins',
      'CAPII des infirmiers',
    ]);
    const regional = data.find((scheme) => scheme.id === ids.regional);
    expect(regional).toMatchObject({
      montant: { forme: 'mensuel', eurosParMois: 500, mois: 24 },
      valeur: { premiereAnneeEuros: 6000, totalEuros: 12000, borne: 'exact' },
      territoire: { niveau: 'region', code: '27' },
    });
    for (const scheme of data) {
      expect(scheme).not.toHaveProperty('owner');
      expect(scheme).not.toHaveProperty('revision');
      expect(scheme).not.toHaveProperty('professionsIci');
    }
  });

  it('lists a commune’s schemes with the professions they apply to there, and filters by profession', async () => {
    const dole = (await request(app).get(`/api/v1/dispositifs?commune=${DOLE}`).expect(200)).body.data;
    expect(dole.find((scheme: { id: string }) => scheme.id === ids.capii).professionsIci).toEqual([
      'infirmier',
    ]);
    const nurses = (
      await request(app).get(`/api/v1/dispositifs?commune=${DOLE}&profession=infirmier`).expect(200)
    ).body.data;
    expect(nurses.map((scheme: { id: string }) => scheme.id)).toEqual([ids.capii]);
    const breton = (await request(app).get(`/api/v1/dispositifs?commune=${SAINT_BRIEUC}`).expect(200)).body
      .data;
    expect(breton).toEqual([]);
  });

  it('answers 400 and 404 with a structured error', async () => {
    const bad = await request(app).get('/api/v1/dispositifs?profession=sorcier&x=1').expect(400);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(['profession', 'x']);
    const unknown = await request(app).get('/api/v1/dispositifs?commune=99999').expect(404);
    expect(unknown.body.error.message).toContain('Commune inconnue');
  });
});
