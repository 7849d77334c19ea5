// The people of the conversation tests: two communes' staff (one pending), two professionals with a
// profile (one with a project), a partner, a moderator, and a published offer of Dole.
import * as cheerio from 'cheerio';
import type request from 'supertest';
import type { Services } from '../../../src/services';
import type { ProjectInput } from '../../../src/services/projects/project-view';
import type { CommuneStaff } from '../../../src/services/offers/offer-service';
import { createAccount, csrfTokenOf } from '../../support/accounts';
import { communeStaff as staffOf, houseOffer } from '../../support/offers';
import { professionalProfile } from '../../support/professionals';
import { doleProject } from '../../support/projects';

type Agent = ReturnType<typeof request.agent>;

export const DOLE = '39198';
export const BESANCON = '25056';

export const PROJECT: ProjectInput = doleProject({
  name: 'Projet confidentiel Jura',
  area: { communes: [DOLE], departements: ['25'], regions: [], around: null },
  household: { partner: null, children: [{ birthYear: 2021, birthMonth: 6 }] },
  housing: { tenure: 'location', roomsMin: 3, budgetMax: 900, furnished: null },
});

/** A professional with a profile; `shareAnonymised`: their projects are shown to communes. */
export async function professional(services: Services, name: string, shareAnonymised = false) {
  const account = await createAccount({ role: 'professionnel', name });
  await services.professionalProfiles.save(
    account,
    professionalProfile({ profession: 'sage-femme', status: 'remplacant', shareAnonymised }),
  );
  return account;
}

/** A commune agent (validated, or waiting), with `staff`: what the services take for them. */
export async function communeStaff(code: string, status: 'actif' | 'en-attente' = 'actif', name?: string) {
  const { communeCode, active, ...account } = await staffOf(code, { active: status === 'actif', name });
  return { ...account, staff: { id: account.id, email: account.email, communeCode, active } };
}

/** A published four-room house in Dole; returns its id. */
export async function doleOffer(services: Services, staff: CommuneStaff) {
  const offer = await services.offers.create(staff, 'logement', houseOffer('Maison T4 pour soignants'), {
    publish: true,
  });
  return offer.id;
}

/** Posts a form of `page` (its CSRF token read first, as a browser would). */
export async function postForm(agent: Agent, page: string, url: string, fields: Record<string, unknown>) {
  const _csrf = await csrfTokenOf(agent, page);
  return agent
    .post(url)
    .type('form')
    .send({ _csrf, ...fields });
}

/** The professional writes to the commune from the contact page; returns the conversation's id. */
export async function writeTo(
  agent: Agent,
  communeCode: string,
  fields: Record<string, unknown> = {},
): Promise<string> {
  const page = `/professionnel/contact?commune=${communeCode}`;
  const response = await postForm(agent, page, '/professionnel/contact', {
    commune: communeCode,
    message: 'Bonjour, je cherche à m’installer chez vous.',
    ...fields,
  });
  if (response.status !== 303)
    throw new Error(
      `contact failed: ${response.status} ${cheerio.load(response.text)('.fr-alert, .fr-error-text').text()}`,
    );
  return String(response.headers.location).split('/').at(-1) ?? '';
}

/** The header's "Messages (n)" count, 0 when absent. */
export function unreadBadge(html: string): number {
  const link = cheerio
    .load(html)('nav a.fr-nav__link')
    .filter((_, element) => cheerio.load(element).text().startsWith('Messages'));
  const match = /\((\d+)/.exec(link.text());
  return match ? Number(match[1]) : 0;
}
