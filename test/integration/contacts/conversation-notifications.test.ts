// The notifications a conversation emits: a title and a link, never the message's text; a
// professional's message goes to the commune's validated staff, or only to the assignee.
import type { NotificationEvent } from '../../../src/domain/notifications/notification-event';
import { createConversationNotices } from '../../../src/services/contacts/conversation-notices';
import { ConversationReadModel } from '../../../src/services/contacts/conversation-read-model';
import {
  type Participant,
  createConversationService,
} from '../../../src/services/contacts/conversation-service';
import { useTestApp } from '../../support/test-app';
import { DOLE, communeStaff, professional } from './conversation-fixtures';

const built = useTestApp();

it('notifies the other side with a title and a link, never the text', async () => {
  const events: NotificationEvent[] = [];
  const conversations = createConversationService({
    readModel: new ConversationReadModel(),
    notices: createConversationNotices({
      notify: async (event) => void events.push(event),
      communes: built.services.communes,
      staff: built.services.conversations,
    }),
    communes: built.services.communes,
    limits: built.services.limits,
    staff: built.services.conversations,
  });
  const alice = await communeStaff(DOLE);
  const bruno = await communeStaff(DOLE);
  await communeStaff(DOLE, 'en-attente');
  const pro = await professional(built.services, 'Jade Notif');
  const secret = 'Texte privé qui ne doit pas partir par e-mail';

  const started = await conversations.contact(
    { id: pro.id, name: 'Jade Notif', profession: 'infirmier', status: 'installe' },
    { communeCode: DOLE, projectId: null, offerId: null, shared: [], text: secret },
  );
  if (!started.ok) throw new Error(started.reason);
  const id = started.conversation.id;
  expect(events).toHaveLength(1);
  expect(events[0]).toMatchObject({ kind: 'message', link: `/commune/messages/${id}` });
  expect([...(events[0]?.recipients ?? [])].sort()).toEqual([alice.id, bruno.id].sort());

  const staff = (member: { id: string }): Participant => ({
    side: 'commune',
    id: member.id,
    communeCode: DOLE,
    active: true,
  });
  await conversations.assign(id, staff(alice), bruno.id);
  await conversations.contact(
    { id: pro.id, name: 'Jade Notif', profession: 'infirmier', status: 'installe' },
    { communeCode: DOLE, projectId: null, offerId: null, shared: [], text: `${secret} (bis)` },
  );
  expect(events[1]?.recipients).toEqual([bruno.id]);

  await conversations.reply(id, staff(bruno), 'Bonjour');
  await conversations.followUp(id, staff(bruno), {
    action: 'planifier-visite',
    visitDate: new Date(Date.now() + 86_400_000),
  });
  expect(events.slice(2)).toMatchObject([
    { kind: 'message', recipients: [pro.id], link: `/professionnel/messages/${id}` },
    {
      kind: 'statut',
      recipients: [pro.id],
      title: 'Suivi de votre contact avec la commune de Dole : Visite prévue',
    },
  ]);
  expect(JSON.stringify(events)).not.toContain('Texte privé');
}, 60_000);

it('exports a professional’s conversations and withdraws them when the account is deleted', async () => {
  await communeStaff(DOLE);
  const pro = await professional(built.services, 'Kim Export');
  const started = await built.services.conversations.contact(
    { id: pro.id, name: 'Kim Export', profession: 'infirmier', status: 'installe' },
    {
      communeCode: DOLE,
      projectId: null,
      offerId: null,
      shared: [{ key: 'debut', label: 'Début souhaité', text: 'mai 2027' }],
      text: 'À exporter',
    },
  );
  if (!started.ok) throw new Error(started.reason);
  const exported = await built.services.accountSettings.exportData(pro.id);
  expect(JSON.stringify(exported)).toContain('À exporter');
  expect(await built.services.accountSettings.deleteAccount(pro.id, pro.password)).toMatchObject({
    ok: true,
  });
  const kept = built.services.conversations.readModel.get(started.conversation.id);
  expect(kept?.withdrawnAt).not.toBeNull();
  expect(kept?.professional.name).toBe('');
  expect(kept?.shared).toEqual([]);
  expect(kept?.lastMessage?.text).toBe('À exporter');
}, 60_000);
