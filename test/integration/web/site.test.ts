// Site-wide behaviour: home, health checks, security headers, assets, 404 pages.
import * as cheerio from 'cheerio';
import type { Express } from 'express';
import request from 'supertest';
import { buildTestApp } from '../../support/test-app';
import { useTestDatabase } from '../../support/test-database';

const database = useTestDatabase();
let app: Express;

beforeAll(async () => {
  ({ app } = await buildTestApp(database.current));
}, 60_000);

describe('pages', () => {
  it('serves the home page in French with the DSFR header, navigation, skip links and footer', async () => {
    const $ = cheerio.load((await request(app).get('/').expect(200)).text);
    expect($('html').attr('lang')).toBe('fr');
    expect($('header.fr-header')).toHaveLength(1);
    expect($('.fr-skiplinks a[href="#contenu"]')).toHaveLength(1);
    expect($('main#contenu')).toHaveLength(1);
    expect($('footer.fr-footer#pied-de-page')).toHaveLength(1);
    expect($('nav#navigation a[href="/communes"]')).toHaveLength(1);
    expect($('a[href="/connexion"]').first().text()).toMatch(/Se connecter/);
    expect($('h1')).toHaveLength(1);
    expect($('form[action="/communes"] input[name="q"]')).toHaveLength(1);
  });

  it('marks the current section in the navigation', async () => {
    const $ = cheerio.load((await request(app).get('/communes').expect(200)).text);
    expect($('nav#navigation [aria-current="page"]').attr('href')).toBe('/communes');
  });

  it('credits the data sources on the about page', async () => {
    const text = cheerio
      .load((await request(app).get('/a-propos').expect(200)).text)('main')
      .text();
    expect(text).toContain('GeoNames');
    expect(text).toContain('CC BY 4.0');
    expect(text).toContain('Licence Ouverte');
  });

  it('answers a French 404 page for an unknown path, and JSON under /api', async () => {
    const $ = cheerio.load((await request(app).get('/nulle-part').expect(404)).text);
    expect($('h1').text()).toMatch(/Page non trouvée/);
    const api = await request(app).get('/api/nulle-part').expect(404).expect('Content-Type', /json/);
    expect(api.body).toEqual({ error: { status: 404, message: 'Page non trouvée' } });
  });
});

describe('health checks', () => {
  it('reports liveness and readiness in JSON, never cached', async () => {
    await request(app).get('/healthz').expect(200, { status: 'ok' }).expect('Cache-Control', 'no-store');
    await request(app)
      .get('/readyz')
      .expect(200, { status: 'ok', checks: { database: 'ok' } });
  });
});

describe('security headers', () => {
  it('sends a strict Content-Security-Policy without inline scripts or styles', async () => {
    const response = await request(app).get('/').expect(200);
    const csp = response.headers['content-security-policy'] as string;
    const directive = (name: string) => csp.split(';').find((part) => part.trim().startsWith(`${name} `));
    expect(directive('script-src')).toBe("script-src 'self'");
    expect(directive('style-src')).toBe("style-src 'self'");
    expect(directive('img-src')).toContain('https://tile.openstreetmap.org');
    expect(directive('frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-powered-by']).toBeUndefined();
  });
});

describe('front-end assets', () => {
  it.each([
    ['/dsfr/dsfr.min.css', /css/],
    ['/dsfr/dsfr.module.min.js', /javascript/],
    ['/dsfr/utility/icons/icons.min.css', /css/],
    ['/vendor/leaflet/leaflet.js', /javascript/],
    ['/vendor/leaflet/leaflet.css', /css/],
    ['/static/js/commune-map.js', /javascript/],
    ['/static/css/app.css', /css/],
  ])('serves %s locally', async (url, type) => {
    await request(app).get(url).expect(200).expect('Content-Type', type);
  });

  it('compresses text responses', async () => {
    const response = await request(app).get('/dsfr/dsfr.min.css').set('Accept-Encoding', 'gzip').expect(200);
    expect(response.headers['content-encoding']).toBe('gzip');
  });

  it('does not serve files outside the asset folders', async () => {
    await request(app).get('/static/../package.json').expect(404);
    await request(app).get('/dsfr/../package.json').expect(404);
  });
});
