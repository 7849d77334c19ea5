// The main journey in two browsers: a professional logs in from an offer's "Je suis intéressé(e)"
// and writes; the commune replies and declares an installation; the professional confirms it.
// axe checks the contact, inbox, thread and template pages on both sides.
import type { Page } from 'playwright-core';
import { createAccount } from '../support/accounts';
import { expectAccessible, logInThroughTheForm, openPage, useBrowserApp } from '../support/browser-app';
import { DOLE, PROJECT, communeStaff, doleOffer } from '../integration/contacts/conversation-fixtures';
import { professionalProfile } from '../support/professionals';

const served = useBrowserApp();

const submit = async (page: Page, name: string) => {
  await page.getByRole('button', { name, exact: true }).click();
  await page.waitForLoadState('load');
};

it('takes a professional from an offer to a confirmed installation, accessibly', async () => {
  const mairie = await communeStaff(DOLE, 'actif', 'Agent de Dole');
  const offerId = await doleOffer(served.services, mairie.staff);
  const pro = await createAccount({ role: 'professionnel', name: 'Maëlle Parcours' });
  await served.services.professionalProfiles.save(pro, professionalProfile({ profession: 'orthophoniste' }));
  await served.services.projects.create(pro.id, PROJECT);

  // The professional, anonymous at first: the button leads to the login, then back to the contact page.
  const professional = await openPage(served);
  const proPage = professional.page;
  await proPage.goto(`${served.baseUrl}/offres/${offerId}`);
  await proPage.getByRole('link', { name: /Je suis intéressé\(e\)/ }).click();
  await proPage.getByLabel('Adresse e-mail').fill(pro.email);
  await proPage.getByLabel('Mot de passe', { exact: true }).fill(pro.password);
  await submit(proPage, 'Se connecter');
  expect(new URL(proPage.url()).pathname).toBe('/professionnel/contact');
  await expectAccessible(proPage, '/professionnel/contact');
  await proPage
    .getByLabel('La composition de mon foyer (conjoint(e), âges des enfants)')
    .check({ force: true });
  await proPage.getByLabel('Votre message').fill('Bonjour, je suis orthophoniste et la maison m’intéresse.');
  await submit(proPage, 'Envoyer à la commune');
  await expectAccessible(proPage, '/professionnel/messages/:id');

  // The commune, in another browser context.
  const commune = await openPage(served);
  const communePage = commune.page;
  await logInThroughTheForm(communePage, served.baseUrl, mairie);
  await communePage.getByRole('link', { name: /^Messages \(1/ }).click();
  await expectAccessible(communePage, '/commune/messages');
  await communePage.getByRole('link', { name: /Maëlle Parcours/ }).click();
  await expectAccessible(communePage, '/commune/messages/:id');
  await communePage.getByLabel('Votre message').fill('Bienvenue ! Quand souhaitez-vous visiter ?');
  await submit(communePage, 'Envoyer');
  const inSixtyDays = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
  await communePage.getByLabel('Date d’installation').fill(inSixtyDays);
  await communePage.getByLabel('Logement', { exact: true }).check({ force: true });
  await submit(communePage, 'Déclarer l’installation');
  await expectAccessible(communePage, '/commune/messages/:id (installation déclarée)');
  expect(await communePage.locator('#statut-suivi').textContent()).toBe('Installation déclarée, à confirmer');

  // Back to the professional: the reply is unread, the installation waits for confirmation.
  await proPage.goto(`${served.baseUrl}/professionnel/messages`);
  await expectAccessible(proPage, '/professionnel/messages');
  await proPage.getByRole('link', { name: /Dole/ }).first().click();
  await proPage.getByRole('button', { name: 'Je confirme mon installation' }).click();
  await proPage.waitForLoadState('load');
  expect(await proPage.locator('#statut-suivi').textContent()).toBe('Installation confirmée');

  // The commune's templates page, too.
  await communePage.goto(`${served.baseUrl}/commune/messages/modeles`);
  await expectAccessible(communePage, '/commune/messages/modeles');

  expect([...professional.problems, ...commune.problems]).toEqual([]);
  expect(served.services.contactFacts()[0]?.installation?.levers).toEqual(['logement']);
  await professional.context.close();
  await commune.context.close();
}, 300_000);
