// A sign-up whose verification e-mail cannot leave is not a 500: the account waits for its
// verification, the person reads why in French and asks for the e-mail again, which then works.
import fs from 'node:fs';
import * as cheerio from 'cheerio';
import request from 'supertest';
import { UserModel } from '../../../src/models/user';
import { TEST_PASSWORD, csrfTokenOf, emailsTo, signedInAgent } from '../../support/accounts';
import { confirmFromOutbox, signUp } from '../../support/sign-up';
import { useTestApp } from '../../support/test-app';

const built = useTestApp();

/** The development mailer writes into the outbox folder: a file in its place makes every sending fail. */
function breakTheMailer() {
  fs.rmSync(built.config.mail.outboxDir, { recursive: true, force: true });
  fs.writeFileSync(built.config.mail.outboxDir, '');
}
const repairTheMailer = () => fs.rmSync(built.config.mail.outboxDir, { force: true });

it('keeps the account, says so in French, and sends the link again on request', async () => {
  const email = 'courrier.en.panne@exemple.fr';
  const agent = request.agent(built.app);
  breakTheMailer();
  try {
    const response = await signUp(agent, 'professionnel', {
      name: 'Paule Panne',
      email,
      password: TEST_PASSWORD,
      passwordConfirmation: TEST_PASSWORD,
    });
    expect(response.status).toBe(503);
    const page = cheerio.load(response.text);
    expect(page('h1').text()).toBe('L’e-mail n’a pas pu être envoyé');
    expect(page('#envoi-impossible').text()).toContain('redemandez l’e-mail');
    expect(page('form[action="/inscription/renvoi"] input#email').val()).toBe(email);
  } finally {
    repairTheMailer();
  }
  await expect(UserModel.findOne({ email }).lean()).resolves.toMatchObject({ status: 'email-a-verifier' });

  const _csrf = await csrfTokenOf(agent, '/inscription/envoyee');
  const again = await agent.post('/inscription/renvoi').type('form').send({ _csrf, email });
  expect(again.status).toBe(200);
  expect(emailsTo(built.config.mail.outboxDir, email)[0]?.subject).toBe('Confirmez votre adresse e-mail');
  expect((await confirmFromOutbox(agent, built.config.mail.outboxDir, email)).status).toBe(303);
  await signedInAgent(built.app, { email, password: TEST_PASSWORD });
});

it('answers the resend form the same for an unknown and a registered address', async () => {
  const agent = request.agent(built.app);
  const answers = new Set<string>();
  for (const email of ['inconnue@exemple.fr', 'courrier.en.panne@exemple.fr']) {
    const _csrf = await csrfTokenOf(agent, '/inscription/envoyee');
    const response = await agent.post('/inscription/renvoi').type('form').send({ _csrf, email });
    answers.add(`${response.status} ${cheerio.load(response.text)('.fr-alert').text()}`);
  }
  expect([...answers]).toHaveLength(1);
  expect(emailsTo(built.config.mail.outboxDir, 'inconnue@exemple.fr')[0]?.subject).toBe(
    'Aucun compte à cette adresse',
  );
});
