// "Mes offres" of commune staff: list and filters, the offer form of each type, the life cycle of an
// offer, object-level authorization, concurrent edits (nothing overwritten silently) and the
// commune's presentation. Forms are submitted as a browser would: the fields the page shows.
import * as cheerio from 'cheerio';
import request from 'supertest';
import { CommuneProfileModel } from '../../../src/models/commune-profile';
import { OfferModel } from '../../../src/models/offer';
import type { CommuneStaff } from '../../../src/services/offers/offer-service';
import { createAccount, csrfTokenOf, signedInAgent } from '../../support/accounts';
import { communeStaff, housingOffer } from '../../support/offers';
import { type FormFields, encodeForm, submitForm, formOf } from '../../support/forms';
import { useTestApp } from '../../support/test-app';

type Agent = ReturnType<typeof request.agent>;

const built = useTestApp();

// Each test works for a commune of its own, so that lists start empty.
const DOLE = '39198';
const LONS = '39300';
const SAINT_CLAUDE = '39478';
const CHAMPAGNOLE = '39097';
const POLIGNY = '39434';
const BESANCON = '25056';
const PONTARLIER = '25462';

/** A signed-in staff member of a commune, and the same person as the built.services know them. */
async function staffMember(
  code: string,
  options: { status?: 'actif' | 'en-attente'; name?: string } = {},
): Promise<{ agent: Agent; staff: CommuneStaff }> {
  const staff = await communeStaff(code, { active: options.status !== 'en-attente', name: options.name });
  return { agent: await signedInAgent(built.app, staff), staff };
}

async function post(agent: Agent, path: string, params: URLSearchParams) {
  return agent.post(path).type('form').send(encodeForm(params));
}

const HOUSING: FormFields = {
  title: 'T3 meublé près de la gare',
  description: 'Appartement communal rénové de 65 m², proche des écoles et de la gare.',
  availableFrom: '2027-01-01',
  audiences: ['installation', 'remplacement'],
  professions: ['medecin-generaliste'],
  contactName: 'Claire Martin',
  contactEmail: 'accueil@mairie.fr',
  contactPhone: '',
  housingKind: 'appartement',
  tenure: 'location',
  rooms: '3',
  surfaceM2: '65',
  price: '650',
  monthsFree: '',
  furnished: 'oui',
};

const housingInput = (title: string) =>
  housingOffer(
    title,
    {},
    {
      description: 'Appartement communal rénové, proche des écoles et de la gare.',
      availableFrom: new Date('2027-01-01T00:00:00Z'),
      contact: { name: 'Mairie', email: '', phone: '' },
    },
  );

const flashOf = async (agent: Agent, location: string) =>
  cheerio
    .load((await agent.get(location).expect(200)).text)('main .fr-alert')
    .first()
    .text();

it('uses communes of the test geography', () => {
  for (const code of [DOLE, LONS, SAINT_CLAUDE, CHAMPAGNOLE, POLIGNY, BESANCON, PONTARLIER])
    expect(built.services.communes.details(code)).toBeDefined();
});

describe('Mes offres', () => {
  it('greets a commune with no offer: what to do, the new offer button and the presentation', async () => {
    const { agent } = await staffMember(LONS);
    const $ = cheerio.load((await agent.get('/commune').expect(200)).text);
    expect($('h1')).toHaveLength(1);
    expect($('h1').text().trim()).toBe('Mes offres – Lons-le-Saunier (39)');
    expect($('main').text()).not.toContain('en attente de validation');
    expect($('a[href="/commune/offres/nouvelle"]').first().text()).toContain('Publier une nouvelle offre');
    expect($('a[href="/commune/profil"]').text()).toContain('Présentation de la commune');
    expect($(`a[href="/communes/${LONS}"]`)).toHaveLength(1);
    expect($('#aucune-offre').text()).toContain('Vous n’avez encore aucune offre');
    expect($('table')).toHaveLength(0);
  });

  it('is refused to other roles (403) and sends visitors to the login page', async () => {
    const professional = await signedInAgent(built.app, await createAccount({ role: 'professionnel' }));
    await professional.get('/commune').expect(403);
    await professional.get('/commune/offres/nouvelle/logement').expect(403);
    await professional.get('/commune/profil').expect(403);
    const partner = await signedInAgent(built.app, await createAccount({ role: 'partenaire' }));
    await partner.get('/commune').expect(403);
    const response = await request(built.app).get('/commune/profil').expect(302);
    expect(response.headers.location).toBe('/connexion?retour=%2Fcommune%2Fprofil');
  });

  it('filters by type and state, keeping the values, and answers 400 to unknown ones', async () => {
    const { agent, staff } = await staffMember(POLIGNY);
    const housing = await built.services.offers.create(staff, 'logement', housingInput('Maison de ville'));
    await built.services.offers.create(staff, 'logement', housingInput('Studio meublé'));
    await built.services.offers.transition(staff, housing.id, 'archiver', housing.revision);
    const all = cheerio.load((await agent.get('/commune').expect(200)).text);
    expect(all('#offres tbody tr')).toHaveLength(2);

    const archived = cheerio.load(
      (await agent.get('/commune?type=logement&statut=archivee').expect(200)).text,
    );
    expect(archived('#offres tbody tr')).toHaveLength(1);
    expect(archived('#offres tbody').text()).toContain('Maison de ville');
    expect(archived('#type option[selected]').attr('value')).toBe('logement');
    expect(archived('#statut option[selected]').attr('value')).toBe('archivee');

    const none = cheerio.load((await agent.get('/commune?type=accueil').expect(200)).text);
    expect(none('main').text()).toContain('Aucune offre ne correspond à ces filtres.');

    const unknown = cheerio.load((await agent.get('/commune?statut=supprimee').expect(400)).text);
    expect(unknown('#statut-error').text()).toContain('État inconnu');
    await agent.get('/commune?type=logement&type=accueil').expect(400);
    await agent.get('/commune?tri=prix').expect(400);
    await agent.get('/commune?type=').expect(200);
  });
});

describe('a validated commune', () => {
  it('creates a housing draft, sees it, publishes it, marks it filled, archives and duplicates it', async () => {
    const { agent } = await staffMember(DOLE, { name: 'Claire Martin' });

    const choice = cheerio.load((await agent.get('/commune/offres/nouvelle').expect(200)).text);
    expect(choice('h1')).toHaveLength(1);
    expect(
      choice('#types-offre a')
        .map((_i, a) => choice(a).attr('href'))
        .get(),
    ).toEqual([
      '/commune/offres/nouvelle/logement',
      '/commune/offres/nouvelle/garde-enfants',
      '/commune/offres/nouvelle/emploi-conjoint',
      '/commune/offres/nouvelle/local-professionnel',
      '/commune/offres/nouvelle/aide-financiere',
      '/commune/offres/nouvelle/accueil',
    ]);
    await agent.get('/commune/offres/nouvelle/chateau').expect(404);

    const empty = cheerio.load((await agent.get('/commune/offres/nouvelle/logement').expect(200)).text);
    expect(empty('h1')).toHaveLength(1);
    expect(empty('#contactName').attr('value')).toBe('Claire Martin');
    expect(empty('#availableFrom').attr('value')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(empty('#rooms').attr('inputmode')).toBe('numeric');
    expect(empty('#price').attr('inputmode')).toBe('decimal');
    expect(empty('#description').attr('maxlength')).toBe('4000');
    expect(empty('main').text()).toContain('toutes les professions de santé');

    const created = await submitForm(
      agent,
      '/commune/offres/nouvelle/logement',
      '/commune/offres/nouvelle/logement',
      HOUSING,
    );
    expect(created.status).toBe(303);
    expect(created.headers.location).toBe('/commune');
    const stored = await OfferModel.findOne({ commune: DOLE }).lean();
    expect(stored).toMatchObject({
      type: 'logement',
      status: 'brouillon',
      title: HOUSING.title,
      audiences: ['installation', 'remplacement'],
      professions: ['medecin-generaliste'],
      contact: { name: 'Claire Martin', email: 'accueil@mairie.fr', phone: '' },
      details: {
        housingKind: 'appartement',
        tenure: 'location',
        rooms: 3,
        surfaceM2: 65,
        price: 650,
        furnished: true,
      },
    });
    const id = String(stored?._id);

    let list = (await agent.get('/commune').expect(200)).text;
    let $ = cheerio.load(list);
    expect($('main .fr-alert').first().text()).toContain('Offre enregistrée en brouillon');
    const row = $(`tr[data-offre="${id}"]`);
    expect(row.find(`a[href="/commune/offres/${id}/modifier"]`).text()).toBe(HOUSING.title);
    expect(row.text()).toContain('Logement');
    expect(row.text()).toContain('Brouillon');
    expect(row.text()).toContain('1 janvier 2027');
    expect(
      row
        .find('input[name="action"]')
        .map((_i, input) => $(input).attr('value'))
        .get(),
    ).toEqual(['publier', 'archiver']);

    const act = async (action: string) => {
      const response = await post(
        agent,
        `/commune/offres/${id}/statut`,
        formOf(list, `tr[data-offre="${id}"] form:has(input[name="action"][value="${action}"])`),
      );
      expect(response.status).toBe(303);
      expect(response.headers.location).toBe('/commune');
      list = (await agent.get('/commune').expect(200)).text;
      return cheerio.load(list);
    };

    $ = await act('publier');
    expect((await OfferModel.findById(id).lean())?.status).toBe('publiee');
    expect($(`tr[data-offre="${id}"]`).text()).toContain('Publiée');
    expect($(`tr[data-offre="${id}"] button`).text()).toContain('Marquer comme pourvue');

    $ = await act('pourvoir');
    expect((await OfferModel.findById(id).lean())?.status).toBe('pourvue');

    $ = await act('archiver');
    expect((await OfferModel.findById(id).lean())?.status).toBe('archivee');
    expect($(`tr[data-offre="${id}"]`).text()).toContain('Archivée');

    const duplicated = await post(
      agent,
      `/commune/offres/${id}/dupliquer`,
      formOf(list, `tr[data-offre="${id}"] form[action$="/dupliquer"]`),
    );
    expect(duplicated.status).toBe(303);
    const copyId = /^\/commune\/offres\/([a-f0-9]{24})\/modifier$/.exec(
      duplicated.headers.location ?? '',
    )?.[1];
    expect(copyId).toBeDefined();
    await expect(OfferModel.findById(copyId).lean()).resolves.toMatchObject({
      status: 'brouillon',
      title: `${HOUSING.title} (copie)`,
      commune: DOLE,
      details: { rooms: 3, furnished: true },
    });
    const copy = cheerio.load((await agent.get(duplicated.headers.location ?? '').expect(200)).text);
    expect(copy('main .fr-alert').first().text()).toContain('Copie enregistrée en brouillon');
    expect(copy('#title').attr('value')).toBe(`${HOUSING.title} (copie)`);
  });

  it('edits an offer from a form prefilled with what is stored', async () => {
    const { agent, staff } = await staffMember(CHAMPAGNOLE);
    const offer = await built.services.offers.create(staff, 'logement', {
      ...housingInput('Maison avec jardin'),
      expiresAt: new Date('2027-12-31T00:00:00Z'),
      professions: ['infirmier', 'sage-femme'],
      details: {
        ...housingInput('').details,
        price: 720.5,
        furnished: true,
        accessible: false,
        monthsFree: 2,
      },
    });
    const page = (await agent.get(`/commune/offres/${offer.id}/modifier`).expect(200)).text;
    const $ = cheerio.load(page);
    expect($('h1')).toHaveLength(1);
    expect($('h1').text()).toContain('Maison avec jardin');
    expect($('#etat').text()).toContain('Brouillon');
    expect(
      $('#etat button')
        .map((_i, b) => $(b).text())
        .get(),
    ).toEqual(['Publier', 'Archiver', 'Dupliquer']);
    const edit = `form[action="/commune/offres/${offer.id}"]`;
    expect($(`${edit} input[name="revision"]`).attr('value')).toBe('1');
    expect($('#title').attr('value')).toBe('Maison avec jardin');
    expect($('#availableFrom').attr('value')).toBe('2027-01-01');
    expect($('#expiresAt').attr('value')).toBe('2027-12-31');
    expect($('#rooms').attr('value')).toBe('3');
    expect($('#price').attr('value')).toBe('720,5');
    expect($('#monthsFree').attr('value')).toBe('2');
    expect($('#furnished').attr('checked')).toBeDefined();
    expect($('#accessible').attr('checked')).toBeUndefined();
    expect($('#housingKind option[selected]').attr('value')).toBe('appartement');
    expect($('#audiences-installation').attr('checked')).toBeDefined();
    expect($('#audiences-remplacement').attr('checked')).toBeUndefined();
    expect($('#professions-infirmier').attr('checked')).toBeDefined();

    const fields = formOf(page, edit);
    fields.set('title', 'Maison avec grand jardin');
    fields.delete('expiresAt');
    fields.set('expiresAt', '');
    const saved = await post(agent, `/commune/offres/${offer.id}`, fields);
    expect(saved.status).toBe(303);
    await expect(OfferModel.findById(offer.id).lean()).resolves.toMatchObject({
      title: 'Maison avec grand jardin',
      expiresAt: null,
      revision: 2,
      professions: ['sage-femme', 'infirmier'],
      details: { price: 720.5, monthsFree: 2, furnished: true, accessible: false },
    });
    expect(await flashOf(agent, '/commune')).toContain('Maison avec grand jardin');
  });
});

describe('invalid offers', () => {
  const childcare: FormFields = {
    title: 'Places en micro-crèche',
    description: 'Deux places réservées aux enfants des professionnels de santé.',
    availableFrom: '2027-01-01',
    audiences: ['installation'],
    contactName: 'Mairie de Saint-Claude',
    structure: 'micro-creche',
    places: '4',
    ageMinMonths: '36',
    ageMaxMonths: '10',
    openingHours: '7 h 30 – 19 h',
  };

  it('answer 400 with the French message next to the field, every typed value kept and nothing stored', async () => {
    const { agent } = await staffMember(SAINT_CLAUDE);
    const path = '/commune/offres/nouvelle/garde-enfants';
    const response = await submitForm(agent, path, path, {
      ...childcare,
      professions: ['orthophoniste', 'pharmacien'],
      expiresAt: '2026-06-01',
      description: 'x'.repeat(5000),
      contactPhone: '03 84 45 00 00',
    });
    expect(response.status).toBe(400);
    const $ = cheerio.load(response.text);
    expect($('h1')).toHaveLength(1);
    expect($('[data-error-summary]').text()).toContain('Le formulaire contient 3 erreurs');
    expect($('[data-error-summary] a[href="#ageMaxMonths"]').text()).toBe(
      'L’âge maximum doit être supérieur ou égal à l’âge minimum.',
    );
    expect($('#ageMaxMonths-error').text()).toBe(
      'L’âge maximum doit être supérieur ou égal à l’âge minimum.',
    );
    expect($('#ageMaxMonths').attr('aria-invalid')).toBe('true');
    expect($('#expiresAt-error').text()).toBe('La date de fin doit suivre la date de disponibilité.');
    expect($('#description-error').text()).toBe('Saisissez au plus 4000 caractères.');
    // Every typed value is shown again.
    expect($('#title').attr('value')).toBe(childcare.title);
    expect($('#description').text()).toBe('x'.repeat(5000));
    expect($('#availableFrom').attr('value')).toBe('2027-01-01');
    expect($('#expiresAt').attr('value')).toBe('2026-06-01');
    expect($('#structure option[selected]').attr('value')).toBe('micro-creche');
    expect($('#places').attr('value')).toBe('4');
    expect($('#ageMinMonths').attr('value')).toBe('36');
    expect($('#ageMaxMonths').attr('value')).toBe('10');
    expect($('#openingHours').attr('value')).toBe('7 h 30 – 19 h');
    expect($('#audiences-installation').attr('checked')).toBeDefined();
    expect($('#professions-orthophoniste').attr('checked')).toBeDefined();
    expect($('#professions-pharmacien').attr('checked')).toBeDefined();
    expect($('#professions-infirmier').attr('checked')).toBeUndefined();
    expect($('#contactName').attr('value')).toBe(childcare.contactName);
    expect($('#contactPhone').attr('value')).toBe('03 84 45 00 00');
    expect($('input[name="_csrf"]').first().attr('value')).not.toBe('');
    await expect(OfferModel.countDocuments({ commune: SAINT_CLAUDE })).resolves.toBe(0);
  });

  it('refuse a negative rent and a missing audience, on the housing form', async () => {
    const { agent } = await staffMember(SAINT_CLAUDE);
    const path = '/commune/offres/nouvelle/logement';
    const response = await submitForm(agent, path, path, { ...HOUSING, price: '-650', audiences: [] });
    expect(response.status).toBe(400);
    const $ = cheerio.load(response.text);
    expect($('#price-error').text()).toContain('en euros');
    expect($('#price').attr('value')).toBe('-650');
    expect($('#audiences-error').text().trim()).toBe('Cochez au moins un public.');
    expect($('#furnished').attr('checked')).toBeDefined();
    expect($('#rooms').attr('value')).toBe('3');
    await expect(OfferModel.countDocuments({ commune: SAINT_CLAUDE })).resolves.toBe(0);
  });

  it('keep the stored offer unchanged when an edit is invalid', async () => {
    const { agent, staff } = await staffMember(SAINT_CLAUDE);
    const offer = await built.services.offers.create(
      staff,
      'logement',
      housingInput('Studio près de l’hôpital'),
    );
    const page = (await agent.get(`/commune/offres/${offer.id}/modifier`).expect(200)).text;
    const fields = formOf(page, `form[action="/commune/offres/${offer.id}"]`);
    fields.set('title', 'Nouveau titre');
    fields.set('surfaceM2', 'grand');
    const response = await post(agent, `/commune/offres/${offer.id}`, fields);
    expect(response.status).toBe(400);
    const $ = cheerio.load(response.text);
    expect($('#surfaceM2-error').text()).toContain('en chiffres');
    expect($('#title').attr('value')).toBe('Nouveau titre');
    expect($(`form[action="/commune/offres/${offer.id}"] input[name="revision"]`).attr('value')).toBe('1');
    await expect(OfferModel.findById(offer.id).lean()).resolves.toMatchObject({
      title: 'Studio près de l’hôpital',
      revision: 1,
    });
  });

  it('store a description with markup and line breaks as typed, and show it escaped', async () => {
    const { agent } = await staffMember(SAINT_CLAUDE);
    const description = 'Première ligne <script>alert("x")</script>\nDeuxième ligne & « guillemets »\n\nFin.';
    const path = '/commune/offres/nouvelle/logement';
    const created = await submitForm(agent, path, path, { ...HOUSING, title: 'Offre balisée', description });
    expect(created.status).toBe(303);
    const stored = await OfferModel.findOne({ commune: SAINT_CLAUDE, title: 'Offre balisée' }).lean();
    expect(stored?.description).toBe(description);
    const page = await agent.get(`/commune/offres/${String(stored?._id)}/modifier`).expect(200);
    expect(page.text).not.toContain('<script>alert');
    expect(page.text).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(cheerio.load(page.text)('#description').text()).toBe(description);
  });
});

describe('a commune account waiting for validation', () => {
  it('saves a draft but cannot publish it, and is told why', async () => {
    const { agent } = await staffMember(BESANCON, { status: 'en-attente' });
    const home = cheerio.load((await agent.get('/commune').expect(200)).text);
    expect(home('main').text()).toContain('Compte en attente de validation');
    const path = '/commune/offres/nouvelle/logement';
    const form = cheerio.load((await agent.get(path).expect(200)).text);
    expect(form('main').text()).toContain('vous pouvez enregistrer cette offre en brouillon');
    expect((await submitForm(agent, path, path, HOUSING)).status).toBe(303);
    const stored = await OfferModel.findOne({ commune: BESANCON }).lean();
    expect(stored?.status).toBe('brouillon');

    const list = (await agent.get('/commune').expect(200)).text;
    const id = String(stored?._id);
    const publish = await post(
      agent,
      `/commune/offres/${id}/statut`,
      formOf(list, `tr[data-offre="${id}"] form:has(input[name="action"][value="publier"])`),
    );
    expect(publish.status).toBe(303);
    expect(await flashOf(agent, publish.headers.location ?? '')).toContain(
      'Votre compte doit être validé par un modérateur avant de pouvoir publier.',
    );
    await expect(OfferModel.findById(id).lean()).resolves.toMatchObject({ status: 'brouillon', revision: 1 });
  });
});

describe('another commune’s offer', () => {
  it('is not found (404) for edit, update, status and duplicate, and nothing changes', async () => {
    const owner = await staffMember(PONTARLIER);
    const offer = await built.services.offers.create(
      owner.staff,
      'logement',
      housingInput('Offre de Pontarlier'),
    );
    const { agent } = await staffMember(BESANCON);
    await agent.get(`/commune/offres/${offer.id}/modifier`).expect(404);
    const ownPage = (await owner.agent.get(`/commune/offres/${offer.id}/modifier`).expect(200)).text;
    const fields = formOf(ownPage, `form[action="/commune/offres/${offer.id}"]`);
    const _csrf = await csrfTokenOf(agent, '/commune');
    fields.set('_csrf', _csrf);
    fields.set('title', 'Détournée');
    expect((await post(agent, `/commune/offres/${offer.id}`, fields)).status).toBe(404);
    const status = new URLSearchParams({ _csrf, action: 'publier', revision: '1' });
    expect((await post(agent, `/commune/offres/${offer.id}/statut`, status)).status).toBe(404);
    expect(
      (await post(agent, `/commune/offres/${offer.id}/dupliquer`, new URLSearchParams({ _csrf }))).status,
    ).toBe(404);
    await agent.get('/commune/offres/pas-un-identifiant/modifier').expect(404);
    await expect(OfferModel.findById(offer.id).lean()).resolves.toMatchObject({
      title: 'Offre de Pontarlier',
      status: 'brouillon',
      revision: 1,
    });
    await expect(OfferModel.countDocuments({ title: /Pontarlier/ })).resolves.toBe(1);
    const list = cheerio.load((await agent.get('/commune').expect(200)).text);
    expect(list('main').text()).not.toContain('Offre de Pontarlier');
  });
});

describe('two staff members of the same commune', () => {
  it('cannot overwrite each other: the second save answers 409 and keeps its text', async () => {
    const first = await staffMember(POLIGNY);
    const second = await staffMember(POLIGNY);
    const offer = await built.services.offers.create(
      first.staff,
      'logement',
      housingInput('Appartement du premier'),
    );
    const edit = `form[action="/commune/offres/${offer.id}"]`;
    const firstForm = formOf((await first.agent.get(`/commune/offres/${offer.id}/modifier`)).text, edit);
    const secondForm = formOf((await second.agent.get(`/commune/offres/${offer.id}/modifier`)).text, edit);
    expect(firstForm.get('revision')).toBe(secondForm.get('revision'));

    firstForm.set('title', 'Texte du premier');
    expect((await post(first.agent, `/commune/offres/${offer.id}`, firstForm)).status).toBe(303);

    secondForm.set('title', 'Texte du second');
    secondForm.set('description', 'La description que le second a longuement rédigée.');
    const conflict = await post(second.agent, `/commune/offres/${offer.id}`, secondForm);
    expect(conflict.status).toBe(409);
    const $ = cheerio.load(conflict.text);
    expect($('h1')).toHaveLength(1);
    expect($('#conflit').text()).toContain(
      'Un autre membre de votre commune a modifié cette offre pendant que vous la modifiiez : vos changements n’ont pas été enregistrés',
    );
    expect($('#conflit').text()).toContain('« Texte du premier »');
    expect($('#conflit').text()).toContain('Brouillon');
    expect($('#title').attr('value')).toBe('Texte du second');
    expect($('#description').text()).toBe('La description que le second a longuement rédigée.');
    expect($(`${edit} input[name="revision"]`).attr('value')).toBe('2');
    await expect(OfferModel.findById(offer.id).lean()).resolves.toMatchObject({
      title: 'Texte du premier',
      revision: 2,
    });

    // Submitting again is a deliberate choice: it saves over the current version.
    const again = await post(second.agent, `/commune/offres/${offer.id}`, formOf(conflict.text, edit));
    expect(again.status).toBe(303);
    await expect(OfferModel.findById(offer.id).lean()).resolves.toMatchObject({
      title: 'Texte du second',
      revision: 3,
    });
  });

  it('are told when a status action comes after a change by someone else', async () => {
    const first = await staffMember(CHAMPAGNOLE);
    const second = await staffMember(CHAMPAGNOLE);
    const offer = await built.services.offers.create(first.staff, 'logement', housingInput('Offre disputée'));
    const stale = (await second.agent.get('/commune?type=logement')).text;
    await built.services.offers.update(first.staff, offer.id, offer.revision, housingInput('Offre corrigée'));
    const response = await post(
      second.agent,
      `/commune/offres/${offer.id}/statut`,
      formOf(stale, `tr[data-offre="${offer.id}"] form:has(input[name="action"][value="publier"])`),
    );
    expect(response.status).toBe(303);
    expect(response.headers.location).toBe('/commune?type=logement');
    expect(await flashOf(second.agent, '/commune?type=logement')).toContain(
      'L’offre « Offre corrigée » a été modifiée entre-temps',
    );
    await expect(OfferModel.findById(offer.id).lean()).resolves.toMatchObject({
      status: 'brouillon',
      revision: 2,
    });
  });
});

describe('status actions', () => {
  it('come back only to a page of this space, and refuse unknown actions (400)', async () => {
    const { agent, staff } = await staffMember(LONS);
    const offer = await built.services.offers.create(staff, 'logement', housingInput('Offre à archiver'));
    const _csrf = await csrfTokenOf(agent, '/commune');
    const outside = await post(
      agent,
      `/commune/offres/${offer.id}/statut`,
      new URLSearchParams({ _csrf, action: 'archiver', revision: '1', retour: '//exemple.com/commune' }),
    );
    expect(outside.headers.location).toBe('/commune');
    const unknown = await post(
      agent,
      `/commune/offres/${offer.id}/statut`,
      new URLSearchParams({ _csrf, action: 'supprimer', revision: '2' }),
    );
    expect(unknown.status).toBe(400);
    const notApplicable = await post(
      agent,
      `/commune/offres/${offer.id}/statut`,
      new URLSearchParams({ _csrf, action: 'pourvoir', revision: '2' }),
    );
    expect(await flashOf(agent, notApplicable.headers.location ?? '')).toContain(
      'Cette action ne s’applique pas à une offre dans cet état.',
    );
    expect((await OfferModel.findById(offer.id).lean())?.status).toBe('archivee');
  });

  it('and every other form need the CSRF token (403), changing nothing', async () => {
    const { agent, staff } = await staffMember(LONS);
    const offer = await built.services.offers.create(staff, 'logement', housingInput('Offre protégée'));
    await agent.get('/commune').expect(200);
    await agent.post('/commune/offres/nouvelle/logement').type('form').send(encodeForm(HOUSING)).expect(403);
    await agent
      .post(`/commune/offres/${offer.id}/statut`)
      .type('form')
      .send(encodeForm({ action: 'publier', revision: '1' }))
      .expect(403);
    await agent.post(`/commune/offres/${offer.id}/dupliquer`).expect(403);
    await agent
      .post('/commune/profil')
      .type('form')
      .send(encodeForm({ revision: '0', presentation: 'Sans jeton' }))
      .expect(403);
    await expect(OfferModel.countDocuments({ commune: LONS, title: HOUSING.title })).resolves.toBe(0);
    await expect(OfferModel.findById(offer.id).lean()).resolves.toMatchObject({ status: 'brouillon' });
    await expect(CommuneProfileModel.countDocuments({ _id: LONS })).resolves.toBe(0);
  });
});

describe('the commune’s presentation', () => {
  const PROFILE: FormFields = {
    presentation: 'Dole, ville d’art et d’histoire au bord du Doubs.\nUne vie associative riche.',
    schools: 'Crèche, trois écoles, collège et lycée.',
    transport: 'Gare TGV, à 45 minutes de Dijon.',
    shops: '',
    culture: 'Cinéma, théâtre, piscine.',
    healthNeed: 'Deux médecins partent à la retraite en 2027.',
    contactName: 'Claire Martin',
    contactEmail: 'accueil@mairie-dole.fr',
    contactPhone: '03 84 79 79 79',
  };

  it('is saved, then shown again; invalid values answer 400 and keep what was typed', async () => {
    const { agent } = await staffMember(DOLE);
    const page = (await agent.get('/commune/profil').expect(200)).text;
    const $ = cheerio.load(page);
    expect($('h1')).toHaveLength(1);
    expect($('input[name="revision"]').attr('value')).toBe('0');
    expect($('#presentation').attr('maxlength')).toBe('4000');
    expect($('#schools').attr('maxlength')).toBe('1000');
    expect($('#healthNeed').attr('maxlength')).toBe('2000');

    const invalid = await submitForm(agent, '/commune/profil', '/commune/profil', {
      ...PROFILE,
      revision: '0',
      culture: 'c'.repeat(1001),
      contactEmail: 'pas-une-adresse',
    });
    expect(invalid.status).toBe(400);
    const errors = cheerio.load(invalid.text);
    expect(errors('#culture-error').text()).toBe('Saisissez au plus 1000 caractères.');
    expect(errors('#contactEmail-error').text()).toContain('adresse e-mail valide');
    expect(errors('#presentation').text()).toBe(PROFILE.presentation);
    expect(errors('#contactEmail').attr('value')).toBe('pas-une-adresse');
    await expect(CommuneProfileModel.countDocuments({ _id: DOLE })).resolves.toBe(0);

    const saved = await post(
      agent,
      '/commune/profil',
      formOfWith(page, 'main form[action="/commune/profil"]', PROFILE),
    );
    expect(saved.status).toBe(303);
    expect(saved.headers.location).toBe('/commune/profil');
    await expect(CommuneProfileModel.findById(DOLE).lean()).resolves.toMatchObject({
      presentation: PROFILE.presentation,
      strengths: {
        schools: PROFILE.schools,
        transport: PROFILE.transport,
        shops: '',
        culture: PROFILE.culture,
      },
      healthNeed: PROFILE.healthNeed,
      contact: { name: 'Claire Martin', email: 'accueil@mairie-dole.fr', phone: '03 84 79 79 79' },
      revision: 1,
    });
    const again = cheerio.load((await agent.get('/commune/profil').expect(200)).text);
    expect(again('main .fr-alert').first().text()).toContain('Présentation enregistrée');
    expect(again('#presentation').text()).toBe(PROFILE.presentation);
    expect(again('input[name="revision"]').attr('value')).toBe('1');
  });

  it.each([
    ['a new presentation', CHAMPAGNOLE, 0],
    ['an existing presentation', POLIGNY, 1],
  ])('follows the same conflict rule for %s', async (_name, code, startRevision) => {
    const first = await staffMember(code);
    const second = await staffMember(code);
    if (startRevision > 0) {
      await built.services.communeProfiles.save(first.staff, 0, {
        presentation: 'Version initiale',
        strengths: { schools: '', transport: '', shops: '', culture: '' },
        healthNeed: '',
        contact: { name: '', email: '', phone: '' },
      });
    }
    const selector = 'main form[action="/commune/profil"]';
    const firstPage = (await first.agent.get('/commune/profil')).text;
    const secondPage = (await second.agent.get('/commune/profil')).text;
    const firstSave = await post(
      first.agent,
      '/commune/profil',
      formOfWith(firstPage, selector, { presentation: 'Texte du premier' }),
    );
    expect(firstSave.status).toBe(303);

    const conflict = await post(
      second.agent,
      '/commune/profil',
      formOfWith(secondPage, selector, {
        presentation: 'Texte du second',
        healthNeed: 'Besoin vu par le second',
      }),
    );
    expect(conflict.status).toBe(409);
    const $ = cheerio.load(conflict.text);
    expect($('#conflit').text()).toContain('Un autre membre de votre commune a modifié cette présentation');
    expect($('#presentation').text()).toBe('Texte du second');
    expect($('#healthNeed').text()).toBe('Besoin vu par le second');
    expect($('input[name="revision"]').attr('value')).toBe(String(startRevision + 1));
    await expect(CommuneProfileModel.findById(code).lean()).resolves.toMatchObject({
      presentation: 'Texte du premier',
      healthNeed: '',
      revision: startRevision + 1,
    });

    expect((await post(second.agent, '/commune/profil', formOf(conflict.text, selector))).status).toBe(303);
    await expect(CommuneProfileModel.findById(code).lean()).resolves.toMatchObject({
      presentation: 'Texte du second',
      revision: startRevision + 2,
    });
  });
});

/** The form as shown, with some fields changed. */
function formOfWith(html: string, selector: string, changes: FormFields): URLSearchParams {
  const params = formOf(html, selector);
  for (const [name, value] of Object.entries(changes)) {
    params.delete(name);
    for (const item of [value].flat()) params.append(name, item);
  }
  return params;
}
