// The professional's space: the profile, the installation projects (list, form, edition with
// compare-and-set, deletion), object-level authorization and CSRF. Forms are submitted as a browser
// would: the fields the page shows.
import * as cheerio from 'cheerio';
import request from 'supertest';
import { ProjectModel } from '../../../src/models/project';
import { UserModel } from '../../../src/models/user';
import { createAccount, csrfTokenOf, signedInAgent } from '../../support/accounts';
import { type FormFields, encodeForm, submitForm, formOf } from '../../support/forms';
import { useTestApp } from '../../support/test-app';
import { professionalProfile } from '../../support/professionals';

type Agent = ReturnType<typeof request.agent>;

const built = useTestApp();

const DOLE = '39198';
const LONS = '39300';

const errorOf = (html: string, id: string) => cheerio.load(html)(`#${id}-error`).text().trim();

const PROFILE: FormFields = {
  profession: 'medecin-generaliste',
  rpps: '10101010101',
  practiceMode: 'liberal',
  status: 'installe',
};

async function professional(withProfile = true) {
  const account = await createAccount({ role: 'professionnel' });
  if (withProfile) await built.services.professionalProfiles.save(account, professionalProfile());
  return { account, agent: await signedInAgent(built.app, account) };
}

const PROJECT: FormFields = {
  name: 'Installation dans le Jura',
  communes: `Dole (39)\r\n\r\n${LONS}`,
  departements: ['25'],
  startMonth: '9',
  startYear: '2027',
  partner: 'oui',
  partnerSectors: ['P', 'Q'],
  partnerContracts: ['cdi'],
  child1Month: '3',
  child1Year: '2020',
  child3Month: '11',
  child3Year: '2023',
  housing: 'location',
  housingRooms: '4',
  housingBudget: '900',
  housingFurnished: 'non',
  premises: 'oui',
  premisesKinds: ['place-msp'],
  importanceHousing: 'indispensable',
  importanceChildcare: 'important',
  importanceSpouseJob: 'important',
  importancePremises: 'souhaitable',
  importanceAid: 'souhaitable',
  importanceNeed: 'sans-objet',
  importanceDistance: 'souhaitable',
};

const NEW = '/professionnel/projets/nouveau';

async function createProject(agent: Agent, fields: FormFields = PROJECT) {
  const response = await submitForm(agent, NEW, '/professionnel/projets', fields);
  expect(response.status).toBe(303);
  return response;
}

describe('the profile', () => {
  it('is asked for first, then saved and shown', async () => {
    const { account, agent } = await professional(false);
    const home = await agent.get('/professionnel');
    expect(home.status).toBe(200);
    expect(cheerio.load(home.text)('a[href="/professionnel/profil"]').text()).toContain(
      'Compléter mon profil',
    );
    expect((await agent.get(NEW)).headers.location).toBe('/professionnel/profil');

    const form = await agent.get('/professionnel/profil');
    expect(cheerio.load(form.text)('#shareAnonymised').attr('checked')).toBeUndefined();
    const saved = await submitForm(agent, '/professionnel/profil', '/professionnel/profil', {
      ...PROFILE,
      shareAnonymised: 'oui',
    });
    expect(saved.status).toBe(303);
    expect(saved.headers.location).toBe('/professionnel');
    const stored = await UserModel.findById(account.id).lean();
    expect(stored?.professional).toMatchObject({
      profession: 'medecin-generaliste',
      rpps: '10101010101',
      practiceMode: 'liberal',
      status: 'installe',
      shareAnonymised: true,
    });
    const after = await agent.get('/professionnel');
    expect(after.text).toContain('Profil enregistré');
    expect(after.text).toContain('Médecin généraliste');
    const again = cheerio.load((await agent.get('/professionnel/profil')).text);
    expect(again('#profession option[selected]').attr('value')).toBe('medecin-generaliste');
    expect(again('#shareAnonymised').attr('checked')).toBeDefined();
  });

  it('refuses an RPPS of 10 digits, keeping the values', async () => {
    const { account, agent } = await professional(false);
    const response = await submitForm(agent, '/professionnel/profil', '/professionnel/profil', {
      ...PROFILE,
      rpps: '1010101010',
    });
    expect(response.status).toBe(400);
    expect(errorOf(response.text, 'rpps')).toContain('11 chiffres');
    const $ = cheerio.load(response.text);
    expect($('#rpps').attr('value')).toBe('1010101010');
    expect($('#practiceMode-liberal').attr('checked')).toBeDefined();
    expect((await UserModel.findById(account.id).lean())?.professional).toBeFalsy();
  });

  it('requires the specialty of a specialist', async () => {
    const { account, agent } = await professional(false);
    const refused = await submitForm(agent, '/professionnel/profil', '/professionnel/profil', {
      ...PROFILE,
      profession: 'medecin-specialiste',
    });
    expect(refused.status).toBe(400);
    expect(errorOf(refused.text, 'specialty')).toContain('spécialité');
    const saved = await submitForm(agent, '/professionnel/profil', '/professionnel/profil', {
      ...PROFILE,
      profession: 'medecin-specialiste',
      specialty: 'Pédiatrie',
    });
    expect(saved.status).toBe(303);
    expect((await UserModel.findById(account.id).lean())?.professional?.specialty).toBe('Pédiatrie');
  });
});

describe('projects', () => {
  it('are created, listed, edited and deleted', async () => {
    const { account, agent } = await professional();
    await createProject(agent);
    const [project] = built.services.projects.ofOwner(account.id);
    expect(project).toMatchObject({
      name: 'Installation dans le Jura',
      area: { communes: [DOLE, LONS], departements: ['25'], regions: [], around: null },
      start: { year: 2027, month: 9 },
      household: {
        partner: { sectors: ['P', 'Q'], contracts: ['cdi'] },
        children: [
          { birthYear: 2020, birthMonth: 3 },
          { birthYear: 2023, birthMonth: 11 },
        ],
      },
      housing: { tenure: 'location', roomsMin: 4, budgetMax: 900, furnished: false },
      premises: { kinds: ['place-msp'] },
      importance: { housing: 'indispensable', need: 'sans-objet' },
    });
    if (!project) throw new Error('no project');

    const home = await agent.get('/professionnel');
    const $ = cheerio.load(home.text);
    expect($('h2.fr-card__title').text()).toContain('Installation dans le Jura');
    expect(home.text).toContain('Dole (39)');
    expect(home.text).toContain('septembre 2027');
    expect($(`a[href="/professionnel/projets/${project.id}/resultats"]`).length).toBe(1);

    // The edit form shows the project as it was typed; sent back unchanged, it stores the same.
    const edit = await agent.get(`/professionnel/projets/${project.id}/modifier`);
    expect(edit.status).toBe(200);
    const form = formOf(edit.text);
    expect(form.get('communes')).toBe('Dole (39)\nLons-le-Saunier (39)');
    form.set('name', 'Jura et Doubs');
    form.set('aroundCommune', 'Besançon (25)');
    form.set('aroundRadius', '30');
    const updated = await agent
      .post(`/professionnel/projets/${project.id}`)
      .type('form')
      .send(form.toString());
    expect(updated.status).toBe(303);
    const stored = built.services.projects.getOwned(account.id, project.id);
    expect(stored).toMatchObject({
      name: 'Jura et Doubs',
      revision: 2,
      area: { communes: [DOLE, LONS], around: { commune: '25056', radiusKm: 30 } },
      household: project.household,
      housing: project.housing,
      importance: project.importance,
    });

    const list = await agent.get('/professionnel');
    const removed = await agent
      .post(`/professionnel/projets/${project.id}/suppression`)
      .type('form')
      .send(formOf(list.text, `form[action="/professionnel/projets/${project.id}/suppression"]`).toString());
    expect(removed.status).toBe(303);
    expect(built.services.projects.ofOwner(account.id)).toEqual([]);
    expect(await ProjectModel.findById(project.id).lean()).toBeNull();
  });

  it.each([
    ['no place', { communes: '', departements: [] }, 'places', 'au moins un lieu'],
    ['an unknown commune', { communes: 'Dole (39)\nNulle-Part-sur-Mer (39)' }, 'communes', 'Ligne 2'],
    ['a child born after the start', { child1Year: '2028' }, 'child1Year', 'début du projet'],
    ['a radius of 0', { aroundCommune: 'Dole (39)', aroundRadius: '0' }, 'aroundRadius', 'entre 1 et 200'],
    ['a negative budget', { housingBudget: '-5' }, 'housingBudget', 'sans espace ni signe'],
  ] as [string, FormFields, string, string][])(
    'refuses %s: 400, the message next to the field, values kept, nothing stored',
    async (_case, change, field, message) => {
      const { account, agent } = await professional();
      const response = await submitForm(agent, NEW, '/professionnel/projets', { ...PROJECT, ...change });
      expect(response.status).toBe(400);
      expect(errorOf(response.text, field)).toContain(message);
      const $ = cheerio.load(response.text);
      expect($('#name').attr('value')).toBe(PROJECT.name);
      expect($('#child3Year').attr('value')).toBe('2023');
      expect($('#partnerSectors-Q').attr('checked')).toBeDefined();
      if (typeof change.communes === 'string') expect($('#communes').text()).toBe(change.communes);
      expect(built.services.projects.ofOwner(account.id)).toEqual([]);
      expect(await ProjectModel.countDocuments({ ownerId: account.id })).toBe(0);
    },
  );

  it('belong to their owner: anyone else gets a 404', async () => {
    const owner = await professional();
    await createProject(owner.agent);
    const [project] = built.services.projects.ofOwner(owner.account.id);
    if (!project) throw new Error('no project');
    const other = await professional();
    expect((await other.agent.get(`/professionnel/projets/${project.id}/modifier`)).status).toBe(404);
    const update = await submitForm(other.agent, NEW, `/professionnel/projets/${project.id}`, {
      ...PROJECT,
      revision: '1',
      name: 'Pris',
    });
    expect(update.status).toBe(404);
    const remove = await submitForm(other.agent, NEW, `/professionnel/projets/${project.id}/suppression`, {});
    expect(remove.status).toBe(404);
    expect(built.services.projects.getOwned(owner.account.id, project.id)).toMatchObject({
      name: PROJECT.name,
      revision: 1,
    });
  });

  it('are closed to other roles', async () => {
    const commune = await signedInAgent(built.app, await createAccount({ role: 'commune' }));
    for (const path of ['/professionnel', '/professionnel/profil', NEW])
      expect((await commune.get(path)).status).toBe(403);
    const _csrf = await csrfTokenOf(commune, '/commune');
    const post = await commune
      .post('/professionnel/projets')
      .type('form')
      .send(encodeForm({ _csrf, ...PROJECT }));
    expect(post.status).toBe(403);
  });

  it('answer 409 to the second of two tabs, keeping what it typed', async () => {
    const { account, agent } = await professional();
    await createProject(agent);
    const [project] = built.services.projects.ofOwner(account.id);
    if (!project) throw new Error('no project');
    const path = `/professionnel/projets/${project.id}/modifier`;
    const first = formOf((await agent.get(path)).text);
    const second = formOf((await agent.get(path)).text);
    first.set('name', 'Premier onglet');
    second.set('name', 'Second onglet');
    second.set('housingBudget', '1200');
    expect(
      (await agent.post(`/professionnel/projets/${project.id}`).type('form').send(first.toString())).status,
    ).toBe(303);
    const conflict = await agent
      .post(`/professionnel/projets/${project.id}`)
      .type('form')
      .send(second.toString());
    expect(conflict.status).toBe(409);
    const $ = cheerio.load(conflict.text);
    expect($('#conflit').text()).toContain('Premier onglet');
    expect($('#name').attr('value')).toBe('Second onglet');
    expect($('#housingBudget').attr('value')).toBe('1200');
    expect($('input[name="revision"]').attr('value')).toBe('2');
    expect(built.services.projects.getOwned(account.id, project.id)?.name).toBe('Premier onglet');
    // Submitting again deliberately replaces the current version.
    const again = await agent
      .post(`/professionnel/projets/${project.id}`)
      .type('form')
      .send(formOf(conflict.text).toString());
    expect(again.status).toBe(303);
    expect(built.services.projects.getOwned(account.id, project.id)?.name).toBe('Second onglet');
  });

  it('refuses a form without its CSRF token', async () => {
    const { account, agent } = await professional();
    const response = await agent.post('/professionnel/projets').type('form').send(encodeForm(PROJECT));
    expect(response.status).toBe(403);
    const profile = await agent.post('/professionnel/profil').type('form').send(encodeForm(PROFILE));
    expect(profile.status).toBe(403);
    expect(built.services.projects.ofOwner(account.id)).toEqual([]);
  });
});
