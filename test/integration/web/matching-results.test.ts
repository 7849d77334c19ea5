// The professional's results page: the communes ranked and explained with links to the offers,
// the "presque" list, the map's points, the filters (and their errors: 400, never 500),
// favourites, and object-level authorization (another professional: 404; a commune: 403).
import * as cheerio from 'cheerio';
import type { Express } from 'express';
import request from 'supertest';
import { ProjectModel } from '../../../src/models/project';
import type { Services } from '../../../src/services';
import type { ProjectInput } from '../../../src/services/projects/project-view';
import { createAccount, csrfTokenOf, signedInAgent } from '../../support/accounts';
import { childcareOffer, communeStaff, houseOffer } from '../../support/offers';
import { doleProject } from '../../support/projects';
import { buildTestApp } from '../../support/test-app';
import { useTestDatabase } from '../../support/test-database';
import { professionalProfile } from '../../support/professionals';

type Agent = ReturnType<typeof request.agent>;

const database = useTestDatabase();
let app: Express;
let services: Services;

const DOLE = '39198';
const TAVAUX = '39526';
const FOUCHERANS = '39233';

const offerIds: Record<string, string> = {};

const housing = (title: string, rooms: number, price: number) => houseOffer(title, rooms, price);

const creche = (title: string) =>
  childcareOffer(title, {
    structure: 'micro-creche',
    places: 2,
    ageMinMonths: 10,
    ageMaxMonths: 36,
    openingHours: '7 h 30 – 19 h',
  });

const PROJECT: ProjectInput = doleProject({ name: 'Projet Dole résultats' });

let owner: { id: string; email: string; password: string };
let agent: Agent;
let projectId: string;
let results: string;

beforeAll(async () => {
  ({ app, services } = await buildTestApp(database.current));
  const dole = await communeStaff(DOLE);
  const tavaux = await communeStaff(TAVAUX);
  const foucherans = await communeStaff(FOUCHERANS);
  const publish = { publish: true };
  offerIds.doleHousing = (
    await services.offers.create(dole, 'logement', housing('Maison T4 près du centre', 4, 800), publish)
  ).id;
  offerIds.doleCreche = (
    await services.offers.create(dole, 'garde-enfants', creche('Micro-crèche des soignants'), publish)
  ).id;
  offerIds.tavauxHousing = (
    await services.offers.create(tavaux, 'logement', housing('T3 à Tavaux', 3, 650), publish)
  ).id;
  offerIds.foucheransCreche = (
    await services.offers.create(foucherans, 'garde-enfants', creche('Crèche de Foucherans'), publish)
  ).id;

  owner = await createAccount({ role: 'professionnel' });
  await services.professionalProfiles.save(owner, professionalProfile());
  projectId = (await services.projects.create(owner.id, PROJECT)).id;
  results = `/professionnel/projets/${projectId}/resultats`;
  agent = await signedInAgent(app, owner);
}, 60_000);

const $of = (html: string) => cheerio.load(html);
const rankedCodes = (html: string) =>
  $of(html)('#classement li[id^="commune-"]')
    .map((_, element) => $of(html)(element).attr('id')?.replace('commune-', ''))
    .get();
const almostCodes = (html: string) =>
  $of(html)('#presque li[id^="commune-"]')
    .map((_, element) => $of(html)(element).attr('id')?.replace('commune-', ''))
    .get();

describe('the results page', () => {
  it('ranks the communes and explains each criterion, with links to the offers', async () => {
    const response = await agent.get(results);
    expect(response.status).toBe(200);
    const $ = $of(response.text);
    expect($('h1').text()).toContain('Projet Dole résultats');
    expect(rankedCodes(response.text)).toEqual([DOLE, TAVAUX]);

    const dole = $(`#commune-${DOLE}`);
    expect(dole.find('h3 a').attr('href')).toBe(`/communes/${DOLE}`);
    expect(dole.find('h3').text()).toContain('Jura');
    expect(dole.find('[data-score]').text()).toMatch(/Score : \d+\/100/);
    const text = dole.text().replace(/\s+/g, ' ');
    expect(text).toContain('Logement : T4 à 800');
    expect(text).toMatch(/Garde : micro-crèche de Dole pour l’enfant de 20 mois ✓/);
    expect(dole.find(`a[href="/offres/${offerIds.doleHousing}"]`).text()).toBe('Maison T4 près du centre');
    expect(dole.find(`a[href="/offres/${offerIds.doleCreche}"]`).text()).toBe('Micro-crèche des soignants');
    // Criteria that do not apply (spouse job, premises, need: "sans objet") are not listed.
    expect(text).not.toContain('Emploi du conjoint');

    // Tavaux: its own housing, and the nearest crèche, in Foucherans (named with its commune and distance).
    const tavaux = $(`#commune-${TAVAUX}`);
    expect(tavaux.find(`a[href="/offres/${offerIds.tavauxHousing}"]`)).toHaveLength(1);
    expect(tavaux.find(`a[href="/offres/${offerIds.foucheransCreche}"]`).parent().text()).toMatch(
      /^Crèche de Foucherans \(Foucherans, à [\d,]+\s?km\)$/,
    );
    expect(tavaux.text()).toContain('offre voisine, compte pour moitié');

    // Foucherans has no housing, which is indispensable: "presque", with what is missing.
    expect(almostCodes(response.text)).toEqual([FOUCHERANS]);
    expect($(`#commune-${FOUCHERANS} [data-manque]`).text()).toContain('Logement : un logement en location');

    // The map's points: the ranked communes, with positions and scores.
    const points = JSON.parse($('#results-map').attr('data-points') ?? '[]') as {
      code: string;
      nom: string;
      lat: number;
      lon: number;
      score: number;
      summary: string;
    }[];
    expect(points.map((point) => point.code)).toEqual([DOLE, TAVAUX]);
    expect(points[0]).toMatchObject({ nom: 'Dole', score: expect.any(Number), lat: expect.any(Number) });
    expect(points[0]?.summary).toContain('Logement ✓');
    // Leaflet loads, with this page's script.
    expect($('script[src="/static/js/results-map.js"]')).toHaveLength(1);
    expect($('script[src="/vendor/leaflet/leaflet.js"]')).toHaveLength(1);
  });

  it('filters by distance and by the offers wanted', async () => {
    const near = await agent.get(`${results}?distanceMax=2`);
    expect(near.status).toBe(200);
    expect(rankedCodes(near.text)).toEqual([DOLE]);
    expect($of(near.text)('#distanceMax').attr('value')).toBe('2');

    const withHousing = await agent.get(`${results}?offres=logement`);
    expect(withHousing.status).toBe(200);
    expect(rankedCodes(withHousing.text)).toEqual([DOLE, TAVAUX]);
    expect(almostCodes(withHousing.text)).toEqual([]);
    expect($of(withHousing.text)('#offres-logement').attr('checked')).toBeDefined();

    // Several types: all are required.
    const both = await agent.get(`${results}?offres=logement&offres=garde-enfants&distanceMax=`);
    expect(both.status).toBe(200);
    expect(rankedCodes(both.text)).toEqual([DOLE, TAVAUX]);
  });

  it('answers 400 with the message next to the field for a bad filter', async () => {
    const distance = await agent.get(`${results}?distanceMax=loin`);
    expect(distance.status).toBe(400);
    expect($of(distance.text)('#distanceMax-error').text()).toContain('nombre entier');
    expect(rankedCodes(distance.text)).toEqual([]);

    const tooFar = await agent.get(`${results}?distanceMax=5000`);
    expect(tooFar.status).toBe(400);
    expect($of(tooFar.text)('#distanceMax-error').text()).toContain('au plus 1000 km');

    const type = await agent.get(`${results}?offres=piscine`);
    expect(type.status).toBe(400);
    expect($of(type.text)('#offres-error').text()).toContain('Type d’offre inconnu');

    const unknown = await agent.get(`${results}?tri=score`);
    expect(unknown.status).toBe(400);
    expect(unknown.text).toContain('un paramètre inconnu : tri');
  });

  it('links three offers per criterion, and the rest from the commune page', async () => {
    const tavaux = await communeStaff(TAVAUX);
    const extra: string[] = [];
    for (const price of [900, 910, 920])
      extra.push(
        (
          await services.offers.create(tavaux, 'logement', housing(`T3 à ${price} €`, 3, price), {
            publish: true,
          })
        ).id,
      );
    const card = $of((await agent.get(results)).text)(`#commune-${TAVAUX}`);
    const housingHrefs = new Set([offerIds.tavauxHousing, ...extra].map((id) => `/offres/${id}`));
    const linked = card
      .find('a[href^="/offres/"]')
      .map((_, link) => link.attribs.href)
      .get()
      .filter((href) => housingHrefs.has(href));
    expect(linked).toHaveLength(3);
    expect(card.find(`a[href="/offres/${offerIds.tavauxHousing}"]`)).toHaveLength(1);
    expect(card.find(`a[href="/communes/${TAVAUX}"]`).last().text()).toBe(
      'et 1 autre offre sur la page de la commune',
    );
    for (const id of extra) await services.offers.transition(tavaux, id, 'archiver', 1);
  });

  it('shows a changed offer at the next request, though results and cards are kept', async () => {
    const card = async () => $of((await agent.get(results)).text)(`#commune-${TAVAUX}`).text();
    expect(await card()).toContain('T3 à Tavaux');
    expect(await card()).toContain('T3 à Tavaux');
    const tavaux = await communeStaff(TAVAUX);
    const current = services.offerReadModel.get(offerIds.tavauxHousing as string);
    const renamed = await services.offers.update(
      tavaux,
      offerIds.tavauxHousing as string,
      current?.revision ?? 0,
      housing('T3 rénové à Tavaux', 3, 650),
    );
    expect(renamed.ok).toBe(true);
    expect(await card()).toContain('T3 rénové à Tavaux');
    await services.offers.update(
      tavaux,
      offerIds.tavauxHousing as string,
      (current?.revision ?? 0) + 1,
      housing('T3 à Tavaux', 3, 650),
    );
    expect(await card()).not.toContain('rénové');
  });

  it('answers 400 for a page that is not a number', async () => {
    const response = await agent.get(`${results}?page=deux`);
    expect(response.status).toBe(400);
    expect(rankedCodes(response.text)).toEqual([]);
  });

  it('adds and removes a favourite, and comes back to the commune in the results', async () => {
    const _csrf = await csrfTokenOf(agent, results);
    const added = await agent
      .post(`/professionnel/projets/${projectId}/favoris`)
      .type('form')
      .send({ _csrf, communeCode: TAVAUX, favori: 'oui', retour: '?distanceMax=30' });
    expect(added.status).toBe(303);
    expect(added.headers.location).toBe(`${results}?distanceMax=30#commune-${TAVAUX}`);
    expect((await ProjectModel.findById(projectId).lean())?.favorites).toEqual([TAVAUX]);

    const page = await agent.get(`${results}?distanceMax=30`);
    const tavaux = $of(page.text)(`#commune-${TAVAUX}`);
    expect(tavaux.find('[data-favori]').text()).toBe('Favori');
    expect(tavaux.find('button').text()).toContain('Retirer des favoris');
    expect(tavaux.find('input[name="retour"]').attr('value')).toBe('?distanceMax=30');
    expect($of(page.text)(`#commune-${DOLE} button`).text()).toContain('Ajouter à mes favoris');
    expect(page.text).toContain('Tavaux ajoutée à vos favoris.');

    const token = await csrfTokenOf(agent, results);
    const removed = await agent
      .post(`/professionnel/projets/${projectId}/favoris`)
      .type('form')
      .send({ _csrf: token, communeCode: TAVAUX, favori: 'non', retour: 'https://ailleurs.example/' });
    expect(removed.status).toBe(303);
    // Never anywhere else than this page.
    expect(removed.headers.location).toBe(`${results}#commune-${TAVAUX}`);
    expect((await ProjectModel.findById(projectId).lean())?.favorites).toEqual([]);
  });

  it('refuses a favourite form that cannot be read, and one without the CSRF token', async () => {
    const _csrf = await csrfTokenOf(agent, results);
    const bad = await agent
      .post(`/professionnel/projets/${projectId}/favoris`)
      .type('form')
      .send({ _csrf, communeCode: 'Dole', favori: 'oui' });
    expect(bad.status).toBe(400);
    const forged = await agent
      .post(`/professionnel/projets/${projectId}/favoris`)
      .type('form')
      .send({ communeCode: DOLE, favori: 'oui' });
    expect(forged.status).toBe(403);
    expect((await ProjectModel.findById(projectId).lean())?.favorites).toEqual([]);
  });
});

describe('access', () => {
  it('is "not found" for another professional, on the page and the favourite form', async () => {
    const other = await createAccount({ role: 'professionnel' });
    await services.professionalProfiles.save(other, professionalProfile({ profession: 'infirmier' }));
    const intruder = await signedInAgent(app, other);
    expect((await intruder.get(results)).status).toBe(404);
    const _csrf = await csrfTokenOf(intruder, '/professionnel');
    const post = await intruder
      .post(`/professionnel/projets/${projectId}/favoris`)
      .type('form')
      .send({ _csrf, communeCode: DOLE, favori: 'oui' });
    expect(post.status).toBe(404);
    expect((await intruder.get('/professionnel/projets/000000000000000000000000/resultats')).status).toBe(
      404,
    );
    expect((await intruder.get('/professionnel/projets/pas-un-id/resultats')).status).toBe(404);
  });

  it('is closed to commune accounts (403) and asks anonymous visitors to log in', async () => {
    const commune = await signedInAgent(app, await createAccount({ role: 'commune' }));
    expect((await commune.get(results)).status).toBe(403);
    const anonymous = await request(app).get(results);
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.location).toMatch(/^\/connexion\?retour=/);
  });

  it('explains that the profile comes first, with a link to it', async () => {
    const account = await createAccount({ role: 'professionnel' });
    const project = await services.projects.create(account.id, { ...PROJECT, name: 'Sans profil' });
    const response = await (
      await signedInAgent(app, account)
    ).get(`/professionnel/projets/${project.id}/resultats`);
    expect(response.status).toBe(200);
    const $ = $of(response.text);
    expect($('main a[href="/professionnel/profil"]').text()).toContain('Compléter mon profil');
    expect($('#results-map')).toHaveLength(0);
  });
});
