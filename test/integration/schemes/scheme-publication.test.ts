// Who may publish an aid scheme where, over HTTP: a validated partner within its territory only,
// a pending partner drafts and publishes nothing, another organisation's scheme is "not found",
// moderators publish national schemes; forms keep what was typed and say what is wrong.
import * as cheerio from 'cheerio';
import type request from 'supertest';
import { operators } from '../../../src/db/trusted-operators';
import { SchemeModel } from '../../../src/models/scheme';
import { createAccount, signedInAgent } from '../../support/accounts';
import { schemeForm, schemeInput } from '../../support/schemes';
import { submitForm } from '../../support/forms';
import { useTestApp } from '../../support/test-app';

type Agent = ReturnType<typeof request.agent>;

const built = useTestApp();

const BASE = '/partenaire/dispositifs';

async function partner(
  options: {
    status?: 'actif' | 'en-attente';
    nom?: string;
    niveau?: 'region' | 'departement';
    code?: string;
  } = {},
): Promise<Agent> {
  const account = await createAccount({
    role: 'partenaire',
    status: options.status ?? 'actif',
    partner: {
      type: options.niveau === 'departement' ? 'conseil-departemental' : 'ars',
      nom: options.nom ?? `ARS Bourgogne-Franche-Comté ${Math.random()}`,
      territoire: { niveau: options.niveau ?? 'region', code: options.code ?? '27' },
    },
  });
  return signedInAgent(built.app, account);
}

/** Creates a draft through the form; returns its id (the newest scheme of that title). */
async function draft(agent: Agent, title: string, overrides = {}): Promise<string> {
  const response = await submitForm(
    agent,
    `${BASE}/nouveau`,
    `${BASE}/nouveau`,
    schemeForm({ title, ...overrides }),
  );
  expect(response.status).toBe(303);
  const stored = await SchemeModel.findOne({ title }).lean();
  if (!stored) throw new Error(`no scheme « ${title} »`);
  return stored._id;
}

const publish = (agent: Agent, id: string, revision = 1) =>
  submitForm(agent, BASE, `${BASE}/${id}/statut`, { action: 'publier', revision: String(revision) });

const errorsOf = (html: string) =>
  cheerio
    .load(html)('.fr-error-text, .fr-message--error')
    .map((_i, element) => cheerio.load(element).text().trim())
    .get();

describe('a validated partner', () => {
  it('drafts a scheme in its région, publishes it and lists it', async () => {
    const agent = await partner();
    const id = await draft(agent, 'Aide régionale A');
    expect(built.services.schemes.get(id)?.status).toBe('brouillon');

    expect((await publish(agent, id)).status).toBe(303);
    const published = built.services.schemes.get(id);
    expect(published?.status).toBe('publie');
    expect(published?.amount).toEqual({ kind: 'fixe', eur: 12000 });
    expect(published?.area.zones).toEqual(['tres-sous-dotee']);

    const list = await agent.get(BASE);
    expect(list.status).toBe(200);
    const row = cheerio.load(list.text)(`#dispositif-${id}`);
    expect(row.text()).toContain('Aide régionale A');
    expect(row.text()).toContain('Publié');
    expect(row.text()).toMatch(/12\s000\s€/);

    // The partner dashboard lists the organisation's schemes under its statistics.
    const dashboard = cheerio.load((await agent.get('/partenaire/tableau-de-bord')).text);
    expect(dashboard('#dispositifs').text()).toContain('Aide régionale A');
  });

  it('may narrow it to a département of its région, never reach outside', async () => {
    const agent = await partner();
    await draft(agent, 'Aide du Jura', { territory: 'departement:39' });

    const outside = await submitForm(
      agent,
      `${BASE}/nouveau`,
      `${BASE}/nouveau`,
      schemeForm({ title: 'Aide en Bretagne', territory: 'departement:22' }),
    );
    expect(outside.status).toBe(400);
    expect(errorsOf(outside.text).join(' ')).toContain('« 22 » est en dehors de votre territoire');
    // What was typed is kept.
    expect(cheerio.load(outside.text)('#title').val()).toBe('Aide en Bretagne');

    const commune = await submitForm(
      agent,
      `${BASE}/nouveau`,
      `${BASE}/nouveau`,
      schemeForm({ title: 'Aide à Saint-Brieuc', communes: '22278' }),
    );
    expect(commune.status).toBe(400);
    expect(errorsOf(commune.text).join(' ')).toContain('« 22278 » est en dehors');
    expect(
      await SchemeModel.countDocuments({
        title: operators({ $in: ['Aide en Bretagne', 'Aide à Saint-Brieuc'] }),
      }),
    ).toBe(0);
  });

  it('cannot publish nationally, and a département partner cannot publish over its région', async () => {
    const national = await submitForm(
      await partner(),
      `${BASE}/nouveau`,
      `${BASE}/nouveau`,
      schemeForm({ title: 'Aide nationale', territory: 'national' }),
    );
    expect(national.status).toBe(400);
    expect(errorsOf(national.text).join(' ')).toContain('en dehors de votre territoire');

    const jura = await partner({ niveau: 'departement', code: '39', nom: 'Département du Jura' });
    const regional = await submitForm(
      jura,
      `${BASE}/nouveau`,
      `${BASE}/nouveau`,
      schemeForm({ title: 'Aide régionale du Jura' }),
    );
    expect(regional.status).toBe(400);
    await draft(jura, 'Aide départementale du Jura', { territory: 'departement:39' });
  });

  it('refuses unreadable input with French messages next to the fields', async () => {
    const agent = await partner();
    const response = await submitForm(
      agent,
      `${BASE}/nouveau`,
      `${BASE}/nouveau`,
      schemeForm({
        amountEur: 'beaucoup',
        statuses: [],
        officialUrl: 'http://exemple',
        instalments: '0:100',
      }),
    );
    expect(response.status).toBe(400);
    const $ = cheerio.load(response.text);
    expect($('#amountEur-error').text()).toContain('en euros');
    expect($('#statuses-error').text()).toContain('Cochez au moins une situation');
    expect($('#officialUrl-error').text()).toContain('https://');
  });

  it('keeps another organisation’s schemes out of reach ("not found")', async () => {
    const owner = await partner({ nom: 'ARS propriétaire' });
    const id = await draft(owner, 'Aide de l’ARS propriétaire');
    const other = await partner({ nom: 'Autre ARS' });
    expect((await other.get(`${BASE}/${id}/modifier`)).status).toBe(404);
    expect((await publish(other, id)).status).toBe(404);
    expect(built.services.schemes.get(id)?.status).toBe('brouillon');
    expect((await other.get(BASE)).text).not.toContain('Aide de l’ARS propriétaire');
  });

  it('edits with compare-and-set: a stale revision saves nothing', async () => {
    const agent = await partner();
    const id = await draft(agent, 'Aide à modifier');
    const edit = `${BASE}/${id}/modifier`;
    const first = await submitForm(
      agent,
      edit,
      `${BASE}/${id}`,
      schemeForm({ title: 'Aide modifiée', revision: '1' }),
    );
    expect(first.status).toBe(303);
    const stale = await submitForm(
      agent,
      edit,
      `${BASE}/${id}`,
      schemeForm({ title: 'Aide écrasée', revision: '1' }),
    );
    expect(stale.status).toBe(409);
    expect(built.services.schemes.get(id)?.title).toBe('Aide modifiée');
  });
});

describe('a pending partner', () => {
  it('prepares drafts and publishes nothing', async () => {
    const agent = await partner({ status: 'en-attente' });
    const id = await draft(agent, 'Aide en attente');
    // The status route is declared for validated accounts only: refused before the service.
    const response = await publish(agent, id);
    expect(response.status).toBe(403);
    expect(built.services.schemes.get(id)?.status).toBe('brouillon');
    const list = await agent.get(BASE);
    expect(list.text).toContain('vous les publierez quand un modérateur aura validé votre organisation');
    expect(list.text).not.toContain('name="action" value="publier"');
  });

  it('is refused by the service too (defence in depth)', async () => {
    const pending = {
      id: null,
      email: 'en-attente@exemple.fr',
      owner: 'partenaire:ars:region:27:en attente',
      scope: { role: 'partenaire', validated: false, territory: { level: 'region', code: '27' } },
    } as const;
    const published = await built.services.schemes.create(
      pending,
      schemeInput({ title: 'Publication refusée' }),
      {
        publish: true,
      },
    );
    expect(published).toEqual({ ok: false, reason: 'not-validated' });
  });
});

describe('moderators', () => {
  it('publish national schemes', async () => {
    const account = await createAccount({ role: 'moderateur' });
    const agent = await signedInAgent(built.app, account);
    const base = '/moderation/dispositifs';
    const response = await submitForm(
      agent,
      `${base}/nouveau`,
      `${base}/nouveau`,
      schemeForm({
        title: 'Aide nationale des infirmiers',
        territory: 'national',
        grantorName: 'Assurance Maladie (CPAM)',
        grantorKind: 'assurance-maladie',
      }),
    );
    expect(response.status).toBe(303);
    const stored = await SchemeModel.findOne({ title: 'Aide nationale des infirmiers' }).lean();
    expect(stored?.area.level).toBe('national');
    const published = await submitForm(agent, base, `${base}/${String(stored?._id)}/statut`, {
      action: 'publier',
      revision: '1',
    });
    expect(published.status).toBe(303);
    expect(built.services.schemes.get(String(stored?._id))?.status).toBe('publie');
  });
});
