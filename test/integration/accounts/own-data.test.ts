// RGPD: a professional's projects and the proposals they received are in their data export, and
// go with their account.
import { OfferProposalModel } from '../../../src/models/offer-proposal';
import { ProjectModel } from '../../../src/models/project';
import type { ProjectInput } from '../../../src/services/projects/project-view';
import { createAccount } from '../../support/accounts';
import { buildTestApp } from '../../support/test-app';
import { useTestDatabase } from '../../support/test-database';
import { professionalProfile } from '../../support/professionals';
import { doleProject } from '../../support/projects';

const database = useTestDatabase();

const project: ProjectInput = doleProject({
  name: 'Projet très personnel',
  area: { communes: ['39198'], departements: [], regions: [], around: null },
  household: { partner: null, children: [] },
  housing: null,
  importance: { housing: 'important', childcare: 'sans-objet', premises: 'souhaitable', need: 'souhaitable' },
});

it('exports the projects and proposals with the account, and erases them with it', async () => {
  const { services } = await buildTestApp(database.current);
  const account = await createAccount({ role: 'professionnel' });
  await services.professionalProfiles.save(
    account,
    professionalProfile({ profession: 'infirmier', shareAnonymised: true }),
  );
  const created = await services.projects.create(account.id, project);
  const staff = await createAccount({ role: 'commune' });
  await services.proposals.propose(
    { id: staff.id, email: staff.email, communeCode: '39198', active: true },
    created,
  );

  const exported = await services.accountSettings.exportData(account.id);
  expect(JSON.stringify(exported)).toContain('Projet très personnel');
  expect((exported?.proposals as unknown[]).length).toBe(1);

  const deleted = await services.accountSettings.deleteAccount(account.id, account.password);
  expect(deleted.ok).toBe(true);
  await expect(ProjectModel.countDocuments({ ownerId: created.ownerId })).resolves.toBe(0);
  await expect(OfferProposalModel.countDocuments()).resolves.toBe(0);
  expect(services.projects.get(created.id)).toBeUndefined();
});
