// RGPD: a professional's projects and the proposals they received are in their data export, and
// go with their account; so do the messages they reported, the reports of their own messages and
// the sessions signed in as the account.
import { MessageReportModel } from '../../../src/models/message-report';
import { OfferProposalModel } from '../../../src/models/offer-proposal';
import { ProjectModel } from '../../../src/models/project';
import type { Participant } from '../../../src/services/contacts/conversation-service';
import type { ProjectInput } from '../../../src/services/projects/project-view';
import { createAccount, signedInAgent } from '../../support/accounts';
import { communeStaff } from '../../support/offers';
import { DOLE, professional } from '../contacts/conversation-fixtures';
import { useTestApp } from '../../support/test-app';
import { professionalProfile } from '../../support/professionals';
import { doleProject } from '../../support/projects';

const built = useTestApp();

const project: ProjectInput = doleProject({
  name: 'Projet très personnel',
  area: { communes: ['39198'], departements: [], regions: [], around: null },
  household: { partner: null, children: [] },
  housing: null,
  importance: { housing: 'important', childcare: 'sans-objet', premises: 'souhaitable', need: 'souhaitable' },
});

it('exports the projects and proposals with the account, and erases them with it', async () => {
  const account = await createAccount({ role: 'professionnel' });
  await built.services.professionalProfiles.save(
    account,
    professionalProfile({ profession: 'infirmier', shareAnonymised: true }),
  );
  const created = await built.services.projects.create(account.id, project);
  await built.services.proposals.propose(await communeStaff('39198', { fonction: 'maire' }), created);

  const exported = await built.services.accountSettings.exportData(account.id);
  expect(JSON.stringify(exported)).toContain('Projet très personnel');
  expect((exported?.proposals as unknown[]).length).toBe(1);

  const deleted = await built.services.accountSettings.deleteAccount(account.id, account.password);
  expect(deleted.ok).toBe(true);
  await expect(ProjectModel.countDocuments({ ownerId: created.ownerId })).resolves.toBe(0);
  await expect(OfferProposalModel.countDocuments()).resolves.toBe(0);
  expect(built.services.projects.get(created.id)).toBeUndefined();
});

it('exports the reports the person made and those of their messages, and erases them with the account', async () => {
  const mairie = await communeStaff(DOLE);
  const pro = await professional(built.services, 'Lou Signalée');
  const started = await built.services.conversations.contact(
    { id: pro.id, name: 'Lou Signalée', profession: 'sage-femme', status: 'remplacant' },
    { communeCode: DOLE, projectId: null, offerId: null, shared: [], text: 'Message signalé par la mairie' },
  );
  if (!started.ok) throw new Error(JSON.stringify(started));
  const id = started.conversation.id;
  const commune: Participant = { side: 'commune', id: mairie.id, communeCode: DOLE, active: true };
  const professionnel: Participant = { side: 'professionnel', id: pro.id, communeCode: null, active: true };
  expect((await built.services.conversations.reply(id, commune, 'Réponse signalée par Lou')).ok).toBe(true);
  const conversation = await built.services.conversations.open(id, professionnel);
  if (!conversation) throw new Error('conversation not found');
  expect((await built.services.messageReports.report(conversation, commune, 0, 'Ton déplacé')).ok).toBe(true);
  expect((await built.services.messageReports.report(conversation, professionnel, 1, 'Hors sujet')).ok).toBe(
    true,
  );

  const exported = (await built.services.accountSettings.exportData(pro.id))?.messageReports;
  expect(exported).toEqual({
    made: [expect.objectContaining({ text: 'Réponse signalée par Lou', reason: 'Hors sujet' })],
    ofOwnMessages: [expect.objectContaining({ text: 'Message signalé par la mairie', status: 'a-traiter' })],
  });
  // Who reported Lou's message, and why, stays the commune's.
  expect(JSON.stringify(exported)).not.toContain('Ton déplacé');
  expect(JSON.stringify(exported)).not.toContain(mairie.id);

  expect((await built.services.accountSettings.deleteAccount(pro.id, pro.password)).ok).toBe(true);
  await expect(MessageReportModel.countDocuments()).resolves.toBe(0);
  // Nor in the moderators' queue, served from memory.
  expect(built.services.messageReports.queue()).toEqual([]);
});

it('exports the expiry of the account’s signed-in sessions, and deletes every one of them with it', async () => {
  const account = await createAccount({ role: 'professionnel' });
  const other = await createAccount({ role: 'professionnel' });
  await signedInAgent(built.app, account);
  await signedInAgent(built.app, account);
  await signedInAgent(built.app, other);

  const exported = await built.services.accountSettings.exportData(account.id);
  expect(exported?.sessions).toEqual([{ expiresAt: expect.any(Date) }, { expiresAt: expect.any(Date) }]);

  expect((await built.services.accountSettings.deleteAccount(account.id, account.password)).ok).toBe(true);
  await expect(built.services.sessionRecords.ofAccount(account.id)).resolves.toEqual([]);
  await expect(built.services.sessionRecords.ofAccount(other.id)).resolves.toHaveLength(1);
});
