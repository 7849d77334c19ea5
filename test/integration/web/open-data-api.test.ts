// The open data API (/api/v1): pagination and filters, GeoJSON validity, commune facts, structured
// errors, CORS, rate limiting, and never any personal data.
import type { Express } from 'express';
import request from 'supertest';
import type { Services } from '../../../src/services';
import { buildTestApp } from '../../support/test-app';
import { useTestDatabase } from '../../support/test-database';
import { communeStaff, housingOffer } from '../../support/offers';
import { PRIVATE_CONTACT, PRIVATE_REFERENT, publishMapFixtures } from './map-fixtures';

const database = useTestDatabase();
let app: Express;
let ids: Awaited<ReturnType<typeof publishMapFixtures>>['ids'];
let services: Services;

beforeAll(async () => {
  const built = await buildTestApp(database.current, { PUBLIC_URL: 'https://accueil-sante.example' });
  ({ app, services } = built);
  ({ ids } = await publishMapFixtures(built.services));
}, 60_000);

interface OfferBody {
  id: string;
  type: string;
  titre: string;
  commune: { code: string; latitude: number; longitude: number };
  details: Record<string, unknown>;
  lien: string;
}
const titles = (body: { data: OfferBody[] }) => body.data.map((offer) => offer.titre).sort();

describe('GET /api/v1/offres', () => {
  it('lists the published, current offers with their pagination and links', async () => {
    const response = await request(app).get('/api/v1/offres').expect(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(titles(response.body)).toEqual([
      'Accueil à Dole',
      'Crèche à Dole',
      'Maison à Saint-Brieuc',
      'T3 à Dole',
    ]);
    expect(response.body.pagination).toEqual({ page: 1, parPage: 20, total: 4, pages: 1 });
    expect(response.body.links.next).toBeNull();
    const housing = response.body.data.find((offer: OfferBody) => offer.id === ids.doleHousing);
    expect(housing).toMatchObject({
      type: 'logement',
      details: { housingKind: 'appartement', rooms: 3, price: 650 },
      commune: { code: '39198', nom: 'Dole', departement: '39', region: '27' },
      disponibleLe: '2026-01-01',
      publics: ['installation'],
      lien: `https://accueil-sante.example/offres/${ids.doleHousing}`,
    });
  });

  it('revalidates a page with its ETag, until an offer changes', async () => {
    const first = await request(app).get('/api/v1/offres?region=94').expect(200);
    expect(first.body.pagination.total).toBe(0);
    await request(app)
      .get('/api/v1/offres?region=94')
      .set('If-None-Match', String(first.headers.etag))
      .expect(304);
    const ajaccio = await communeStaff('2A004');
    const offer = await services.offers.create(ajaccio, 'logement', housingOffer('T2 à Ajaccio'), {
      publish: true,
    });
    const changed = await request(app)
      .get('/api/v1/offres?region=94')
      .set('If-None-Match', String(first.headers.etag))
      .expect(200);
    expect(changed.body.data.map((item: OfferBody) => item.titre)).toEqual(['T2 à Ajaccio']);
    await services.offers.transition(ajaccio, offer.id, 'archiver', offer.revision);
    expect((await request(app).get('/api/v1/offres?region=94').expect(200)).body.pagination.total).toBe(0);
  });

  it('pages through the offers with page and parPage', async () => {
    const seen: string[] = [];
    let url: string | null = '/api/v1/offres?parPage=3';
    while (url) {
      const { body }: { body: Record<string, unknown> } = await request(app)
        .get(url.replace('https://accueil-sante.example', ''))
        .expect(200);
      expect(body.pagination).toMatchObject({ parPage: 3, total: 4, pages: 2 });
      seen.push(...(body.data as OfferBody[]).map((offer) => offer.id));
      url = (body.links as { next: string | null }).next;
    }
    expect(seen).toHaveLength(4);
    expect(new Set(seen).size).toBe(4);
    const last = await request(app).get('/api/v1/offres?parPage=3&page=2').expect(200);
    expect(last.body.links.prev).toBe('https://accueil-sante.example/api/v1/offres?parPage=3&page=1');
    const past = await request(app).get('/api/v1/offres?parPage=3&page=9').expect(200);
    expect(past.body.data).toEqual([]);
    expect(past.body.pagination).toEqual({ page: 9, parPage: 3, total: 4, pages: 2 });
  });

  it.each([
    [{ type: 'garde-enfants' }, ['Crèche à Dole']],
    [{ type: ['logement', 'accueil'], region: '27' }, ['Accueil à Dole', 'T3 à Dole']],
    [{ commune: '22278' }, ['Maison à Saint-Brieuc']],
    [{ departement: '39', profession: 'infirmier' }, ['Accueil à Dole', 'T3 à Dole']],
    [{ public: 'remplacement' }, ['Maison à Saint-Brieuc']],
    [{ commune: '25056' }, []],
  ])('filters with %j', async (query, expected) => {
    expect(titles((await request(app).get('/api/v1/offres').query(query).expect(200)).body)).toEqual(
      expected,
    );
  });

  it.each([
    [{ parPage: '101' }, 'parPage'],
    [{ parPage: '0' }, 'parPage'],
    [{ page: 'deux' }, 'page'],
    [{ commune: '99999' }, 'commune'],
    [{ region: '99' }, 'region'],
    [{ type: 'chateau' }, 'type'],
    [{ tri: 'prix' }, 'tri'],
  ])('answers 400 with a structured error for %j', async (query, field) => {
    const response = await request(app).get('/api/v1/offres').query(query).expect(400);
    expect(response.body.error).toMatchObject({ status: 400, message: 'Requête invalide' });
    expect(typeof response.body.error.fields[field]).toBe('string');
  });
});

describe('GET /api/v1/offres.geojson', () => {
  it('is a valid FeatureCollection of points in [longitude, latitude] order', async () => {
    const response = await request(app).get('/api/v1/offres.geojson').expect(200);
    expect(response.headers['content-type']).toMatch(/^application\/geo\+json/);
    const collection = JSON.parse(response.text);
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features).toHaveLength(4);
    for (const feature of collection.features) {
      expect(feature.type).toBe('Feature');
      expect(feature.geometry.type).toBe('Point');
      const [longitude, latitude] = feature.geometry.coordinates;
      expect(feature.geometry.coordinates).toHaveLength(2);
      expect(typeof longitude).toBe('number');
      expect(typeof latitude).toBe('number');
      expect(longitude).toBeGreaterThanOrEqual(-180);
      expect(longitude).toBeLessThanOrEqual(180);
      expect(latitude).toBeGreaterThanOrEqual(-90);
      expect(latitude).toBeLessThanOrEqual(90);
      expect(feature.properties.commune.longitude).toBe(longitude);
      expect(feature.properties.commune.latitude).toBe(latitude);
      expect(feature.id).toBe(feature.properties.id);
    }
    // Saint-Brieuc is west of Greenwich, in Brittany: a swapped pair would not be.
    const brieuc = collection.features.find((f: { id: string }) => f.id === ids.brieucHousing);
    expect(brieuc.geometry.coordinates[0]).toBeCloseTo(-2.76, 1);
    expect(brieuc.geometry.coordinates[1]).toBeCloseTo(48.51, 1);
  });

  it('filters like the list, and inside a bounding box', async () => {
    const response = await request(app).get('/api/v1/offres.geojson?region=53').expect(200);
    expect(JSON.parse(response.text).features.map((f: { id: string }) => f.id)).toEqual([ids.brieucHousing]);
    // West, south, east, north around Saint-Brieuc (-2.76, 48.51).
    const boxed = await request(app).get('/api/v1/offres.geojson?bbox=-3.2,48.2,-2.3,48.8').expect(200);
    expect(JSON.parse(boxed.text).features.map((f: { id: string }) => f.id)).toEqual([ids.brieucHousing]);
    for (const bbox of ['1,2,3', '5,47,4,48', '200,0,201,1', 'ouest,sud,est,nord']) {
      const refused = await request(app).get(`/api/v1/offres.geojson?bbox=${bbox}`).expect(400);
      expect(refused.body.error.fields.bbox).toMatch(/^Cadre invalide/);
    }
  });

  it('pages through every offer once, with links to the next page and to the whole file', async () => {
    const seen: string[] = [];
    let url: string | null = '/api/v1/offres.geojson?parPage=3';
    while (url) {
      const response = await request(app).get(url.replace('https://accueil-sante.example', '')).expect(200);
      const page = JSON.parse(response.text);
      expect(page.type).toBe('FeatureCollection');
      expect(page.pagination).toMatchObject({ parPage: 3, total: 4, pages: 2 });
      expect(page.links.complet).toBe('https://accueil-sante.example/api/v1/export/offres.geojson');
      seen.push(...page.features.map((f: { id: string }) => f.id));
      url = page.links.next;
    }
    expect(seen.sort()).toEqual(
      Object.values(ids)
        .filter((id) => seen.includes(id))
        .sort(),
    );
    expect(seen).toHaveLength(4);
    const refused = await request(app).get('/api/v1/offres.geojson?parPage=5000').expect(400);
    expect(refused.body.error.fields.parPage).toMatch(/de 1 à 2000/);
  });

  it('answers 304 to a client that holds the current version', async () => {
    const first = await request(app).get('/api/v1/offres.geojson').expect(200);
    await request(app)
      .get('/api/v1/offres.geojson')
      .set('If-None-Match', String(first.headers.etag))
      .expect(304);
  });
});

describe('GET /api/v1/export/offres.geojson', () => {
  it('is the whole file to download, revalidated by its ETag, and takes no parameter', async () => {
    const response = await request(app).get('/api/v1/export/offres.geojson').expect(200);
    expect(response.headers['content-type']).toMatch(/^application\/geo\+json/);
    expect(response.headers['content-disposition']).toBe('attachment; filename=offres-accueil-sante.geojson');
    expect(JSON.parse(response.text).features).toHaveLength(4);
    await request(app)
      .get('/api/v1/export/offres.geojson')
      .set('If-None-Match', String(response.headers.etag))
      .expect(304);
    await request(app).get('/api/v1/export/offres.geojson?region=53').expect(400);
  });
});

describe('GET /api/v1/communes/:code', () => {
  it('gives the commune’s facts and the counts of its published offers by type', async () => {
    const response = await request(app).get('/api/v1/communes/39198').expect(200);
    expect(response.body.data).toMatchObject({
      code: '39198',
      nom: 'Dole',
      departement: { code: '39', nom: 'Jura' },
      region: { code: '27', nom: 'Bourgogne-Franche-Comté' },
      offres: {
        total: 3,
        parType: {
          logement: 1,
          'garde-enfants': 1,
          'emploi-conjoint': 0,
          'local-professionnel': 0,
          'aide-financiere': 0,
          accueil: 1,
        },
      },
    });
    expect(response.body.links.offres).toBe('https://accueil-sante.example/api/v1/offres?commune=39198');
  });

  it('answers 404 in JSON for an unknown code', async () => {
    for (const code of ['99999', 'pas-un-code']) {
      const response = await request(app).get(`/api/v1/communes/${code}`).expect(404);
      expect(response.body.error.status).toBe(404);
      expect(response.body.error.message).toContain('Commune inconnue');
    }
  });
});

describe('the whole API', () => {
  const everyAnswer = () =>
    Promise.all(
      [
        '/api/v1/offres?parPage=100',
        '/api/v1/offres.geojson',
        ...['39198', '22278'].map((code) => `/api/v1/communes/${code}`),
        `/api/v1/offres?commune=39198`,
        '/api/openapi.json',
      ].map(async (url) => (await request(app).get(url).expect(200)).text),
    );

  it('never gives out personal data: neither the contact’s name, e-mail or phone nor a referent', async () => {
    const answers = (await everyAnswer()).join('\n');
    expect(answers).toContain('Accueil à Dole');
    for (const secret of [...Object.values(PRIVATE_CONTACT), PRIVATE_REFERENT, 'Confidentielle', '12 34 56'])
      expect(answers).not.toContain(secret);
    expect(answers).not.toMatch(/"contact"|"email"|"phone"|"referent"/);
  });

  it('is open to every origin for GET, answers preflights and refuses writes', async () => {
    const get = await request(app)
      .get('/api/v1/offres')
      .set('Origin', 'https://ailleurs.example')
      .expect(200);
    expect(get.headers['access-control-allow-origin']).toBe('*');
    const preflight = await request(app)
      .options('/api/v1/offres.geojson')
      .set('Origin', 'https://ailleurs.example')
      .set('Access-Control-Request-Method', 'GET')
      .set('Access-Control-Request-Headers', 'if-none-match')
      .expect(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('*');
    expect(preflight.headers['access-control-allow-methods']).toBe('GET, OPTIONS');
    expect(preflight.headers['access-control-allow-headers']).toMatch(/If-None-Match/);
    const write = await request(app).post('/api/v1/offres').send({ titre: 'x' }).expect(405);
    expect(write.body.error.status).toBe(405);
    expect(write.headers.allow).toBe('GET, HEAD, OPTIONS');
  });

  it('answers unknown paths with a JSON 404', async () => {
    const response = await request(app).get('/api/v1/inconnu').expect(404);
    expect(response.body.error.status).toBe(404);
  });
});

describe('rate limit', () => {
  it('answers 429 in JSON past the configured number of requests per minute', async () => {
    // Counters live in the database: this client comes from an address of its own (behind a proxy).
    const { app: limited } = await buildTestApp(database.current, {
      OPEN_DATA_REQUESTS_PER_MINUTE: '3',
      TRUST_PROXY: 'true',
    });
    const client = '203.0.113.7';
    for (let i = 0; i < 3; i += 1)
      await request(limited).get('/api/v1/communes/39198').set('X-Forwarded-For', client).expect(200);
    const refused = await request(limited).get('/api/v1/offres').set('X-Forwarded-For', client).expect(429);
    expect(refused.body.error.status).toBe(429);
    expect(refused.headers['access-control-allow-origin']).toBe('*');
    expect(refused.headers['retry-after']).toBeDefined();
  }, 60_000);
});
