// The public map: its JSON data (published offers only, filters, 400s, ETag and 304, gzip) and the
// page, whose list of communes is complete without JavaScript.
import * as cheerio from 'cheerio';
import type { Express } from 'express';
import request from 'supertest';
import type { Services } from '../../../src/services';
import { buildTestApp } from '../../support/test-app';
import { useTestDatabase } from '../../support/test-database';
import { communeStaff, housingOffer } from '../../support/offers';
import { publishMapFixtures } from './map-fixtures';

const database = useTestDatabase();
let app: Express;
let services: Services;

beforeAll(async () => {
  ({ app, services } = await buildTestApp(database.current));
  await publishMapFixtures(services);
}, 60_000);

type Row = [string, string, string, number, number, number[]];
const data = async (query: Record<string, string | string[]> = {}) => {
  const response = await request(app).get('/carte/donnees.json').query(query).expect(200);
  return response.body as { offerCount: number; types: { code: string }[]; communes: Row[]; bounds: unknown };
};
const communesOf = (body: { communes: Row[] }) => body.communes.map((row) => row[1]);

describe('GET /carte/donnees.json', () => {
  it('gives each commune with published, current offers, its position and its counts by type', async () => {
    const body = await data();
    expect(body.types.map((type) => type.code)).toEqual([
      'logement',
      'garde-enfants',
      'emploi-conjoint',
      'local-professionnel',
      'aide-financiere',
      'accueil',
    ]);
    // The expired offer and the draft are not counted.
    expect(body.offerCount).toBe(4);
    const dole = body.communes.find((row) => row[0] === '39198');
    expect(dole?.slice(1, 3)).toEqual(['Dole', '39']);
    expect(dole?.[3]).toBeCloseTo(47.09, 1);
    expect(dole?.[4]).toBeCloseTo(5.49, 1);
    expect(dole?.[5]).toEqual([1, 1, 0, 0, 0, 1]);
    expect(communesOf(body)).toEqual(['Dole', 'Saint-Brieuc']);
    expect(body.bounds).toBeNull();
  });

  it.each([
    [{ type: 'garde-enfants' }, ['Dole']],
    [{ type: ['garde-enfants', 'logement'] }, ['Dole', 'Saint-Brieuc']],
    [{ profession: 'infirmier' }, ['Dole', 'Saint-Brieuc']],
    [{ public: 'remplacement' }, ['Saint-Brieuc']],
    [{ region: '53' }, ['Saint-Brieuc']],
    [{ departement: '39' }, ['Dole']],
    [{ departement: '25' }, []],
    [{ type: '', region: '' }, ['Dole', 'Saint-Brieuc']],
  ])('filters with %j', async (query, expected) => {
    expect(communesOf(await data(query))).toEqual(expected);
  });

  it('counts only the offers that match (a profession leaves out the offers reserved to others)', async () => {
    const body = await data({ profession: 'infirmier', departement: '39' });
    expect(body.communes[0]?.[5]).toEqual([1, 0, 0, 0, 0, 1]);
  });

  it('frames the chosen région or département as a whole', async () => {
    const { bounds } = await data({ region: '27' });
    // The Jura and the Doubs (the test geography of Bourgogne-Franche-Comté).
    const [[south, west], [north, east]] = bounds as [[number, number], [number, number]];
    expect(south).toBeLessThan(46.3);
    expect(north).toBeGreaterThan(47.5);
    expect(west).toBeLessThan(5.4);
    expect(east).toBeGreaterThan(6.8);
  });

  it.each([
    [{ region: '99' }, 'region'],
    [{ departement: '3' }, 'departement'],
    [{ type: 'chateau' }, 'type'],
    [{ profession: 'sorcier' }, 'profession'],
    [{ public: 'tous' }, 'public'],
    [{ inconnu: '1' }, 'inconnu'],
    [{ 'region[$ne]': 'x' }, 'region[$ne]'],
  ])('answers 400 with a structured error for %j', async (query, field) => {
    const response = await request(app).get('/carte/donnees.json').query(query).expect(400);
    expect(response.body.error.message).toBe('Requête invalide');
    expect(typeof response.body.error.fields[field]).toBe('string');
  });

  it('answers 400, not 500, to a repeated single-valued parameter', async () => {
    const response = await request(app).get('/carte/donnees.json?region=27&region=53').expect(400);
    expect(response.body.error.fields.region).toBeDefined();
  });

  it('is compressed, and revalidated with its ETag until an offer changes', async () => {
    const first = await request(app).get('/carte/donnees.json').set('Accept-Encoding', 'gzip').expect(200);
    expect(first.headers['content-encoding']).toBe('gzip');
    expect(first.headers['content-type']).toMatch(/^application\/json/);
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^"[\w-]+"$/);

    const again = await request(app).get('/carte/donnees.json').set('If-None-Match', etag).expect(304);
    expect(again.text ?? '').toBe('');
    // As fetch() sends a conditional request: with "Cache-Control: no-cache" and a list of tags.
    await request(app)
      .get('/carte/donnees.json')
      .set({ 'If-None-Match': `"autre", W/${etag}`, 'Cache-Control': 'no-cache' })
      .expect(304);
    // Another filter set has another ETag.
    const other = await request(app).get('/carte/donnees.json?region=27').expect(200);
    expect(other.headers.etag).not.toBe(etag);

    const version = services.offerReadModel.version;
    await services.offers.create(await communeStaff('25056'), 'logement', housingOffer('T2 à Besançon'), {
      publish: true,
    });
    expect(services.offerReadModel.version).toBeGreaterThan(version);
    const changed = await request(app).get('/carte/donnees.json').set('If-None-Match', etag).expect(200);
    expect(changed.headers.etag).not.toBe(etag);
    expect(communesOf(changed.body)).toContain('Besançon');
  });
});

describe('GET /carte', () => {
  const listed = (html: string) =>
    cheerio
      .load(html)('#offers-map-list > li > a')
      .map((_i, a) => cheerio.load(a).text().trim())
      .get();

  it('shows the filter form, the map container and the list of the communes without JavaScript', async () => {
    const response = await request(app).get('/carte').expect(200);
    const $ = cheerio.load(response.text);
    expect($('h1').text()).toBe('Carte des offres');
    expect($('#offers-map').attr('data-src')).toBe('/carte/donnees.json');
    expect(listed(response.text)).toEqual(expect.arrayContaining(['Dole', 'Saint-Brieuc']));
    expect($('#offers-map-list a[href="/communes/39198"]').length).toBe(1);
    expect($('#offers-map-list li[data-code="39198"]').text()).toContain('Logement : 1');
    expect($('#offers-map-count').text()).toMatch(/communes publient \d+ offres/);
    expect($('.offers-map-legend li').length).toBe(6);
    expect($('nav#navigation a[href="/carte"]').attr('aria-current')).toBe('page');
  });

  it('filters the list and keeps the values in the form', async () => {
    const response = await request(app).get('/carte').query({ region: '53', type: 'logement' }).expect(200);
    const $ = cheerio.load(response.text);
    expect(listed(response.text)).toEqual(['Saint-Brieuc']);
    expect($('#region option[selected]').attr('value')).toBe('53');
    expect($('#type-logement').attr('checked')).toBeDefined();
  });

  it('says so in French, next to the field, for an unknown value, and keeps the others', async () => {
    const response = await request(app)
      .get('/carte')
      .query({ region: '99', public: 'remplacement' })
      .expect(400);
    const $ = cheerio.load(response.text);
    expect($('#region-error').text()).toContain('Région inconnue');
    expect($('#public option[selected]').attr('value')).toBe('remplacement');
    expect($('#offers-map').length).toBe(0);
  });

  it('ignores unknown parameters, so that shared links keep working', async () => {
    await request(app).get('/carte?utm_source=lettre').expect(200);
  });
});
