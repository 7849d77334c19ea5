// Two instances of the service on one database, as an operator runs them behind a reverse proxy:
// this file's app (A) and a second one in a process of its own (B). A write through either one is
// seen by the other's read models, sessions and accounts through the change journal only: the
// session cache is long (300 s) and the reconciliation rare, so neither can be what brings it.
// FerretDB loses concurrent updates from several connections: one write at a time, each awaited.
import fs from 'node:fs';
import path from 'node:path';
import type { Express } from 'express';
import request from 'supertest';
import type { Services } from '../../../src/services';
import type { ConversationView } from '../../../src/services/contacts/conversation-view';
import type { AlertView } from '../../../src/services/alerts/alert-read-model';
import type { OfferView } from '../../../src/services/offers/offer-view';
import type { ProjectView } from '../../../src/services/projects/project-view';
import { createAccount, csrfTokenOf, logIn, sessionCookieOf, signedInAgent } from '../../support/accounts';
import { type SecondInstance, startSecondInstance } from '../../support/second-instance';
import { schemeInput } from '../../support/schemes';
import { buildTestApp } from '../../support/test-app';
import { useTestDatabase } from '../../support/test-database';
import { DOLE, PROJECT, communeStaff, doleOffer, professional } from '../contacts/conversation-fixtures';

const database = useTestDatabase();

/** READ_MODEL_SYNC_MS of both instances. */
const BOUND_MS = 1000;
/** How long a test waits: generous, the machine is shared (`npm run bench:instances` measures the delay). */
const WAIT_MS = 5 * BOUND_MS;
const ENVIRONMENT = {
  READ_MODEL_SYNC_MS: String(BOUND_MS),
  READ_MODEL_RECONCILE_MINUTES: '1440',
  SESSION_CACHE_SECONDS: '300',
};

async function eventually(what: string, check: () => Promise<boolean> | boolean): Promise<void> {
  const deadline = Date.now() + WAIT_MS;
  while (!(await check())) {
    if (Date.now() > deadline)
      throw new Error(`not seen by the other instance within ${WAIT_MS} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('two instances on one database', () => {
  let app: Express;
  let services: Services;
  let b: SecondInstance;

  beforeAll(async () => {
    ({ app, services } = await buildTestApp(database.current, ENVIRONMENT, { followChanges: true }));
    b = await startSecondInstance(database.current, ENVIRONMENT);
  }, 120_000);

  afterAll(async () => {
    await b?.stop();
    await services?.readModels.stop();
  });

  // The people and things the steps below share, in order.
  let dole: Awaited<ReturnType<typeof communeStaff>>;
  let pro: Awaited<ReturnType<typeof professional>>;
  let project: ProjectView;
  const commune = () => ({ side: 'commune', id: dole.id, communeCode: DOLE });
  let conversationId: string;

  it('offers: published through A, public on B; unpublished through B, gone from A', async () => {
    dole = await communeStaff(DOLE);
    const offerId = await doleOffer(services, dole.staff);
    const offer = services.offers.get(offerId);
    if (!offer) throw new Error('no offer');
    await eventually(
      'published offer',
      async () => (await request(b.url).get(`/offres/${offer.id}`)).status === 200,
    );

    const unpublished = await b.call<{ ok: boolean; offer: OfferView }>(
      'offers.transition',
      dole.staff,
      offer.id,
      'depublier',
      offer.revision,
    );
    expect(unpublished.ok).toBe(true);
    await eventually(
      'unpublished offer',
      async () => (await request(app).get(`/offres/${offer.id}`)).status === 404,
    );
    expect(services.offerReadModel.get(offer.id)).toMatchObject({
      status: 'brouillon',
      revision: offer.revision + 1,
    });
  });

  it('projects: created through A, found on B', async () => {
    pro = await professional(services, 'Camille Deux-Instances', true);
    project = await services.projects.create(pro.id, PROJECT);
    await eventually(
      'project',
      async () => (await b.call<ProjectView | null>('projects.get', project.id)) !== null,
    );
  });

  it('proposals and notifications: a commune proposes through B, A sees the proposal and the unread count', async () => {
    const proposed = await b.call<{ ok: boolean }>('proposals.propose', dole.staff, {
      id: project.id,
      ownerId: pro.id,
    });
    expect(proposed.ok).toBe(true);
    await eventually('proposal', () => services.proposals.ofProject(project.id).length === 1);
    await eventually('notification', () => services.notifications.unreadCount(pro.id) === 1);
    await eventually('notification list', () => services.notifications.list(pro.id).length === 1);
  });

  it('alerts: created through A, on B', async () => {
    await services.alerts.save(pro.id, project.id, 15);
    await eventually('alert', async () =>
      (await b.call<AlertView[]>('alerts.ofOwner', pro.id)).some((alert) => alert.threshold === 15),
    );
  });

  it('conversations and unread counts: a first message through A, in the inbox on B; the reply through B, unread on A', async () => {
    const started = await services.conversations.contact(
      { id: pro.id, name: 'Camille Deux-Instances', profession: 'sage-femme', status: 'remplacant' },
      { communeCode: DOLE, projectId: project.id, offerId: null, shared: [], text: 'Bonjour depuis A' },
    );
    if (!started.ok) throw new Error('not sent');
    conversationId = started.conversation.id;
    await eventually(
      'inbox',
      async () => (await b.call<ConversationView[]>('conversations.inbox', commune())).length === 1,
    );
    await eventually(
      'unread messages',
      async () => (await b.call<number>('conversations.totalUnread', commune())) === 1,
    );
    await eventually(
      'notification',
      async () => (await b.call<number>('notifications.unreadCount', dole.id)) === 1,
    );

    const replied = await b.call<{ ok: boolean }>(
      'conversations.reply',
      started.conversation.id,
      { ...commune(), active: true },
      'Réponse depuis B',
    );
    expect(replied.ok).toBe(true);
    const reader = { side: 'professionnel' as const, id: pro.id, communeCode: null };
    await eventually('reply', () => services.conversations.totalUnread(reader) === 1);
    expect(services.conversations.inbox(reader)[0]?.lastMessage?.text).toBe('Réponse depuis B');
    const thread = await services.conversations.open(started.conversation.id, reader);
    expect(thread?.messages.map((message) => message.text)).toEqual(['Bonjour depuis A', 'Réponse depuis B']);
  });

  it('notifications read through A are no longer counted on B', async () => {
    await services.notifications.markAllRead(dole.id);
    await eventually(
      'read notifications',
      async () => (await b.call<number>('notifications.unreadCount', dole.id)) === 0,
    );
    await eventually('read in the list', async () => {
      const listed = await b.call<{ read: boolean }[]>('notifications.list', dole.id);
      return listed.length > 0 && listed.every((notification) => notification.read);
    });
  });

  it('message reports: reported through A, in the moderators’ queue on B; dismissed through B, gone from A', async () => {
    const reporter = { side: 'professionnel' as const, id: pro.id, communeCode: null, active: true };
    const conversation = await services.conversations.open(conversationId, reporter);
    if (!conversation) throw new Error('no conversation');
    expect((await services.messageReports.report(conversation, reporter, 1, 'Propos déplacés')).ok).toBe(
      true,
    );
    await eventually(
      'report',
      async () => (await b.call<{ text: string }[]>('messageReports.queue'))[0]?.text === 'Réponse depuis B',
    );
    const moderator = await createAccount({ role: 'moderateur' });
    const [report] = services.messageReports.queue();
    const decided = await b.call<{ ok: boolean }>(
      'messageReports.decide',
      { id: moderator.id, email: moderator.email },
      report?.id,
      'classer',
      '',
    );
    expect(decided.ok).toBe(true);
    await eventually('decision', () => services.messageReports.queue().length === 0);
  });

  it('zoning: imported through A, in force on B', async () => {
    const moderator = await createAccount({ role: 'moderateur' });
    const bytes = fs.readFileSync(path.join(__dirname, '../../fixtures/zonage-39.csv'));
    const imported = await services.zoning.import(moderator, '27', { name: 'zonage-39.csv', bytes });
    expect(imported.ok).toBe(true);
    await eventually('zoning', async () => (await b.call<unknown[]>('zoning.entriesOf', '27')).length > 0);
  });

  it('schemes: published through A, in force on B; archived through A, withdrawn on B', async () => {
    const ars = {
      id: null,
      email: 'ars-bfc@exemple.fr',
      owner: 'partenaire:ars:region:27:ARS Bourgogne-Franche-Comté',
      scope: { role: 'partenaire', validated: true, territory: { level: 'region', code: '27' } },
    } as const;
    const created = await services.schemes.create(ars, schemeInput(), { publish: true });
    if (!created.ok) throw new Error(`scheme not published: ${created.reason}`);
    const statusOnB = async () =>
      (await b.call<{ status: string } | null>('schemes.get', created.scheme.id))?.status;
    await eventually('scheme published', async () => (await statusOnB()) === 'publie');
    const archived = await services.schemes.transition(ars, created.scheme.id, 'archiver', 1);
    expect(archived.ok).toBe(true);
    await eventually('scheme archived', async () => (await statusOnB()) === 'archive');
  });

  it('commune needs: stated through B, used by the matching engine of A', async () => {
    const saved = await b.call<{ ok: boolean }>('communeProfiles.save', dole.staff, 0, {
      presentation: 'Une commune accueillante.',
      strengths: { schools: '', transport: '', shops: '', culture: '' },
      healthNeed: 'Nous cherchons une sage-femme.',
      contact: { name: '', email: '', phone: '' },
    });
    expect(saved.ok).toBe(true);
    await eventually('need', () => services.communeNeeds.of(DOLE) === 'Nous cherchons une sage-femme.');
  });

  it('deletions: a project removed through B is gone from A, with its proposals and alert', async () => {
    expect(await b.call<boolean>('projects.remove', pro.id, project.id)).toBe(true);
    await eventually('project deleted', () => services.projects.get(project.id) === undefined);
    await eventually('proposals deleted', () => services.proposals.ofProject(project.id).length === 0);
    await eventually('alert deleted', () => services.alerts.ofOwner(pro.id).length === 0);
  });

  it('a logout through A ends the session on B', async () => {
    const account = await createAccount({ role: 'professionnel' });
    const agent = request.agent(app);
    const cookie = sessionCookieOf(await logIn(agent, account));
    const onB = () => request(b.url).get('/professionnel').set('Cookie', cookie);
    // B reads the session once and keeps it (SESSION_CACHE_SECONDS=300).
    await eventually('session', async () => (await onB()).status === 200);

    const _csrf = await csrfTokenOf(agent, '/professionnel');
    await agent.post('/deconnexion').type('form').send({ _csrf }).expect(303);
    await eventually('logout', async () => (await onB()).status === 302);
  });

  it('a suspension through B ends the account’s session on A', async () => {
    const account = await createAccount({ role: 'professionnel' });
    const moderator = await createAccount({ role: 'moderateur' });
    const agent = await signedInAgent(app, account);
    await agent.get('/professionnel').expect(200);

    const decided = await b.call<{ ok: boolean }>(
      'moderation.decide',
      { id: moderator.id, email: moderator.email },
      account.id,
      'suspendre',
      'Comportement abusif',
    );
    expect(decided.ok).toBe(true);
    await eventually('suspension', async () => (await agent.get('/professionnel')).status === 302);
    await eventually('moderators’ list', async () =>
      (await services.moderation.accounts({ status: 'suspendu' })).some((listed) => listed.id === account.id),
    );
  });
});
