// The one error summary of every form (views/partials/error-summary.hbs): at the top of the refused
// form, a link to each field in error that reaches an element of the page, the page title prefixed
// « Erreur : », and nothing of the kind on a page without error.
import * as cheerio from 'cheerio';
import request from 'supertest';
import { createAccount, csrfTokenOf, signedInAgent } from '../../support/accounts';
import { useTestApp } from '../../support/test-app';

const built = useTestApp();

/** Every link of the page's error summaries, and whether each reaches an element of the page. */
function summaryOf(html: string) {
  const $ = cheerio.load(html);
  const links = $('[data-error-summary] a')
    .map((_, link) => String($(link).attr('href')))
    .get();
  return {
    title: $('title').text(),
    first: $('main form, main [data-error-summary]').first().is('[data-error-summary]'),
    links,
    unreached: links.filter((href) => $(href).length !== 1),
  };
}

describe('the error summary', () => {
  it('is absent from a page without error', async () => {
    const html = (await request(built.app).get('/inscription/professionnel').expect(200)).text;
    expect(summaryOf(html)).toMatchObject({ links: [], title: expect.not.stringMatching(/^Erreur/) });
  });

  it('leads a refused sign-up with a link to each wrong field', async () => {
    const agent = request.agent(built.app);
    const _csrf = await csrfTokenOf(agent, '/inscription/professionnel');
    const response = await agent
      .post('/inscription/professionnel')
      .type('form')
      .send({
        _csrf,
        name: 'C',
        email: 'pas-une-adresse',
        password: 'court',
        passwordConfirmation: 'autre',
      })
      .expect(400);
    const summary = summaryOf(response.text);
    expect(summary.title).toMatch(/^Erreur : Créer un compte/);
    expect(summary.first).toBe(true);
    expect(summary.links).toEqual(['#name', '#email', '#password', '#passwordConfirmation']);
    expect(summary.unreached).toEqual([]);
    // The password fields use DSFR's show/hide pattern.
    const $ = cheerio.load(response.text);
    expect($('#password').closest('.fr-password').find('input[type="checkbox"]#password-show').length).toBe(
      1,
    );
  });

  it('links to the field of the right form when several forms of a page share a name', async () => {
    const agent = await signedInAgent(built.app, await createAccount({ role: 'professionnel' }));
    const response = await agent
      .post('/mon-compte/mot-de-passe')
      .type('form')
      .send({
        _csrf: await csrfTokenOf(agent, '/mon-compte'),
        currentPassword: 'pas le bon mot de passe',
        password: 'le chat dort sur le radiateur',
        passwordConfirmation: 'le chat dort sur le radiateur',
      })
      .expect(400);
    const summary = summaryOf(response.text);
    expect(summary.title).toMatch(/^Erreur : /);
    expect(summary.links).toEqual(['#password-currentPassword']);
    expect(summary.unreached).toEqual([]);
  });

  it('links to each wrong field of the project form, the section holding it open', async () => {
    const account = await createAccount({ role: 'professionnel' });
    const agent = await signedInAgent(built.app, account);
    await agent
      .post('/professionnel/profil')
      .type('form')
      .send({
        _csrf: await csrfTokenOf(agent, '/professionnel/profil'),
        profession: 'infirmier',
        practiceMode: 'liberal',
        status: 'installe',
      })
      .expect(303);
    const response = await agent
      .post('/professionnel/projets')
      .type('form')
      .send({
        _csrf: await csrfTokenOf(agent, '/professionnel/projets/nouveau'),
        name: 'Projet',
        startMonth: '9',
        startYear: '2027',
        child1Month: '3',
      })
      .expect(400);
    const summary = summaryOf(response.text);
    expect(summary.title).toMatch(/^Erreur : Nouveau projet/);
    expect(summary.links).toEqual(['#places', '#child1Year']);
    expect(summary.unreached).toEqual([]);
    const $ = cheerio.load(response.text);
    expect($('#section-foyer').hasClass('fr-collapse--expanded')).toBe(true);
    expect($('#section-ou').hasClass('fr-collapse--expanded')).toBe(true);
    expect($('#section-logement').hasClass('fr-collapse--expanded')).toBe(false);
    expect($('#section-importance').hasClass('fr-collapse--expanded')).toBe(false);
  });
});
