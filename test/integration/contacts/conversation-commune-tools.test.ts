// The commune's tools: nonsense follow-up changes refused in French, assignment only to the
// commune's own validated staff, closing, reply templates with compare-and-set, and a reported
// message reaching the moderators' queue.
import * as cheerio from 'cheerio';
import { createAccount, signedInAgent } from '../../support/accounts';
import { useTestApp } from '../../support/test-app';
import { BESANCON, DOLE, communeStaff, postForm, professional, writeTo } from './conversation-fixtures';

const built = useTestApp();

const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

it('refuses follow-up changes that make no sense, with a French reason', async () => {
  const mairie = await communeStaff(DOLE);
  const pro = await professional(built.services, 'Fanny Suivi');
  const proAgent = await signedInAgent(built.app, pro);
  const id = await writeTo(proAgent, DOLE);
  const communeAgent = await signedInAgent(built.app, mairie);
  const path = `/commune/messages/${id}`;
  const proPath = `/professionnel/messages/${id}`;

  const confirm = await postForm(proAgent, proPath, `${proPath}/suivi`, { action: 'confirmer-installation' });
  expect(confirm.status).toBe(400);
  expect(confirm.text).toContain('Aucune installation n’a été déclarée');

  const pastVisit = await postForm(communeAgent, path, `${path}/suivi`, {
    action: 'planifier-visite',
    dateVisite: daysFromNow(-30),
  });
  expect(pastVisit.status).toBe(400);
  expect(cheerio.load(pastVisit.text)('#dateVisite-error').text()).toContain('date de visite à venir');
  expect(cheerio.load(pastVisit.text)('#dateVisite').val()).toBe(daysFromNow(-30));

  const noReason = await postForm(communeAgent, path, `${path}/suivi`, {
    action: 'classer-sans-suite',
    motif: '',
  });
  expect(noReason.status).toBe(400);
  expect(cheerio.load(noReason.text)('#motif-error').text()).toContain('Indiquez pourquoi');

  const unknownCommune = await postForm(communeAgent, path, `${path}/suivi`, {
    action: 'declarer-installation',
    dateInstallation: daysFromNow(30),
    communeInstallation: 'Nullepart-sur-Mer',
  });
  expect(unknownCommune.status).toBe(400);
  expect(cheerio.load(unknownCommune.text)('#communeInstallation-error').text()).toContain(
    'Commune inconnue',
  );

  const garbage = await postForm(communeAgent, path, `${path}/suivi`, { action: 'tout-casser', intrus: 'x' });
  expect(garbage.status).toBe(400);

  // Closed: no status change, no message, until reopened.
  expect((await postForm(communeAgent, path, `${path}/cloture`, { clore: 'oui' })).status).toBe(303);
  const frozen = await postForm(communeAgent, path, `${path}/suivi`, { action: 'discuter' });
  expect(frozen.status).toBe(400);
  expect(frozen.text).toContain('Cette conversation est close');
  expect((await postForm(proAgent, proPath, `${proPath}/reponse`, { message: 'Allô ?' })).status).toBe(400);
  const closedList = await communeAgent.get('/commune/messages?vue=closes').expect(200);
  expect(closedList.text).toContain(id);
  expect((await communeAgent.get('/commune/messages')).text).not.toContain(id);
  expect((await postForm(communeAgent, path, `${path}/cloture`, { clore: 'non' })).status).toBe(303);

  // Sans suite, then reopened.
  expect(
    (
      await postForm(communeAgent, path, `${path}/suivi`, {
        action: 'classer-sans-suite',
        motif: 'Projet abandonné',
      })
    ).status,
  ).toBe(303);
  expect((await proAgent.get(proPath)).text).toContain('Sans suite : Projet abandonné');
  expect((await postForm(communeAgent, path, `${path}/suivi`, { action: 'discuter' })).status).toBe(303);
  expect((await communeAgent.get('/commune/messages?statut=en-discussion')).text).toContain(id);
  expect((await communeAgent.get('/commune/messages?statut=inconnu')).status).toBe(400);
}, 60_000);

it('assigns only to a validated staff member of the same commune', async () => {
  const mairie = await communeStaff(DOLE, 'actif', 'Alice Mairie');
  const colleague = await communeStaff(DOLE, 'actif', 'Bruno Collègue');
  const pendingColleague = await communeStaff(DOLE, 'en-attente', 'Chloé Attente');
  const elsewhere = await communeStaff(BESANCON, 'actif', 'Denis Besançon');
  const id = await writeTo(
    await signedInAgent(built.app, await professional(built.services, 'Gaspard Assign')),
    DOLE,
  );
  const agent = await signedInAgent(built.app, mairie);
  const path = `/commune/messages/${id}`;

  const options = cheerio
    .load((await agent.get(path)).text)('#responsable option')
    .map((_, o) => cheerio.load(o).text())
    .get();
  expect(options).toEqual(expect.arrayContaining(['Alice Mairie (vous)', 'Bruno Collègue']));
  expect(options.join()).not.toMatch(/Chloé|Denis/);

  for (const outsider of [elsewhere.id, pendingColleague.id]) {
    const refused = await postForm(agent, path, `${path}/responsable`, { responsable: outsider });
    expect(refused.status).toBe(400);
    expect(cheerio.load(refused.text)('#responsable-error').text()).toContain('membre validé');
  }
  expect((await postForm(agent, path, `${path}/responsable`, { responsable: colleague.id })).status).toBe(
    303,
  );
  const colleagueAgent = await signedInAgent(built.app, colleague);
  expect((await colleagueAgent.get('/commune/messages?vue=moi')).text).toContain(id);
  expect((await agent.get('/commune/messages?vue=non-assignees')).text).not.toContain(id);
}, 60_000);

it('keeps reply templates per commune, with compare-and-set', async () => {
  const mairie = await communeStaff(DOLE);
  const colleague = await communeStaff(DOLE);
  const agent = await signedInAgent(built.app, mairie);
  const colleagueAgent = await signedInAgent(built.app, colleague);
  const page = '/commune/messages/modeles';

  const first = await postForm(agent, page, page, {
    revision: '0',
    titre: 'Accueil',
    texte: 'Bienvenue à Dole !',
  });
  expect(first.status).toBe(303);
  // The colleague's form was loaded before the first template: their stale revision is refused.
  const stale = await postForm(colleagueAgent, page, page, {
    revision: '0',
    titre: 'Doublon',
    texte: 'Texte',
  });
  expect(stale.status).toBe(409);
  expect(cheerio.load(stale.text)('#titre').val()).toBe('Doublon');
  const listed = await colleagueAgent.get(page);
  expect(listed.text).toContain('Bienvenue à Dole !');
  const editHref = cheerio.load(listed.text)('#liste-modeles a').attr('href') ?? '';
  const edited = await postForm(colleagueAgent, editHref, editHref, {
    revision: '1',
    titre: 'Accueil',
    texte: 'Bienvenue, vraiment !',
  });
  expect(edited.status).toBe(303);
  const lostUpdate = await postForm(agent, editHref, editHref, {
    revision: '1',
    titre: 'Accueil',
    texte: 'Écrasé ?',
  });
  expect(lostUpdate.status).toBe(409);
  const empty = await postForm(agent, page, page, { revision: '2', titre: '', texte: '' });
  expect(empty.status).toBe(400);
  expect(cheerio.load(empty.text)('#titre-error').text()).toContain('Donnez un titre');

  // Another commune does not see them; the thread's template picker fills the reply.
  const besancon = await signedInAgent(built.app, await communeStaff(BESANCON));
  expect((await besancon.get(page)).text).not.toContain('Bienvenue');
  const id = await writeTo(
    await signedInAgent(built.app, await professional(built.services, 'Hugo Modèle')),
    DOLE,
  );
  const templateId = editHref.split('/').at(-1) ?? '';
  const thread = await agent.get(`/commune/messages/${id}?modele=${templateId}`).expect(200);
  expect(cheerio.load(thread.text)('textarea#message').text().trim()).toBe('Bienvenue, vraiment !');

  expect((await postForm(agent, page, `${editHref}/suppression`, { revision: '2' })).status).toBe(303);
  expect((await agent.get(page)).text).toContain('pas encore de modèle');
}, 60_000);

it('sends a reported message to the moderators, who dismiss it or suspend its author', async () => {
  const mairie = await communeStaff(DOLE);
  const pro = await professional(built.services, 'Inès Signal');
  const proAgent = await signedInAgent(built.app, pro);
  const id = await writeTo(proAgent, DOLE, { message: 'Message tout à fait correct' });
  const communeAgent = await signedInAgent(built.app, mairie);
  const path = `/commune/messages/${id}`;
  await postForm(communeAgent, path, `${path}/reponse`, { message: 'Réponse insultante à modérer' });

  // One's own message cannot be reported.
  expect((await postForm(communeAgent, path, `${path}/signalement`, { message: '1' })).status).toBe(400);
  const proPath = `/professionnel/messages/${id}`;
  expect((await postForm(proAgent, proPath, `${proPath}/signalement`, { message: '1' })).status).toBe(303);
  expect((await postForm(proAgent, proPath, `${proPath}/signalement`, { message: '1' })).status).toBe(303);

  const moderator = await signedInAgent(built.app, await createAccount({ role: 'moderateur' }));
  const home = await moderator.get('/moderation').expect(200);
  expect(cheerio.load(home.text)('a[href="/moderation/signalements"]')).toHaveLength(1);
  const queue = await moderator.get('/moderation/signalements').expect(200);
  const reports = cheerio.load(queue.text)('[data-report-id]');
  expect(reports).toHaveLength(1);
  expect(reports.text()).toContain('Réponse insultante à modérer');
  expect(reports.text()).toContain('Commune de Dole (39)');
  expect(reports.text()).toContain('Inès Signal');
  const action = cheerio.load(queue.text)('[data-report-id] form').attr('action') ?? '';

  const noReason = await postForm(moderator, '/moderation/signalements', action, {
    decision: 'suspendre',
    motif: '',
  });
  expect(noReason.status).toBe(400);
  expect(noReason.text).toContain('Indiquez la raison');
  expect(
    (
      await postForm(moderator, '/moderation/signalements', action, {
        decision: 'suspendre',
        motif: 'Propos insultants',
      })
    ).status,
  ).toBe(303);
  expect((await built.services.moderation.account(mairie.id))?.status).toBe('suspendu');
  expect(
    cheerio.load((await moderator.get('/moderation/signalements')).text)('[data-report-id]'),
  ).toHaveLength(0);
}, 60_000);
