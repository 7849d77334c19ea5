// Once the professional confirms an installation, the project of that conversation leaves the
// communes' "Projets compatibles" and its alert stops: nothing is shown or sent about a person who
// has settled. Checked before and after the confirmation, so that each check can fail.
import { NotificationModel } from '../../../src/models/notification';
import { signedInAgent } from '../../support/accounts';
import { houseOffer } from '../../support/offers';
import { useTestApp } from '../../support/test-app';
import { DOLE, PROJECT, communeStaff, postForm, professional, writeTo } from './conversation-fixtures';

const built = useTestApp();

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** A home open to locums (the professionals of the fixtures are "remplaçant"). */
const home = (title: string) =>
  houseOffer(title, 4, 700, {
    description: 'Réservée aux professionnels de santé qui viennent remplacer.',
    audiences: ['remplacement'],
    contact: { name: 'Mairie', email: '', phone: '' },
  });

const alertsOf = (ownerId: string) =>
  NotificationModel.countDocuments({ recipientId: ownerId, kind: 'alerte' });

it('takes a settled project out of "Projets compatibles" and stops its alert', async () => {
  const mairie = await communeStaff(DOLE);
  const pro = await professional(built.services, 'Inès Installée', true);
  const project = await built.services.projects.create(pro.id, PROJECT);
  expect(await built.services.alerts.save(pro.id, project.id, 1)).toBeDefined();
  const proAgent = await signedInAgent(built.app, pro);
  const communeAgent = await signedInAgent(built.app, mairie);

  // Before: the commune sees the project, and a new home alerts its owner.
  expect((await built.services.sharedProjects.forCommune(DOLE)).map((shared) => shared.project.id)).toEqual([
    project.id,
  ]);
  await built.services.offers.create(mairie.staff, 'logement', home('Maison T4 avant'), { publish: true });
  await built.services.alerts.idle();
  expect(await alertsOf(pro.id)).toBe(1);

  // The professional writes about this project; the commune declares the installation; the
  // professional confirms it.
  const id = await writeTo(proAgent, DOLE, { projet: project.id });
  const declared = await postForm(communeAgent, `/commune/messages/${id}`, `/commune/messages/${id}/suivi`, {
    action: 'declarer-installation',
    dateInstallation: inDays(30),
    communeInstallation: 'Dole (39)',
    leviers: ['logement'],
  });
  expect(declared.status).toBe(303);
  // Declared is not confirmed: the project is still shown.
  expect(await built.services.sharedProjects.forCommune(DOLE)).toHaveLength(1);
  const thread = `/professionnel/messages/${id}`;
  expect(
    (await postForm(proAgent, thread, `${thread}/suivi`, { action: 'confirmer-installation' })).status,
  ).toBe(303);

  // After: gone from the commune's list and its page, and no more alerts.
  expect(await built.services.sharedProjects.forCommune(DOLE)).toEqual([]);
  expect(await built.services.sharedProjects.visibleTo(project.id, DOLE)).toBeUndefined();
  expect((await communeAgent.get(`/commune/projets/${project.id}`)).status).toBe(404);
  await built.services.offers.create(mairie.staff, 'logement', home('Maison T5 après'), { publish: true });
  await built.services.alerts.idle();
  expect(await alertsOf(pro.id)).toBe(1);
});
