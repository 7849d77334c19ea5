// The pages a French public service must have, linked from the footer: mentions légales (from the
// configuration, with placeholders), données personnelles, déclaration d'accessibilité, plan du site
// and à propos.
import * as cheerio from 'cheerio';
import type { Express } from 'express';
import request from 'supertest';
import { buildTestApp } from '../../support/test-app';
import { useTestDatabase } from '../../support/test-database';

const database = useTestDatabase();
let app: Express;

beforeAll(async () => {
  ({ app } = await buildTestApp(database.current, { SESSION_IDLE_MINUTES: '45' }));
}, 60_000);

const mainText = async (target: Express, path: string) =>
  cheerio
    .load((await request(target).get(path).expect(200)).text)('main')
    .text()
    .replace(/\s+/g, ' ');

/** The facts the page's main content must state, word for word. */
async function expectFacts(path: string, facts: readonly string[]) {
  const text = await mainText(app, path);
  expect(facts.filter((fact) => !text.includes(fact))).toEqual([]);
}

describe('public service pages', () => {
  it('are all linked from the footer, and each answers with its title', async () => {
    const $ = cheerio.load((await request(app).get('/').expect(200)).text);
    const links = $('footer .fr-footer__bottom-list a')
      .toArray()
      .map((link) => [$(link).attr('href'), $(link).text().trim()]);
    expect(links).toEqual([
      ['/plan-du-site', 'Plan du site'],
      ['/accessibilite', 'Accessibilité : non conforme'],
      ['/mentions-legales', 'Mentions légales'],
      ['/donnees-personnelles', 'Données personnelles'],
      ['/a-propos', 'À propos et sources des données'],
    ]);
    for (const [href] of links) {
      const page = cheerio.load((await request(app).get(String(href)).expect(200)).text);
      expect(page('h1')).toHaveLength(1);
      expect(page(`footer a[href="${String(href)}"]`).attr('aria-current')).toBe('page');
    }
  });

  it('show placeholders in the mentions légales until the publisher is configured, then the configuration', async () => {
    const placeholders = cheerio.load((await request(app).get('/mentions-legales').expect(200)).text);
    expect(placeholders('.legal-placeholder').text()).toContain('LEGAL_PUBLICATION_DIRECTOR');
    const configured = await buildTestApp(database.current, {
      LEGAL_PUBLISHER: 'Agence régionale de santé de Bretagne',
      LEGAL_PUBLISHER_ADDRESS: '6 place des Colombes, 35042 Rennes',
      LEGAL_PUBLICATION_DIRECTOR: 'Le directeur général de l’ARS Bretagne',
      LEGAL_HOST: 'Hébergeur Exemple SAS',
      LEGAL_HOST_ADDRESS: '1 rue de l’Exemple, 75000 Paris',
      LEGAL_CONTACT_EMAIL: 'contact@accueil-sante.example',
    });
    const page = cheerio.load((await request(configured.app).get('/mentions-legales').expect(200)).text);
    expect(page('.legal-placeholder')).toHaveLength(0);
    const text = page('main').text();
    for (const value of [
      'Agence régionale de santé de Bretagne',
      'Le directeur général',
      'Hébergeur Exemple SAS',
    ])
      expect(text).toContain(value);
    expect(page('main a[href="mailto:contact@accueil-sante.example"]')).toHaveLength(1);
  });

  it('describe the personal data, their lifetimes from the configuration, the rights and the cookie', async () => {
    await expectFacts('/donnees-personnelles', [
      'mois et l’année de naissance de chaque enfant',
      'Fin après 45 minutes d’inactivité',
      'Télécharger mes données',
      'Supprimer mon compte',
      'aucun bandeau cookies n’est affiché',
      'accueil-sante',
      'CNIL',
    ]);
  });

  it('declare the accessibility in the RGAA form: state, date, checks, non-conformities, recourse', async () => {
    await expectFacts('/accessibilite', [
      'non conforme',
      'RGAA',
      'établie le 3 décembre 2026',
      'axe-core',
      'Non-conformités connues',
      'Défenseur des droits',
      'Libre réponse 71120',
    ]);
  });

  it('describe the service as it is on the about page', async () => {
    const text = await mainText(app, '/a-propos');
    expect(text).not.toContain('prochaine version');
    expect(text).toContain('classées et expliquées');
  });

  it('link only to pages that exist in the site map (a personal space asks to log in)', async () => {
    const $ = cheerio.load((await request(app).get('/plan-du-site').expect(200)).text);
    const hrefs = $('main a[href^="/"]')
      .toArray()
      .map((link) => String($(link).attr('href')));
    expect(hrefs.length).toBeGreaterThan(25);
    const broken: string[] = [];
    for (const href of hrefs) {
      const response = await request(app).get(href);
      const loginFirst =
        response.status === 302 && String(response.headers.location).startsWith('/connexion');
      if (response.status !== 200 && !loginFirst) broken.push(`${href}: ${response.status}`);
    }
    expect(broken).toEqual([]);
  });
});
