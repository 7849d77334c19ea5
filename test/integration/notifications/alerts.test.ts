// Alerts on projects: a professional turns a project into an alert; an offer published later that
// makes a commune match the project notifies them once (daily digest by default), even if it is
// unpublished and published again; an offer that changes nothing for the project does not.
import * as cheerio from 'cheerio';
import type { Express } from 'express';
import { AlertModel } from '../../../src/models/alert';
import { NotificationModel } from '../../../src/models/notification';
import type { Services } from '../../../src/services';
import type { ProjectInput } from '../../../src/services/projects/project-view';
import { createAccount, csrfTokenOf, emailsTo, signedInAgent } from '../../support/accounts';
import { aidOffer, communeStaff, houseOffer } from '../../support/offers';
import { buildTestApp } from '../../support/test-app';
import { useTestDatabase } from '../../support/test-database';
import { professionalProfile } from '../../support/professionals';
import { doleProject } from '../../support/projects';

type Agent = Awaited<ReturnType<typeof signedInAgent>>;

const database = useTestDatabase();
let app: Express;
let services: Services;
let outboxDir: string;

const DOLE = '39198';
const LONS = '39300';

const house = (title: string, price: number) => houseOffer(title, 4, price);

const aroundDole: ProjectInput = doleProject({
  name: 'Jura 2027',
  area: { communes: [], departements: [], regions: [], around: { commune: DOLE, radiusKm: 10 } },
  household: { partner: null, children: [] },
  importance: { childcare: 'sans-objet' },
});

async function professionalWithProject() {
  const owner = await createAccount({ role: 'professionnel' });
  await services.professionalProfiles.save(owner, professionalProfile());
  const project = await services.projects.create(owner.id, aroundDole);
  return { owner, project, agent: await signedInAgent(app, owner) };
}

async function createAlert(agent: Agent, projectId: string, seuil: string) {
  const path = `/professionnel/projets/${projectId}/alerte`;
  const _csrf = await csrfTokenOf(agent, path);
  return agent.post(path).type('form').send({ _csrf, seuil });
}

const alertsOf = (ownerId: string) => NotificationModel.find({ recipientId: ownerId, kind: 'alerte' }).lean();

beforeAll(async () => {
  const built = await buildTestApp(database.current);
  ({ app, services } = built);
  outboxDir = built.config.mail.outboxDir;
}, 60_000);

describe('an alert on a project', () => {
  it('notifies once when a new offer makes a commune match, even if it is published again', async () => {
    const { owner, project, agent } = await professionalWithProject();
    expect((await createAlert(agent, project.id, '10')).status).toBe(303);
    const page = cheerio.load((await agent.get(`/professionnel/projets/${project.id}/alerte`)).text);
    expect(page('#alerte-active').text()).toContain('au moins 10 points');
    expect(page('#frequence').text()).toBe('Un récapitulatif par jour');

    const dole = await communeStaff(DOLE);
    const offer = await services.offers.create(dole, 'logement', house('Maison T4 à Dole', 850), {
      publish: true,
    });
    await services.alerts.idle();
    const notifications = await alertsOf(owner.id);
    expect(notifications).toHaveLength(1);
    expect(notifications[0]).toMatchObject({
      title: 'Nouvelle offre à Dole : la commune correspond à votre projet « Jura 2027 »',
      link: `/professionnel/projets/${project.id}/resultats`,
      delivery: 'quotidien',
    });
    // Daily digest by default: no e-mail yet, then one in the digest.
    expect(emailsTo(outboxDir, owner.email)).toEqual([]);
    await services.digest.run(new Date());
    expect(emailsTo(outboxDir, owner.email)[0]?.text).toContain('Nouvelle offre à Dole');

    // Unpublished, then published again: the same offer is not signalled twice.
    const unpublished = await services.offers.transition(dole, offer.id, 'depublier', offer.revision);
    if (!unpublished.ok) throw new Error('unpublish failed');
    const republished = await services.offers.transition(
      dole,
      offer.id,
      'publier',
      unpublished.offer.revision,
    );
    expect(republished.ok).toBe(true);
    await services.alerts.idle();
    expect(await alertsOf(owner.id)).toHaveLength(1);
  });

  it('does not notify for an offer too far away, nor for one that changes nothing', async () => {
    const { owner, project, agent } = await professionalWithProject();
    await createAlert(agent, project.id, '10');
    // Dole already matches (the first test's house): a second similar one adds nothing.
    await services.offers.create(await communeStaff(DOLE), 'logement', house('Autre maison T4', 850), {
      publish: true,
    });
    await services.offers.create(await communeStaff(LONS), 'logement', house('Maison à Lons', 700), {
      publish: true,
    });
    // A draft is no publication.
    await services.offers.create(await communeStaff(DOLE), 'logement', house('Brouillon', 600));
    await services.alerts.idle();
    expect(await alertsOf(owner.id)).toEqual([]);
  });

  it('notifies when a new offer raises a matching commune’s score by the threshold, not below it', async () => {
    const sensitive = await professionalWithProject();
    const demanding = await professionalWithProject();
    await createAlert(sensitive.agent, sensitive.project.id, '1');
    await createAlert(demanding.agent, demanding.project.id, '100');
    // Dole already matches (the first test's house); an installation aid raises its score.
    await services.offers.create(
      await communeStaff(DOLE),
      'aide-financiere',
      aidOffer('Aide à l’installation', { funder: 'Commune de Dole', conditions: 'S’installer' }),
      { publish: true },
    );
    await services.alerts.idle();
    expect((await alertsOf(sensitive.owner.id)).map((notification) => notification.title)).toEqual([
      'Nouvelle offre à Dole : la commune correspond mieux à votre projet « Jura 2027 »',
    ]);
    expect(await alertsOf(demanding.owner.id)).toEqual([]);
  });

  it('stops with its deletion, and with the project’s', async () => {
    const { owner, project, agent } = await professionalWithProject();
    await createAlert(agent, project.id, '5');
    const path = `/professionnel/projets/${project.id}/alerte`;
    const _csrf = await csrfTokenOf(agent, path);
    expect((await agent.post(`${path}/suppression`).type('form').send({ _csrf })).status).toBe(303);
    expect(services.alerts.forProject(project.id)).toBeUndefined();
    expect(
      cheerio
        .load((await agent.get(path)).text)('button[type="submit"]')
        .text(),
    ).toContain('Créer une alerte');

    await createAlert(agent, project.id, '5');
    expect(await AlertModel.countDocuments({ _id: project.id })).toBe(1);
    await services.projects.remove(owner.id, project.id);
    expect(await AlertModel.countDocuments({ _id: project.id })).toBe(0);
    expect(services.alerts.forProject(project.id)).toBeUndefined();
  });
});

describe('the alert form', () => {
  it('refuses a bad threshold with a French message and the value kept', async () => {
    const { project, agent } = await professionalWithProject();
    const response = await createAlert(agent, project.id, 'beaucoup');
    expect(response.status).toBe(400);
    const $ = cheerio.load(response.text);
    expect($('#seuil-error').text()).toBe(
      'Saisissez un nombre de points entier entre 1 et 100, par exemple 10.',
    );
    expect($('#seuil').val()).toBe('beaucoup');
    expect((await createAlert(agent, project.id, '0')).status).toBe(400);
    expect(services.alerts.forProject(project.id)).toBeUndefined();
  });

  it('changes the threshold of an existing alert', async () => {
    const { project, agent } = await professionalWithProject();
    await createAlert(agent, project.id, '10');
    await createAlert(agent, project.id, '25');
    expect(services.alerts.forProject(project.id)?.threshold).toBe(25);
    expect(await AlertModel.countDocuments({ _id: project.id })).toBe(1);
  });

  it('is not found for another person’s project', async () => {
    const { project } = await professionalWithProject();
    const { agent: other } = await professionalWithProject();
    expect((await other.get(`/professionnel/projets/${project.id}/alerte`)).status).toBe(404);
    expect((await createAlert(other, project.id, '10')).status).toBe(404);
  });

  it('is reached from the results page and exported with the account', async () => {
    const { project, agent } = await professionalWithProject();
    const results = cheerio.load((await agent.get(`/professionnel/projets/${project.id}/resultats`)).text);
    expect(results('#lien-alerte').attr('href')).toBe(`/professionnel/projets/${project.id}/alerte`);
    await createAlert(agent, project.id, '10');
    const exported = JSON.parse((await agent.get('/mon-compte/export')).text) as {
      alerts: { projectId: string; threshold: number }[];
    };
    expect(exported.alerts).toEqual([expect.objectContaining({ projectId: project.id, threshold: 10 })]);
  });
});
