// No page view makes the embedded database read a whole collection: every command a page sends is
// recorded (the driver's command monitoring) and a find, count, aggregation, update or delete whose
// filter is anything but `{ _id: <id> }` fails the test (see test/support/database-commands.ts).
// Each role's pages are walked with data on them: offers, projects, a conversation with a confirmed
// installation, notifications, a message report, a pending account.
import fs from 'node:fs';
import path from 'node:path';
import type { Express } from 'express';
import mongoose from 'mongoose';
import type request from 'supertest';
import { ConversationModel } from '../../../src/models/conversation';
import type { Services } from '../../../src/services';
import { createAccount, signedInAgent } from '../../support/accounts';
import { type SentCommand, readsByIdOnly, recordCommands } from '../../support/database-commands';
import { doleProject } from '../../support/projects';
import { buildTestApp } from '../../support/test-app';
import { useTestDatabase } from '../../support/test-database';
import { routeTable, sampleUrl } from '../../support/route-table';
import { DOLE, communeStaff, doleOffer, postForm, professional } from '../contacts/conversation-fixtures';
import { confirmedInstallation } from '../retention/installation-fixtures';

type Agent = ReturnType<typeof request.agent>;

const database = useTestDatabase({ monitorCommands: true });
let app: Express;
let services: Services;
let commands: ReturnType<typeof recordCommands>;
const agents = {} as Record<'anonyme' | 'professionnel' | 'commune' | 'partenaire' | 'moderateur', Agent>;
const ids = { commune: DOLE, offer: '', project: '', conversation: '', pending: '' };

/**
 * Commands a page view may send although they are not lookups by `_id`, each with its reason.
 * (A page view's writes, such as the session's, are by `_id` too.)
 */
const ALLOWED: { page: RegExp; collection: string; why: string }[] = [
  {
    page: /^\/moderation\/journal/,
    collection: 'audit_events',
    why:
      'the moderators’ audit journal: the security events’ store of record, never trimmed, filtered by action, ' +
      'actor, target and dates; opened rarely, by moderators only, and kept out of memory on purpose',
  },
  {
    page: /^\/mon-compte\/export$/,
    collection: '*',
    why: 'the account export (RGPD access right): reads everything stored about the person, from the store of record',
  },
];

const allowed = (path: string, command: SentCommand) =>
  ALLOWED.some(
    (exception) =>
      exception.page.test(path) &&
      (exception.collection === '*' || exception.collection === command.collection),
  );

beforeAll(async () => {
  ({ app, services } = await buildTestApp(database.current));
  commands = recordCommands(mongoose.connection);
  const mairie = await communeStaff(DOLE);
  ids.offer = await doleOffer(services, mairie.staff);
  const { pro, proAgent, id } = await confirmedInstallation(app, services, 'Léa Sans-Scan');
  ids.conversation = id;
  const project = await services.projects.create(pro.id, doleProject());
  await services.projects.setFavorite(pro.id, project.id, DOLE, true);
  ids.project = project.id;
  // A project the commune sees among its compatible projects.
  const sharing = await professional(services, 'Noé Partage', true);
  await services.projects.create(sharing.id, doleProject({ name: 'Projet partagé' }));
  agents.commune = await signedInAgent(app, mairie);
  const thread = `/commune/messages/${id}`;
  const replied = await postForm(agents.commune, thread, `${thread}/reponse`, { message: 'À signaler' });
  if (replied.status !== 303) throw new Error(`reply failed: ${replied.status}`);
  const messages = (await ConversationModel.findById(id).lean())?.messages ?? [];
  const proThread = `/professionnel/messages/${id}`;
  const reported = await postForm(proAgent, proThread, `${proThread}/signalement`, {
    message: String(messages.length - 1),
  });
  if (reported.status !== 303) throw new Error(`report failed: ${reported.status}`);
  agents.professionnel = proAgent;
  const ars = await createAccount({ role: 'partenaire' });
  agents.partenaire = await signedInAgent(app, ars);
  // Two versions of the région's zoning: the history lists both.
  const zoningFile = {
    name: 'zonage-39.csv',
    bytes: fs.readFileSync(path.join(__dirname, '../../fixtures/zonage-39.csv')),
  };
  for (let i = 0; i < 2; i += 1) {
    const imported = await services.zoning.import(ars, '27', zoningFile);
    if (!imported.ok) throw new Error(`zoning import failed: ${imported.reason}`);
  }
  agents.moderateur = await signedInAgent(app, await createAccount({ role: 'moderateur' }));
  ids.pending = (await createAccount({ role: 'commune', status: 'en-attente' })).id;
  agents.anonyme = (await import('supertest')).default.agent(app);
}, 120_000);

/** Every hot page of each role (those a person opens again and again). */
const PAGES: [keyof typeof agents, string][] = [
  ['anonyme', '/'],
  ['anonyme', '/offres'],
  ['anonyme', '/offres?q=maison&type=logement'],
  ['anonyme', '/offres/:offer'],
  ['anonyme', '/communes/:commune'],
  ['anonyme', '/carte'],
  ['anonyme', '/carte/donnees.json'],
  ['anonyme', '/api/communes?q=dol'],
  ['anonyme', '/api/v1/offres'],
  ['anonyme', '/essai'],
  ['anonyme', '/connexion'],
  ['professionnel', '/professionnel'],
  ['professionnel', '/professionnel/projets/:project/resultats'],
  ['professionnel', '/professionnel/projets/:project/modifier'],
  ['professionnel', '/professionnel/projets/:project/alerte'],
  ['professionnel', '/professionnel/profil'],
  ['professionnel', '/professionnel/contact?commune=:commune'],
  ['professionnel', '/professionnel/messages'],
  ['professionnel', '/professionnel/messages/:conversation'],
  ['professionnel', '/professionnel/installations'],
  ['professionnel', '/mon-compte/notifications'],
  ['professionnel', '/mon-compte'],
  ['commune', '/commune'],
  ['commune', '/commune/offres/:offer/modifier'],
  ['commune', '/commune/messages'],
  ['commune', '/commune/messages/:conversation'],
  ['commune', '/commune/messages/modeles'],
  ['commune', '/commune/projets'],
  ['commune', '/commune/maintien'],
  ['commune', '/commune/profil'],
  ['commune', '/mon-compte/notifications'],
  ['partenaire', '/partenaire'],
  ['partenaire', '/partenaire/tableau-de-bord'],
  ['partenaire', '/partenaire/dispositifs'],
  ['partenaire', '/partenaire/zonage'],
  ['partenaire', '/mon-compte/notifications'],
  ['moderateur', '/moderation'],
  ['moderateur', '/moderation/comptes'],
  ['moderateur', '/moderation/comptes?status=en-attente&role=commune&q=personne'],
  ['moderateur', '/moderation/comptes/:pending'],
  ['moderateur', '/moderation/signalements'],
  ['moderateur', '/moderation/zonage?region=27'],
  ['moderateur', '/moderation/journal'],
  ['moderateur', '/moderation/tableau-de-bord'],
  ['moderateur', '/moderation/dispositifs'],
];

/** A route's path with the ids of this file's data where it names one (else sampleUrl's unknown ids). */
const withKnownIds = (path: string) =>
  path
    .replace(/^(\/offres|\/commune\/offres)\/:id/, `$1/${ids.offer}`)
    .replace(/^\/professionnel\/projets\/:id/, `/professionnel/projets/${ids.project}`)
    .replace(/^\/(professionnel|commune)\/messages\/:id/, `/$1/messages/${ids.conversation}`)
    .replace(/^\/moderation\/comptes\/:id/, `/moderation/comptes/${ids.pending}`);

const describeCommand = (command: SentCommand) =>
  `${command.name} ${command.collection} ${JSON.stringify(command.filters)}`;

describe('page views read by _id only', () => {
  it('records what a page sends (the detector sees a scan)', async () => {
    const sent = await commands.during(() => mongoose.connection.collection('users').findOne({ role: 'x' }));
    expect(sent.filter((command) => !readsByIdOnly(command)).map(describeCommand)).toEqual([
      'find users [{"role":"x"}]',
    ]);
    const byId = await commands.during(() =>
      mongoose.connection.collection('users').findOne({ _id: new mongoose.Types.ObjectId() }),
    );
    expect(byId.map((command) => [command.name, readsByIdOnly(command)])).toEqual([['find', true]]);
  });

  it.each(PAGES)('%s: %s', async (role, page) => {
    const path = page.replace(
      /:(commune|offer|project|conversation|pending)\b/,
      (_, name: keyof typeof ids) => ids[name],
    );
    const sent = await commands.during(async () => {
      const response = await agents[role].get(path);
      expect(response.status).toBe(200);
    });
    const scans = sent
      .filter((command) => !readsByIdOnly(command) && !allowed(path, command))
      .map(describeCommand);
    expect(scans).toEqual([]);
  });

  it('every GET route of the route table, as the role of its area', async () => {
    const AREA_ROLES: [RegExp, keyof typeof agents][] = [
      [/^\/professionnel(\/|$)/, 'professionnel'],
      [/^\/commune(\/|$)/, 'commune'],
      [/^\/partenaire(\/|$)/, 'partenaire'],
      [/^\/moderation(\/|$)/, 'moderateur'],
      [/^\/mon-compte(\/|$)/, 'professionnel'],
    ];
    const found: string[] = [];
    for (const route of routeTable(app).filter((r) => r.method === 'GET')) {
      const role = AREA_ROLES.find(([pattern]) => pattern.test(route.path))?.[1] ?? 'anonyme';
      const url = sampleUrl(withKnownIds(route.path));
      let status = 0;
      const sent = await commands.during(async () => {
        status = (await agents[role].get(url)).status;
      });
      for (const command of sent.filter((c) => !readsByIdOnly(c) && !allowed(url, c)))
        found.push(`${role} ${url} (${String(status)}): ${describeCommand(command)}`);
    }
    expect(found).toEqual([]);
  });
});
