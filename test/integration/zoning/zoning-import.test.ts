// Importing the ARS zoning over HTTP: a faulty file imports nothing and leaves the version in force
// intact; every import is a version that can be restored. (test/fixtures/zonage-39.csv is a sample
// made for these tests, not the official zoning of the Jura.)
import fs from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import type { Express } from 'express';
import type { Services } from '../../../src/services';
import { createAccount, csrfTokenOf, signedInAgent } from '../../support/accounts';
import { buildTestApp } from '../../support/test-app';
import { useTestDatabase } from '../../support/test-database';

const database = useTestDatabase();
let app: Express;
let services: Services;
let ars: Awaited<ReturnType<typeof signedInAgent>>;
const fixture = (name: string) => fs.readFileSync(path.join(__dirname, '../../fixtures', name));
const AT = new Date('2026-06-01T00:00:00Z');

beforeAll(async () => {
  ({ app, services } = await buildTestApp(database.current));
  ars = await signedInAgent(app, await createAccount({ role: 'partenaire', email: 'ars-bfc@exemple.fr' }));
}, 60_000);

async function upload(
  agent: typeof ars,
  bytes: Buffer,
  name: string,
  page = '/partenaire/zonage',
  fields = {},
) {
  const _csrf = await csrfTokenOf(agent, '/mon-compte');
  let request = agent.post(`${page}?_csrf=${_csrf}`);
  for (const [key, value] of Object.entries(fields)) request = request.field(key, String(value));
  return request.attach('fichier', bytes, { filename: name, contentType: 'text/csv' });
}

const errorLines = (html: string) =>
  cheerio
    .load(html)('#tableau-erreurs tbody tr')
    .toArray()
    .map((row) =>
      cheerio
        .load(row)('td')
        .toArray()
        .map((cell) => cheerio.load(cell).text().trim())
        .join(' '),
    );

describe('zoning import', () => {
  it('imports the Jura sample: the matching engine and the map layer use it at once', async () => {
    const response = await upload(ars, fixture('zonage-39.csv'), 'zonage-39.csv');
    expect(response.status).toBe(303);
    expect(services.zoning.zoneOf('39198', 'medecin-generaliste', AT)).toBe('zip');
    expect(services.matching.geography.commune('39198')?.zoneOf?.('infirmier', AT)).toBe('tres-sous-dotee');

    const page = await ars.get('/partenaire/zonage');
    expect(page.text).toContain('Zonage importé : version 1');
    const $ = cheerio.load(page.text);
    expect($('#resume-zonage tbody tr').length).toBe(3);
    expect($('#historique tbody tr').length).toBe(1);
    expect($('#communes-zonees tbody tr').length).toBe(30);

    const layer = await ars.get('/carte/zonage.json?profession=medecin-generaliste&region=27');
    expect(layer.status).toBe(200);
    expect((layer.body as { points: unknown[] }).points).toHaveLength(30);
    expect((layer.body as { points: unknown[] }).points[0]).toEqual({
      code: '39198',
      nom: 'Dole',
      lat: expect.any(Number) as number,
      lon: expect.any(Number) as number,
      zone: 'zip',
    });
  });

  it.each([
    [
      'zonage-erreurs-codes.csv',
      [
        '3 Code commune inconnu',
        '4 Profession inconnue',
        '5 Zone inconnue',
        '6 Date',
        '7 La commune 22278',
        '8 Doublon',
        '9 3 colonnes',
      ],
    ],
    ['zonage-erreurs-latin1.csv', ['— Le fichier n’est pas encodé en UTF-8']],
  ])('refuses %s as a whole, lists its errors and keeps the version in force', async (name, expected) => {
    const response = await upload(ars, fixture(name), name);
    expect(response.status).toBe(400);
    expect(response.text).toContain('fr-alert--error');
    const lines = errorLines(response.text);
    expect(lines).toHaveLength(expected.length);
    expected.forEach((start, index) => expect(lines[index]).toMatch(new RegExp(`^${start}`)));
    expect(services.zoning.zoneOf('39198', 'medecin-generaliste', AT)).toBe('zip');
    expect((await services.zoning.history('27')).versions).toHaveLength(1);
  });

  it('refuses an empty upload and a missing file', async () => {
    expect((await upload(ars, Buffer.from(''), 'vide.csv')).status).toBe(400);
    const _csrf = await csrfTokenOf(ars, '/mon-compte');
    const none = await ars.post(`/partenaire/zonage?_csrf=${_csrf}`).field('x', '1');
    expect(none.status).toBe(400);
    expect((await services.zoning.history('27')).versions).toHaveLength(1);
  });

  it('keeps every version and restores the previous one', async () => {
    const second = Buffer.from(
      'code_commune;profession;zone;date_effet\n39198;medecin-generaliste;ZAC;2025-04-01\n',
    );
    expect((await upload(ars, second, 'v2.csv')).status).toBe(303);
    expect(services.zoning.zoneOf('39198', 'medecin-generaliste', AT)).toBe('zac');
    expect(services.zoning.zoneOf('39300', 'medecin-generaliste', AT)).toBeNull();

    const _csrf = await csrfTokenOf(ars, '/partenaire/zonage');
    const restored = await ars
      .post('/partenaire/zonage/restauration')
      .type('form')
      .send({ _csrf, version: '1' });
    expect(restored.status).toBe(303);
    expect(services.zoning.zoneOf('39198', 'medecin-generaliste', AT)).toBe('zip');
    expect(services.zoning.zoneOf('39300', 'medecin-generaliste', AT)).toBe('zac');
    const history = await services.zoning.history('27');
    expect(history.active).toBe(1);
    expect(history.versions.map((version) => version.version)).toEqual([2, 1]);
    expect(history.activations.map((activation) => activation.action)).toEqual([
      'restauration',
      'import',
      'import',
    ]);
    const journal = await services.audit.list({ action: 'zonage.restaure' }, 1, 10);
    expect(journal.events[0]?.actorLabel).toBe('ars-bfc@exemple.fr');

    const again = await ars
      .post('/partenaire/zonage/restauration')
      .type('form')
      .send({ _csrf, version: '7' });
    expect(again.status).toBe(400);
  });

  it('keeps the CSRF check on uploads: no token, no import', async () => {
    const response = await ars
      .post('/partenaire/zonage')
      .attach('fichier', fixture('zonage-39.csv'), 'zonage-39.csv');
    expect(response.status).toBe(403);
    expect((await services.zoning.history('27')).versions).toHaveLength(2);
  });

  it('lets only a validated regional ARS import; other partners read', async () => {
    const other = await signedInAgent(
      app,
      await createAccount({
        role: 'partenaire',
        partner: {
          type: 'assurance-maladie',
          nom: 'CPAM du Jura',
          territoire: { niveau: 'departement', code: '39' },
        },
      }),
    );
    const page = await other.get('/partenaire/zonage');
    expect(page.status).toBe(200);
    expect(page.text).toContain('Import réservé à l’ARS de la région');
    expect(cheerio.load(page.text)('#communes-zonees tbody tr').length).toBe(30);
    expect((await upload(other, fixture('zonage-39.csv'), 'zonage-39.csv')).status).toBe(403);
  });

  it('lets a moderator import any région’s zoning', async () => {
    const moderator = await signedInAgent(app, await createAccount({ role: 'moderateur' }));
    const file = Buffer.from(
      'code_commune,profession,zone,date_effet\n22278,Infirmière,Sous-dotée,01/01/2025\n',
    );
    expect(
      (await upload(moderator, file, 'bretagne.csv', '/moderation/zonage', { region: '53' })).status,
    ).toBe(303);
    expect(services.zoning.zoneOf('22278', 'infirmier', AT)).toBe('sous-dotee');
    const page = await moderator.get('/moderation/zonage?region=53');
    expect(page.text).toContain('Zonage de l’ARS — Bretagne');
  });

  it('answers the map layer with a structured 400 on bad parameters', async () => {
    const bad = await ars.get('/carte/zonage.json?profession=veterinaire');
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({
      error: { status: 400, fields: { profession: expect.any(String) as string } },
    });
    expect((await ars.get('/carte/zonage.json?profession=infirmier&region=99')).status).toBe(400);
    expect((await ars.get('/carte/zonage.json?profession=infirmier&x=1')).status).toBe(400);
  });
});
