// Issue 18 as its reviewer checks it, in a real browser: a validated ARS partner publishes a nurses'
// scheme for the very under-served zones of its région; a nurse's project near Dole (no aid of its
// own, but in such a zone once the ARS zoning is imported) gets it in Dole's package, with its
// commitment, and the ranking and its explanation use it; three communes are compared; the nurse
// writes to Dole, the commune declares the installation, the nurse confirms it: the project leaves
// Dole's « Projets compatibles » and its alert stops; seven months later the 6-month check-in is
// asked on the nurse's home, e-mailed, and answered with one click; the partner's dashboard counts
// it, anonymised, under the small-count rule (one answer: 0 or 5; six answers: within 2 of six).
// Last, a moderator publishes a national scheme from the moderation queue; Dole's public page and
// the open data API list both. axe checks the pages shown.
import type { Page } from 'playwright-core';
import { NotificationModel } from '../../src/models/notification';
import { createAccount, emailsTo, linkIn } from '../support/accounts';
import { expectAccessible, logInThroughTheForm, openPage, useBrowserApp } from '../support/browser-app';
import { professionalWithProject } from '../support/dashboard';
import { aidOffer, communeStaff, welcomeOffer } from '../support/offers';
import { confirmedInstallation, confirmedMonthsAgo } from '../integration/retention/installation-fixtures';

const served = useBrowserApp();

const DOLE = '39198';
const TAVAUX = '39526';
const FOUCHERANS = '39233';
const SCHEME = 'Aide régionale à l’installation des infirmiers';
const NURSE = 'Camille Soignante';
const NATIONAL = 'Contrat d’aide à la première installation des infirmiers (CAPII)';

let mairie: Awaited<ReturnType<typeof communeStaff>>;
let tavaux: Awaited<ReturnType<typeof communeStaff>>;
let foucherans: Awaited<ReturnType<typeof communeStaff>>;
let partner: { email: string; password: string };
let nurse: { id: string; email: string; password: string };
let projectId: string;
let resultsPath: string;
let nursePage: Page;
let conversationId: string;

beforeAll(async () => {
  // Three communes with a welcome day each, none with an aid of its own.
  mairie = await communeStaff(DOLE, { name: 'Agent de Dole' });
  tavaux = await communeStaff(TAVAUX);
  foucherans = await communeStaff(FOUCHERANS);
  for (const staff of [mairie, tavaux, foucherans])
    await served.services.offers.create(
      staff,
      'accueil',
      welcomeOffer(`Journée d’accueil ${staff.communeCode}`),
      {
        publish: true,
      },
    );
  // The ARS of Bourgogne-Franche-Comté (validated), and its zoning: Dole very under-served for nurses.
  partner = await createAccount({ role: 'partenaire' });
  const zoning = await served.services.zoning.import(await createAccount({ role: 'partenaire' }), '27', {
    name: 'zonage.csv',
    bytes: Buffer.from(
      `code_commune;profession;zone;date_effet\n${DOLE};infirmier;très sous-dotée;2025-01-01\n`,
    ),
  });
  expect(zoning.ok).toBe(true);
  // A nurse whose project (around Tavaux, aid important) is shown to communes, anonymised.
  nurse = await professionalWithProject(
    served.services,
    'infirmier',
    { around: { commune: TAVAUX, radiusKm: 30 } },
    { name: NURSE, shareAnonymised: true },
  );
  projectId = String(served.services.projects.ofOwner(nurse.id)[0]?.id);
  resultsPath = `/professionnel/projets/${projectId}/resultats`;
  nursePage = (await openPage(served)).page;
  await logInThroughTheForm(nursePage, served.baseUrl, nurse);
}, 60_000);

const submit = async (page: Page, name: string) => {
  await page.getByRole('button', { name, exact: true }).click();
  await page.waitForLoadState('load');
};

const text = async (page: Page, selector: string) =>
  ((await page.locator(selector).first().textContent()) ?? '').replace(/\s+/g, ' ');

const alertsOfNurse = () => NotificationModel.countDocuments({ recipientId: nurse.id, kind: 'alerte' });

/** Publishes an aid offer of a commune and waits for the alert evaluations it starts. */
async function publishAid(staff: typeof tavaux, title: string) {
  await served.services.offers.create(staff, 'aide-financiere', aidOffer(title), { publish: true });
  await served.services.alerts.idle();
}

/** Fills the scheme form as a person does: a nurses' installation aid against months in a very under-served zone. */
async function fillSchemeForm(
  page: Page,
  scheme: {
    title: string;
    grantor: string;
    grantorKind: string;
    amountKind: string;
    eur: string;
    months: string;
    territory: string;
    officialUrl: string;
  },
) {
  await page.getByLabel('Titre').fill(scheme.title);
  await page
    .getByLabel('Présentation')
    .fill('Une aide versée à l’infirmier qui s’installe dans une zone très sous-dotée.');
  await page.getByLabel('Organisme qui accorde l’aide').fill(scheme.grantor);
  await page.getByLabel('Type d’organisme').selectOption(scheme.grantorKind);
  await page.getByLabel('Page officielle').fill(scheme.officialUrl);
  await page.getByLabel('Forme du montant').selectOption(scheme.amountKind);
  await page.getByLabel('Montant, en euros (montant fixe ou maximum)').fill(scheme.eur);
  await page.getByLabel('Durée d’engagement, en mois (facultatif)').fill(scheme.months);
  await page.getByLabel('Lieu d’exercice pendant l’engagement').selectOption('zone');
  // DSFR draws the boxes over the inputs: check them through their values.
  for (const [name, value] of [
    ['commitmentZones', 'tres-sous-dotee'],
    ['professions', 'infirmier'],
    ['statuses', 'installe'],
    ['zones', 'tres-sous-dotee'],
  ])
    await page.locator(`input[name="${name}"][value="${value}"]`).check({ force: true });
  await page.getByLabel('Territoire', { exact: true }).selectOption(scheme.territory);
}

describe('the reviewer’s path through issue 18', () => {
  it('a validated partner publishes a nurses’ scheme for the very under-served zones of its région', async () => {
    const { page, problems } = await openPage(served);
    await logInThroughTheForm(page, served.baseUrl, partner);
    await page.goto(`${served.baseUrl}/partenaire/dispositifs`);
    await page.getByRole('link', { name: 'Nouveau dispositif' }).click();
    await page.waitForLoadState('load');
    await expectAccessible(page, '/partenaire/dispositifs/nouveau');
    await fillSchemeForm(page, {
      title: SCHEME,
      grantor: 'ARS Bourgogne-Franche-Comté',
      grantorKind: 'ars',
      amountKind: 'fixe',
      eur: '12000',
      months: '36',
      territory: 'region:27',
      officialUrl: 'https://bourgogne-franche-comte.paps.sante.fr/',
    });
    await submit(page, 'Enregistrer en brouillon');
    expect(new URL(page.url()).pathname).toBe('/partenaire/dispositifs');
    await page.getByRole('button', { name: `Publier : ${SCHEME}` }).click();
    await page.waitForLoadState('load');
    await expectAccessible(page, '/partenaire/dispositifs');
    expect(await text(page, '#dispositifs tbody tr')).toContain('Publié');
    expect(problems).toEqual([]);
  }, 120_000);

  it('shows the scheme in Dole’s package with its commitment, and ranks Dole first for it', async () => {
    await nursePage.goto(served.baseUrl + resultsPath);
    await expectAccessible(nursePage, resultsPath);
    const cards = nursePage.locator('li[id^="commune-"]');
    expect(await cards.first().getAttribute('id')).toBe(`commune-${DOLE}`);
    const dole = await text(nursePage, `#commune-${DOLE}`);
    expect(dole).toContain('Bouquet d’aides');
    expect(dole).toContain(`${SCHEME}, ARS Bourgogne-Franche-Comté`);
    expect(dole).toMatch(/engagement de 36 mois en zone très sous-dotée/);
    // The explanation of the aid criterion names the scheme; no aid elsewhere.
    const aid = await text(nursePage, `#commune-${DOLE} li[data-critere]:has-text("Aide financière")`);
    expect(aid).toContain(SCHEME);
    expect(await text(nursePage, `#commune-${TAVAUX}`)).toContain('Aide financière : aucune aide proposée');
    expect(await text(nursePage, `#commune-${TAVAUX}`)).not.toContain('Bouquet d’aides');

    // Dole's public page lists it for nurses; Tavaux's lists nothing.
    const { page, problems } = await openPage(served);
    await page.goto(`${served.baseUrl}/communes/${DOLE}`);
    await expectAccessible(page, `/communes/${DOLE}`);
    const row = await text(page, '#dispositifs tbody tr');
    expect(row).toContain(SCHEME);
    expect(row).toContain('Infirmier(ère)');
    await page.goto(`${served.baseUrl}/communes/${TAVAUX}`);
    expect(await page.locator('#dispositifs').count()).toBe(0);
    expect(problems).toEqual([]);
  }, 60_000);

  it('compares Dole with two other communes in one table', async () => {
    await nursePage.goto(served.baseUrl + resultsPath);
    for (const nom of ['Dole', 'Tavaux', 'Foucherans'])
      await nursePage.getByText(`Comparer ${nom}`, { exact: true }).click();
    await submit(nursePage, 'Comparer les communes cochées');
    expect(nursePage.url()).toContain('/comparer?communes=');
    await expectAccessible(nursePage, '/professionnel/projets/:id/comparer');
    const table = nursePage.locator('#comparaison table');
    expect(await table.locator('caption').textContent()).toContain('Comparaison de 3 communes');
    const columns = await table.locator('thead th[scope="col"]').allTextContents();
    const doleColumn = columns.findIndex((column) => column.includes('Dole'));
    const cell = async (row: string) =>
      (
        (await table
          .locator('tbody tr', { has: nursePage.locator(`th:text-is("${row}")`) })
          .locator('td')
          .nth(doleColumn - 1)
          .textContent()) ?? ''
      ).replace(/\s+/g, ' ');
    expect(await cell('Bouquet d’aides : valeur totale')).toContain(SCHEME);
    expect(await cell('Bouquet d’aides : valeur totale')).toMatch(/12\s000\s€/);
    expect(await cell('Engagements demandés en retour')).toContain('36 mois en zone très sous-dotée');
    expect(await cell('Zonage de l’ARS pour votre profession')).toContain('zone très sous-dotée');
  }, 60_000);

  it('confirms the installation through the conversation: the project leaves « Projets compatibles », alerts stop', async () => {
    // The nurse's alert on this project (threshold 1 point), created from the results page.
    await nursePage.goto(served.baseUrl + resultsPath);
    await nursePage.locator('#lien-alerte').click();
    await nursePage.waitForLoadState('load');
    await nursePage.getByLabel('Hausse de score à signaler (points sur 100)').fill('1');
    await submit(nursePage, 'Créer une alerte');
    await publishAid(tavaux, 'Prime communale avant installation');
    expect(await alertsOfNurse()).toBe(1);

    // Dole sees the project, anonymised, among its compatible projects.
    const commune = await openPage(served);
    const communePage = commune.page;
    await logInThroughTheForm(communePage, served.baseUrl, mairie);
    await communePage.goto(`${served.baseUrl}/commune/projets`);
    expect(await communePage.locator('main li[id^="projet-"]').count()).toBe(1);
    expect(await communePage.locator('main').textContent()).not.toContain(NURSE);

    // « Je suis intéressé(e) » on Dole's card: the nurse writes about this project.
    await nursePage.goto(served.baseUrl + resultsPath);
    await nursePage.locator(`#commune-${DOLE} a[data-contact]`).click();
    await nursePage.waitForLoadState('load');
    expect(new URL(nursePage.url()).pathname).toBe('/professionnel/contact');
    await nursePage.getByLabel('Votre message').fill('Bonjour, je suis infirmière et Dole m’intéresse.');
    await submit(nursePage, 'Envoyer à la commune');
    conversationId = new URL(nursePage.url()).pathname.split('/').at(-1) ?? '';

    // Dole replies and declares the installation; the nurse confirms it.
    await communePage.goto(`${served.baseUrl}/commune/messages/${conversationId}`);
    await communePage.getByLabel('Votre message').fill('Bienvenue ! Venez visiter le cabinet.');
    await submit(communePage, 'Envoyer');
    await communePage
      .getByLabel('Date d’installation')
      .fill(new Date(Date.now() - 10 * 86_400_000).toISOString().slice(0, 10));
    await communePage.getByLabel('Logement', { exact: true }).check({ force: true });
    await submit(communePage, 'Déclarer l’installation');
    await nursePage.goto(`${served.baseUrl}/professionnel/messages/${conversationId}`);
    await submit(nursePage, 'Je confirme mon installation');
    expect(await nursePage.locator('#statut-suivi').textContent()).toBe('Installation confirmée');

    // Gone from Dole's compatible projects; a new aid nearby alerts nobody.
    await communePage.goto(`${served.baseUrl}/commune/projets`);
    expect(await communePage.locator('main li[id^="projet-"]').count()).toBe(0);
    await expectAccessible(communePage, '/commune/projets (après l’installation)');
    await publishAid(foucherans, 'Prime communale après installation');
    expect(await alertsOfNurse()).toBe(1);
    expect(commune.problems).toEqual([]);
    await commune.context.close();
  }, 180_000);

  it('answers the 6-month check-in e-mailed seven months later, with one click', async () => {
    await confirmedMonthsAgo(served.services, conversationId, 7);
    // The nurse's home asks it, and leads to the form.
    await nursePage.goto(`${served.baseUrl}/professionnel`);
    await expectAccessible(nursePage, '/professionnel (point d’étape dû)');
    await nursePage
      .getByRole('link', { name: '6 mois après votre installation : exercez-vous toujours à Dole ?' })
      .click();
    await nursePage.waitForLoadState('load');
    expect(new URL(nursePage.url()).pathname).toBe('/professionnel/installations');
    await expectAccessible(nursePage, '/professionnel/installations (point d’étape dû)');
    expect(await text(nursePage, `#installation-${conversationId} legend`)).toContain(
      '6 mois après : exercez-vous toujours à Dole ?',
    );

    // The daily run e-mails the check-in; its link records the answer in one click.
    await served.services.checkInReminders.run(new Date());
    await served.services.jobs.idle();
    const email = emailsTo(served.config.mail.outboxDir, nurse.email).find((sent) =>
      sent.subject.startsWith('Exercez-vous'),
    );
    expect(email?.subject).toBe('Exercez-vous toujours à Dole ?');
    const link = linkIn(email?.text ?? '', '/point-d-etape/');
    const { page, problems } = await openPage(served);
    await page.goto(served.baseUrl + link);
    await expectAccessible(page, '/point-d-etape/:jeton');
    await submit(page, 'J’exerce toujours à Dole');
    expect(problems).toEqual([]);

    await nursePage.goto(`${served.baseUrl}/professionnel/installations`);
    const sixMonths = await text(nursePage, `#installation-${conversationId} tbody tr`);
    expect(sixMonths).toMatch(/^6 mois/);
    expect(sixMonths).toContain('toujours en exercice');
    expect(await nursePage.locator(`#installation-${conversationId} form`).count()).toBe(0);
    await nursePage.goto(`${served.baseUrl}/professionnel`);
    expect(await nursePage.locator('#points-d-etape').count()).toBe(0);
  }, 120_000);

  it('shows it, anonymised and perturbed, in the partner’s dashboard', async () => {
    const { page, problems } = await openPage(served);
    await logInThroughTheForm(page, served.baseUrl, partner);
    const sixMonthsRow = async () => {
      await page.goto(`${served.baseUrl}/partenaire/tableau-de-bord`);
      const cells = await page
        .locator('#tableau-maintien tbody tr')
        .first()
        .locator('th, td')
        .allTextContents();
      return cells.map((cell) => cell.trim());
    };
    // One answer: a small count, published as 0 or 5.
    const alone = await sixMonthsRow();
    expect(alone[0]).toBe('6 mois');
    for (const cell of alone.slice(1, 3)) expect(cell).toMatch(/^(0|5)$/);
    expect(await page.locator('main').textContent()).not.toContain(NURSE);
    expect(await page.locator('main').textContent()).not.toContain(nurse.email);

    // Five more people settled at Dole answer: six answers, published within 2 of six.
    for (let index = 0; index < 5; index += 1) {
      const other = await confirmedInstallation(served.app, served.services, `Personne installée ${index}`);
      await confirmedMonthsAgo(served.services, other.id, 7);
      const reply = { checkIn: 6 as const, stillPractising: true, failedLevers: [] };
      expect((await served.services.checkIns.answer(other.pro.id, other.id, reply, new Date())).ok).toBe(
        true,
      );
    }
    const six = await sixMonthsRow();
    for (const cell of six.slice(1, 3)) expect(Math.abs(Number(cell) - 6)).toBeLessThanOrEqual(2);
    expect(six[3]).toBe('0');
    await expectAccessible(page, '/partenaire/tableau-de-bord');
    expect(await page.locator('main').textContent()).not.toContain(NURSE);
    expect(problems).toEqual([]);
  }, 180_000);

  it('a moderator publishes a national scheme from the moderation queue; it joins Dole’s pages and open data', async () => {
    const { page, problems } = await openPage(served);
    await logInThroughTheForm(page, served.baseUrl, await createAccount({ role: 'moderateur' }));
    await page.goto(`${served.baseUrl}/moderation`);
    await page.getByRole('link', { name: 'Dispositifs nationaux' }).click();
    await page.getByRole('link', { name: 'Nouveau dispositif' }).click();
    await page.waitForLoadState('load');
    // The CAPII's figures as the ARS Bretagne publishes them (src/domain/schemes/reference-schemes.ts).
    await fillSchemeForm(page, {
      title: NATIONAL,
      grantor: 'Assurance Maladie (CPAM)',
      grantorKind: 'assurance-maladie',
      amountKind: 'plafond',
      eur: '37500',
      months: '60',
      territory: 'national',
      officialUrl: 'https://www.bretagne.paps.sante.fr/une-aide-linstallation-34?parent=8662',
    });
    await submit(page, 'Enregistrer en brouillon');
    expect(new URL(page.url()).pathname).toBe('/moderation/dispositifs');
    await page.getByRole('button', { name: `Publier : ${NATIONAL}` }).click();
    await page.waitForLoadState('load');
    await expectAccessible(page, '/moderation/dispositifs');

    await page.goto(`${served.baseUrl}/communes/${DOLE}`);
    expect(await page.locator('#dispositifs tbody tr').count()).toBe(2);
    const published = (await (
      await page.request.get(`${served.baseUrl}/api/v1/dispositifs?commune=${DOLE}&profession=infirmier`)
    ).json()) as { data: { titre: string }[] };
    expect(published.data.map((scheme) => scheme.titre).sort()).toEqual([SCHEME, NATIONAL].sort());
    expect(problems).toEqual([]);
  }, 120_000);
});
