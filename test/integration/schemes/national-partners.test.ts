// Partners with a national scope (caisse nationale de l'Assurance Maladie, a ministry): chosen at
// sign-up, shown as such to moderators, validated like any partner. Once validated they publish
// schemes over the whole country; pending, they publish nothing; a regional partner still cannot
// publish outside its région.
import * as cheerio from 'cheerio';
import request from 'supertest';
import { SchemeModel } from '../../../src/models/scheme';
import { UserModel } from '../../../src/models/user';
import { TEST_PASSWORD, createAccount, csrfTokenOf, signedInAgent } from '../../support/accounts';
import { schemeForm } from '../../support/schemes';
import { submitForm } from '../../support/forms';
import { confirmFromOutbox, signUp } from '../../support/sign-up';
import { useTestApp } from '../../support/test-app';

type Agent = ReturnType<typeof request.agent>;

const built = useTestApp();
const outboxDir = () => built.config.mail.outboxDir;

const BASE = '/partenaire/dispositifs';
const NATIONAL = {
  grantorName: 'Assurance Maladie',
  grantorKind: 'assurance-maladie',
  territory: 'national',
};

/** Drafts a scheme through the form, then asks to publish it; returns the stored scheme. */
async function draftAndPublish(agent: Agent, title: string, fields: Record<string, string>) {
  const drafted = await submitForm(
    agent,
    `${BASE}/nouveau`,
    `${BASE}/nouveau`,
    schemeForm({ title, ...fields }),
  );
  const stored = await SchemeModel.findOne({ title }).lean();
  if (stored)
    await submitForm(agent, BASE, `${BASE}/${stored._id}/statut`, { action: 'publier', revision: '1' });
  return { drafted, scheme: stored && built.services.schemes.get(stored._id) };
}

it('signs up with a national scope, is shown so to moderators, and publishes nationally once validated', async () => {
  const email = 'cnam@assurance-maladie.example';
  const agent = request.agent(built.app);
  const signedUp = await signUp(agent, 'partenaire', {
    name: 'Camille Nationale',
    email,
    partnerType: 'assurance-maladie',
    organisation: 'Caisse nationale de l’Assurance Maladie',
    territory: 'national-FR',
    password: TEST_PASSWORD,
    passwordConfirmation: TEST_PASSWORD,
  });
  expect(signedUp.status).toBe(303);
  await confirmFromOutbox(agent, outboxDir(), email);
  const stored = await UserModel.findOne({ email }).lean();
  expect(stored?.partner?.territoire).toEqual({ niveau: 'national', code: 'FR' });
  expect(stored?.status).toBe('en-attente');
  const id = String(stored?._id);

  // Pending: it drafts, but publishes nothing, national or not.
  const partner = await signedInAgent(built.app, { email, password: TEST_PASSWORD });
  const pending = await draftAndPublish(partner, 'Aide nationale en attente', NATIONAL);
  expect(pending.scheme?.status).toBe('brouillon');

  // The moderator sees the national scope in the queue and on the account page, and validates.
  const moderator = await signedInAgent(built.app, await createAccount({ role: 'moderateur' }));
  const queue = cheerio.load((await moderator.get('/moderation').expect(200)).text);
  const row = queue('tr').filter((_i, element) => queue(element).text().includes('Camille Nationale'));
  expect(row.find('.declared-territory').text()).toBe('France entière (organisation nationale)');
  expect(row.find('[data-national]')).toHaveLength(1);
  const _csrf = await csrfTokenOf(moderator, `/moderation/comptes/${id}`);
  expect(
    (
      await moderator
        .post(`/moderation/comptes/${id}/decision`)
        .type('form')
        .send({ _csrf, action: 'valider' })
    ).status,
  ).toBe(303);

  // Validated: a scheme over the whole country is published.
  const validated = await signedInAgent(built.app, { email, password: TEST_PASSWORD });
  const published = await draftAndPublish(validated, 'Contrat national d’aide à l’installation', NATIONAL);
  expect(published.scheme?.status).toBe('publie');
  expect(published.scheme?.area.territory).toEqual({ level: 'national' });
  // Its dashboard covers all of France; « Mon compte » names its territory.
  const dashboard = cheerio.load((await validated.get('/partenaire/tableau-de-bord').expect(200)).text);
  expect(dashboard('h1').text()).toContain('France entière');
  expect((await validated.get('/mon-compte').expect(200)).text).toContain(
    'France entière (organisation nationale)',
  );
});

it('still keeps a regional partner within its région, and refuses a forged national territory at sign-up', async () => {
  const regional = await signedInAgent(built.app, await createAccount({ role: 'partenaire' }));
  const outside = await draftAndPublish(regional, 'Aide nationale régionale', NATIONAL);
  expect(outside.drafted.status).toBe(400);
  expect(outside.scheme).toBeNull();

  const forged = await signUp(request.agent(built.app), 'partenaire', {
    name: 'Faux National',
    email: 'faux@exemple.fr',
    partnerType: 'autre',
    organisation: 'Organisation',
    territory: 'national-XX',
    password: TEST_PASSWORD,
    passwordConfirmation: TEST_PASSWORD,
  });
  expect(forged.status).toBe(400);
  expect(cheerio.load(forged.text)('#territory-messages, .fr-error-text').text()).toContain(
    'Choisissez le territoire dans la liste.',
  );
});
