// The public offer pages: only what is published and current, filters, pagination, the commune page.
import * as cheerio from 'cheerio';
import type { Express } from 'express';
import request from 'supertest';
import type { Services } from '../../../src/services';
import type { OfferInput } from '../../../src/services/offers/offer-service';
import { childcareOffer, communeStaff, housingOffer } from '../../support/offers';
import { buildTestApp } from '../../support/test-app';
import { useTestDatabase } from '../../support/test-database';

const database = useTestDatabase();
let app: Express;
let services: Services;
const ids: Record<string, string> = {};

/** A three-room flat in the commune (the tests differ by title, dates and audiences). */
const base = (title: string, extra: Partial<OfferInput> = {}) =>
  housingOffer(title, { monthsFree: 0 }, { contact: { name: 'Mairie', email: '', phone: '' }, ...extra });

beforeAll(async () => {
  ({ app, services } = await buildTestApp(database.current));
  const doleStaff = await communeStaff('39198', { fonction: 'maire' });
  const brieucStaff = await communeStaff('22278');
  const publish = async (
    key: string,
    staff: typeof doleStaff,
    type: Parameters<Services['offers']['create']>[1],
    input: OfferInput,
  ) => {
    ids[key] = (await services.offers.create(staff, type, input, { publish: true })).id;
  };
  await publish(
    't3',
    doleStaff,
    'logement',
    base('T3 près de la gare de Dole', { description: 'Ligne 1\nLigne 2 <script>alert(1)</script>' }),
  );
  await publish(
    'creche',
    doleStaff,
    'garde-enfants',
    childcareOffer(
      'Places en crèche',
      { openingHours: '7 h 30 – 19 h', reservedPlaces: 1 },
      { contact: { name: 'Mairie', email: '', phone: '' }, professions: ['sage-femme'] },
    ),
  );
  await publish(
    'brieuc',
    brieucStaff,
    'logement',
    base('Maison à Saint-Brieuc', { availableFrom: new Date('2027-06-01'), audiences: ['remplacement'] }),
  );
  await publish(
    'expired',
    doleStaff,
    'logement',
    base('Offre expirée', { expiresAt: new Date('2026-02-01') }),
  );
  ids.draft = (await services.offers.create(doleStaff, 'logement', base('Brouillon caché'))).id;
  await services.communeProfiles.save(doleStaff, 0, {
    presentation: 'Dole, ville natale de Pasteur.',
    strengths: { schools: 'Trois lycées', transport: 'Gare TGV', shops: '', culture: '' },
    healthNeed: 'Cinq médecins partent à la retraite.',
    contact: { name: 'Service santé', email: 'sante@dole.example', phone: '' },
  });
}, 60_000);

const titles = (html: string) =>
  cheerio
    .load(html)('main .fr-card__title a')
    .map((_i, a) => cheerio.load(a).text().trim())
    .get();

describe('GET /offres', () => {
  it('lists only published offers that have not expired', async () => {
    const list = titles((await request(app).get('/offres').expect(200)).text);
    expect(list.sort()).toEqual(['Maison à Saint-Brieuc', 'Places en crèche', 'T3 près de la gare de Dole']);
  });

  it.each([
    [{ type: 'garde-enfants' }, ['Places en crèche']],
    [{ departement: '22' }, ['Maison à Saint-Brieuc']],
    [{ region: '27' }, ['Places en crèche', 'T3 près de la gare de Dole']],
    [{ profession: 'infirmier' }, ['Maison à Saint-Brieuc', 'T3 près de la gare de Dole']],
    [{ public: 'remplacement' }, ['Maison à Saint-Brieuc']],
    [{ disponibleAvant: '2026-12-31' }, ['Places en crèche', 'T3 près de la gare de Dole']],
    [{ q: 'saint brieuc' }, ['Maison à Saint-Brieuc']],
    [
      { type: ['garde-enfants', 'logement'], departement: '39' },
      ['Places en crèche', 'T3 près de la gare de Dole'],
    ],
  ])('filters with %j', async (query, expected) => {
    const response = await request(app).get('/offres').query(query).expect(200);
    expect(titles(response.text).sort()).toEqual(expected);
  });

  it('keeps the filters in the form', async () => {
    const $ = cheerio.load(
      (await request(app).get('/offres').query({ type: 'logement', departement: '39', q: 'gare' })).text,
    );
    expect($('#type-logement').attr('checked')).toBeDefined();
    expect($('#departement option[selected]').attr('value')).toBe('39');
    expect($('#q').val()).toBe('gare');
  });

  it.each([
    [{ type: 'chateau' }, 'type'],
    [{ disponibleAvant: '31/12/2026' }, 'disponibleAvant'],
    [{ tri: 'prix' }, 'tri'],
    [{ page: '-1' }, 'page'],
  ])('answers 400 with the message next to the field for %j', async (query, field) => {
    const response = await request(app).get('/offres').query(query).expect(400);
    expect(cheerio.load(response.text)(`#${field}-error`).text().length).toBeGreaterThan(0);
  });

  it('ignores unknown parameters, so that shared links keep working', async () => {
    const response = await request(app)
      .get('/offres')
      .query({ utm_source: 'lettre', 'type[$ne]': 'x' })
      .expect(200);
    expect(titles(response.text)).toHaveLength(3);
  });

  it('answers 400, not 500, to a repeated single-valued parameter', async () => {
    await request(app).get('/offres?departement=39&departement=22').expect(400);
  });
});

describe('GET /offres/:id', () => {
  it('shows a published offer with its details, escaping the description and keeping its line breaks', async () => {
    const response = await request(app).get(`/offres/${ids.t3}`).expect(200);
    const $ = cheerio.load(response.text);
    expect($('h1').text()).toBe('T3 près de la gare de Dole');
    expect($('main').text()).toContain('650 €');
    expect($('main').text()).toContain('Dole');
    expect(response.text).not.toContain('<script>alert(1)</script>');
    expect($('.offer-description').text()).toBe('Ligne 1\nLigne 2 <script>alert(1)</script>');
  });

  it('answers 404 for drafts, expired offers and unknown ids', async () => {
    await request(app).get(`/offres/${ids.draft}`).expect(404);
    await request(app).get(`/offres/${ids.expired}`).expect(404);
    await request(app).get('/offres/000000000000000000000000').expect(404);
    await request(app).get('/offres/pas-un-identifiant').expect(404);
  });
});

describe('commune page', () => {
  it('shows the commune’s presentation and its published offers only', async () => {
    const $ = cheerio.load((await request(app).get('/communes/39198').expect(200)).text);
    expect($('#presentation-titre').length).toBe(1);
    expect($('main').text()).toContain('Cinq médecins partent à la retraite.');
    expect($('main').text()).toContain('Gare TGV');
    expect(titles($.html()).sort()).toEqual(['Places en crèche', 'T3 près de la gare de Dole']);
  });

  it('says when a commune has no offer yet', async () => {
    const $ = cheerio.load((await request(app).get('/communes/25056').expect(200)).text);
    expect($('#offres-titre').next().text()).toContain('pas encore publié');
  });
});
