import * as cheerio from 'cheerio';
import request from 'supertest';
import { CommuneModel } from '../../../src/models/commune';
import { useTestApp } from '../../support/test-app';

const built = useTestApp();

describe('GET /communes/:code', () => {
  it('shows Dole in French with the design system, its facts and a map container', async () => {
    const response = await request(built.app)
      .get('/communes/39198')
      .expect(200)
      .expect('Content-Type', /html/);
    const $ = cheerio.load(response.text);
    expect($('html').attr('lang')).toBe('fr');
    expect($('link[href="/dsfr/dsfr.min.css"]')).toHaveLength(1);
    expect($('h1').text().trim()).toBe('Dole');
    const page = $('main').text();
    expect(page).toContain('Jura');
    expect(page).toContain('Bourgogne-Franche-Comté');
    expect(page).toContain('39100');
    expect(page).toContain('Position exacte');
    expect(page).toMatch(/23\s840/);
    const map = $('#commune-map');
    expect(map.attr('data-lat')).toBe('47.09225');
    expect(map.attr('data-tile-url')).toBe('https://tile.openstreetmap.org/{z}/{x}/{y}.png');
    expect($('script[src="/vendor/leaflet/leaflet.js"]')).toHaveLength(1);
    expect($('script:not([src])')).toHaveLength(0);
  });

  it('accepts Corsican codes in either case', async () => {
    const response = await request(built.app).get('/communes/2a004').expect(200);
    expect(cheerio.load(response.text)('h1').text().trim()).toBe('Ajaccio');
  });

  it('says when a position is an estimate', async () => {
    const estimated = await CommuneModel.findOne({ positionPrecision: 'code-postal' }).lean();
    if (!estimated) throw new Error('the test départements have communes with estimated positions');
    const response = await request(built.app).get(`/communes/${estimated._id}`).expect(200);
    expect(cheerio.load(response.text)('main').text()).toContain(
      'Position estimée : centre des communes du même code postal',
    );
  });

  it.each(['99999', '3919', 'abcde', '39198x', '%24where'])('answers a French 404 for %s', async (code) => {
    const response = await request(built.app).get(`/communes/${code}`).expect(404);
    const $ = cheerio.load(response.text);
    expect($('h1').text()).toMatch(/Page non trouvée/);
  });
});

describe('GET /communes?q=', () => {
  it('lists Dole first for "dole", linking to its page', async () => {
    const response = await request(built.app).get('/communes').query({ q: 'dole' }).expect(200);
    const $ = cheerio.load(response.text);
    const links = $('main a[href^="/communes/"]');
    expect(links.first().attr('href')).toBe('/communes/39198');
    expect($('input[name="q"]').val()).toBe('dole');
  });

  it('shows the empty form without a query, and a helpful message when nothing matches', async () => {
    const empty = cheerio.load((await request(built.app).get('/communes').expect(200)).text);
    expect(empty('input[name="q"]')).toHaveLength(1);
    const none = cheerio.load(
      (await request(built.app).get('/communes').query({ q: 'zzzzzz' }).expect(200)).text,
    );
    expect(none('main').text()).toMatch(/Aucune commune/);
  });

  it('re-renders an over-long query with a French message next to the field and the value kept', async () => {
    const long = 'a'.repeat(101);
    const response = await request(built.app).get('/communes').query({ q: long }).expect(400);
    const $ = cheerio.load(response.text);
    expect($('#q-error').text()).toContain('Saisissez au plus 100 caractères');
    expect($('input[name="q"]').val()).toBe(long);
    expect($('input[name="q"]').attr('aria-describedby')).toContain('q-error');
  });

  it('treats a repeated parameter as invalid input, not a crash', async () => {
    await request(built.app).get('/communes?q=a&q=b').expect(400);
  });
});

describe('GET /api/communes?q=', () => {
  it('answers at most 10 communes as JSON, Dole first for "dole"', async () => {
    const response = await request(built.app)
      .get('/api/communes')
      .query({ q: 'dole' })
      .expect(200)
      .expect('Content-Type', /json/);
    expect(response.body.results[0]).toMatchObject({
      code: '39198',
      nom: 'Dole',
      departementCode: '39',
      label: 'Dole (39)',
    });
    expect(response.body.results.length).toBeLessThanOrEqual(10);
  });

  it('finds Saint-Brieuc whichever way it is typed', async () => {
    for (const q of ['saint brieuc', 'st-brieuc', 'SAINT-BRIEUC']) {
      const response = await request(built.app).get('/api/communes').query({ q }).expect(200);
      expect(response.body.results[0].code).toBe('22278');
    }
  });

  it('limits to 10 but reports the total', async () => {
    const response = await request(built.app).get('/api/communes').query({ q: '39' }).expect(200);
    expect(response.body.results).toHaveLength(10);
    expect(response.body.total).toBeGreaterThan(400);
  });

  it.each([
    ['an empty query', { q: '' }, 'q'],
    ['a missing query', {}, 'q'],
    ['an over-long query', { q: 'x'.repeat(101) }, 'q'],
    ['an unknown parameter', { q: 'dole', sort: 'nom' }, 'sort'],
    ['an operator-looking parameter', { q: 'dole', $where: '1' }, '$where'],
  ])('answers 400 with a structured error for %s', async (_label, query, field) => {
    const response = await request(built.app)
      .get('/api/communes')
      .query(query)
      .expect(400)
      .expect('Content-Type', /json/);
    expect(response.body.error.status).toBe(400);
    expect(typeof response.body.error.fields[field]).toBe('string');
  });
});
