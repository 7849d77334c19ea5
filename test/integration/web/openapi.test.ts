// The OpenAPI document describes exactly the /api/v1 routes Express declares (and nothing else),
// in OpenAPI 3.1, with the vocabulary of the code; it is served as JSON and as a readable page.
import * as cheerio from 'cheerio';
import request from 'supertest';
import { AUDIENCES, OFFER_TYPES } from '../../../src/domain/offers/offer-vocabulary';
import { PROFESSIONS } from '../../../src/domain/professions';
import { OPEN_API_DOCUMENT } from '../../../src/web/openapi/openapi-spec';
import { routeTable } from '../../support/route-table';
import { useTestApp } from '../../support/test-app';

const built = useTestApp();

describe('the OpenAPI document', () => {
  it('is OpenAPI 3.1', () => {
    expect(OPEN_API_DOCUMENT.openapi).toMatch(/^3\.1\.\d+$/);
  });

  it('describes every /api/v1 route Express declares, and only those', () => {
    const declared = routeTable(built.app)
      .filter((route) => route.path.startsWith('/api/v1/'))
      .map((route) => `${route.method} ${route.path.replace(/:(\w+)/g, '{$1}')}`)
      .sort();
    const described = Object.entries(OPEN_API_DOCUMENT.paths)
      .flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`))
      .sort();
    expect(declared.length).toBeGreaterThan(0);
    expect(described).toEqual(declared);
  });

  it('lists the same offer types, professions and publics as the code', () => {
    const parameters = OPEN_API_DOCUMENT.paths['/api/v1/offres']?.get?.parameters ?? [];
    const enumOf = (name: string) => {
      const schema = parameters.find((parameter) => parameter.name === name)?.schema;
      return schema?.items?.enum ?? schema?.enum;
    };
    expect(enumOf('type')).toEqual([...OFFER_TYPES]);
    expect(enumOf('profession')).toEqual([...PROFESSIONS]);
    expect(enumOf('public')).toEqual([...AUDIENCES]);
  });

  it('is served as JSON, to any origin', async () => {
    const response = await request(built.app).get('/api/openapi.json').expect(200);
    expect(response.headers['access-control-allow-origin']).toBe('*');
    expect(response.body).toEqual(JSON.parse(JSON.stringify(OPEN_API_DOCUMENT)));
  });
});

describe('GET /api/docs', () => {
  it('shows every operation with its parameters, responses and examples', async () => {
    const $ = cheerio.load((await request(built.app).get('/api/docs').expect(200)).text);
    expect($('h1').text()).toContain('API des offres');
    for (const path of Object.keys(OPEN_API_DOCUMENT.paths))
      expect($('main h3').text()).toContain(`GET ${path}`);
    expect($('main table td code').text()).toContain('parPage');
    expect($('main pre code').first().text()).toContain('"pagination"');
    expect($('#format-Offre').length).toBe(1);
    expect($('a[href="/api/openapi.json"]').length).toBe(1);
  });
});
