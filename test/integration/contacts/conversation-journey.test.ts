// The main journey over HTTP: a professional writes from an offer and shares part of a project; the
// commune sees who wrote, replies (unread counts on both sides), plans a visit, declares an
// installation; the professional confirms it; the partner statistics' facts then hold it.
import * as cheerio from 'cheerio';
import { createAccount, signedInAgent } from '../../support/accounts';
import { useTestApp } from '../../support/test-app';
import {
  DOLE,
  PROJECT,
  communeStaff,
  doleOffer,
  postForm,
  professional,
  unreadBadge,
} from './conversation-fixtures';

const built = useTestApp();

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

it('goes from "Je suis intéressé(e)" to a confirmed installation, counted in the statistics', async () => {
  const mairie = await communeStaff(DOLE, 'actif', 'Agent Dole');
  const offerId = await doleOffer(built.services, mairie.staff);
  const pro = await professional(built.services, 'Anouk Berthelot');
  const project = await built.services.projects.create(pro.id, PROJECT);
  const proAgent = await signedInAgent(built.app, pro);
  const communeAgent = await signedInAgent(built.app, mairie);

  // The offer page shows the button to professionals; the contact page names the offer.
  const offerPage = await proAgent.get(`/offres/${offerId}`).expect(200);
  const contactHref = cheerio.load(offerPage.text)('a[data-contact]').attr('href') ?? '';
  expect(contactHref).toBe(`/professionnel/contact?commune=${DOLE}&offre=${offerId}`);
  const contactPage = await proAgent.get(contactHref).expect(200);
  expect(contactPage.text).toContain('Maison T4 pour soignants');

  // An empty message is refused next to the field, with the choices kept.
  const empty = await postForm(proAgent, contactHref, '/professionnel/contact', {
    commune: DOLE,
    offre: offerId,
    projet: project.id,
    partage: ['foyer', 'debut'],
    message: '   ',
  });
  expect(empty.status).toBe(400);
  const emptyPage = cheerio.load(empty.text);
  expect(emptyPage('#message-error').text()).toContain('Écrivez votre message');
  expect(emptyPage('#partage-foyer').is(':checked')).toBe(true);

  const sent = await postForm(proAgent, contactHref, '/professionnel/contact', {
    commune: DOLE,
    offre: offerId,
    projet: project.id,
    partage: ['foyer', 'debut', 'logement'],
    message: 'Bonjour, la maison m’intéresse beaucoup.',
  });
  expect(sent.status).toBe(303);
  const threadPath = String(sent.headers.location);
  const id = threadPath.split('/').at(-1) ?? '';
  expect(threadPath).toBe(`/professionnel/messages/${id}`);
  expect(id).not.toContain(pro.id);

  // The commune: one unread, the name, profession and shared lines (not the rest, not the project name).
  const inbox = await communeAgent.get('/commune/messages').expect(200);
  expect(unreadBadge(inbox.text)).toBe(1);
  expect(
    cheerio.load(inbox.text)(`tr[data-conversation-id="${id}"] td[data-non-lus]`).attr('data-non-lus'),
  ).toBe('1');
  const thread = await communeAgent.get(`/commune/messages/${id}`).expect(200);
  const profile = cheerio.load(thread.text)('#profil-professionnel').text();
  expect(profile).toContain('Anouk Berthelot');
  expect(profile).toContain('Sage-femme');
  expect(profile).toContain('Foyer');
  expect(profile).toContain('septembre 2027');
  expect(profile).toContain('Logement');
  expect(profile).not.toContain('Zone recherchée');
  expect(thread.text).not.toContain(PROJECT.name);
  expect(thread.text).toContain('la maison m’intéresse beaucoup');
  expect(unreadBadge((await communeAgent.get('/commune/messages')).text)).toBe(0);

  // The commune replies: the first answer moves the follow-up to "en discussion".
  const replied = await postForm(communeAgent, `/commune/messages/${id}`, `/commune/messages/${id}/reponse`, {
    message: 'Bonjour, venez visiter la maison !',
  });
  expect(replied.status).toBe(303);
  const proInbox = await proAgent.get('/professionnel/messages').expect(200);
  expect(unreadBadge(proInbox.text)).toBe(1);
  expect(proInbox.text).toContain('En discussion');
  const proThread = await proAgent.get(threadPath).expect(200);
  expect(proThread.text).toContain('venez visiter la maison');
  expect(proThread.text).toContain('Commune de Dole (39)');
  expect(unreadBadge((await proAgent.get('/professionnel/messages')).text)).toBe(0);

  // A visit, then the declared installation with its levers.
  const visit = await postForm(communeAgent, `/commune/messages/${id}`, `/commune/messages/${id}/suivi`, {
    action: 'planifier-visite',
    dateVisite: inDays(10),
  });
  expect(visit.status).toBe(303);
  const declared = await postForm(communeAgent, `/commune/messages/${id}`, `/commune/messages/${id}/suivi`, {
    action: 'declarer-installation',
    dateInstallation: inDays(60),
    communeInstallation: 'Dole (39)',
    leviers: ['logement', 'garde'],
  });
  expect(declared.status).toBe(303);
  expect(built.services.contactFacts().find((fact) => fact.communeCode === DOLE)?.installation).toBeNull();

  const toConfirm = await proAgent.get(threadPath).expect(200);
  expect(cheerio.load(toConfirm.text)('#installation-a-confirmer').text()).toContain('Logement');
  const confirmed = await postForm(proAgent, threadPath, `${threadPath}/suivi`, {
    action: 'confirmer-installation',
  });
  expect(confirmed.status).toBe(303);
  const done = await communeAgent.get(`/commune/messages/${id}`).expect(200);
  expect(cheerio.load(done.text)('#statut-suivi').text()).toBe('Installation confirmée');

  const facts = built.services.contactFacts();
  expect(facts).toHaveLength(1);
  expect(facts[0]).toMatchObject({
    communeCode: DOLE,
    profession: 'sage-femme',
    status: 'remplacant',
    installation: { communeCode: DOLE, levers: ['logement', 'garde'] },
  });
  expect(facts[0]?.person).not.toContain(pro.id);
  expect(facts[0]?.person).toBe(built.services.contactFacts()[0]?.person);

  // The ARS of the région sees it in its dashboard, as a figure from fewer than 5 people: 0 or 5
  // (never 1), the same for both levers since the same person stands behind them.
  const ars = await signedInAgent(built.app, await createAccount({ role: 'partenaire' }));
  const levers = (await ars.get('/partenaire/tableau-de-bord/export/leviers.csv').expect(200)).text;
  const line = (label: string) => levers.split(/\r?\n/).find((row) => row.startsWith(label));
  expect(['Logement;0', 'Logement;5']).toContain(line('Logement'));
  expect(line('Garde d’enfants')).toBe(`Garde d’enfants;${line('Logement')?.split(';')[1] ?? ''}`);
  expect(line('Aide financière')).toBe('Aide financière;0');
}, 60_000);

it('explains that a commune without a validated account cannot receive messages', async () => {
  const agent = await signedInAgent(built.app, await professional(built.services, 'Lou Sans Mairie'));
  const page = await agent.get('/professionnel/contact?commune=25056').expect(200);
  expect(cheerio.load(page.text)('#contact-impossible').text()).toContain('n’a pas encore de compte validé');
  expect(cheerio.load(page.text)('form[action="/professionnel/contact"]')).toHaveLength(0);
  const sent = await postForm(agent, '/professionnel/contact?commune=39198', '/professionnel/contact', {
    commune: '25056',
    message: 'Bonjour',
  });
  expect(sent.status).toBe(400);
  // Other roles see why there is no button; a broken link is a 400, never a 500.
  expect((await agent.get('/professionnel/contact?commune=abc')).status).toBe(400);
  const partner = await signedInAgent(built.app, await createAccount({ role: 'partenaire' }));
  const offerless = await partner.get('/communes/39198').expect(200);
  expect(cheerio.load(offerless.text)('[data-contact-info]').text()).toContain('Seuls les professionnels');
});
