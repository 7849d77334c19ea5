// Shared builders of aid schemes for tests: the form a partner submits, the service's input, and
// posting a form as a browser would (checkbox groups as repeated keys).
import type request from 'supertest';
import type { SchemeInput } from '../../src/services/schemes/scheme-view';
import { csrfTokenOf } from './accounts';

type Agent = ReturnType<typeof request.agent>;
export type FormFields = Record<string, string | string[]>;

/** A nurses' installation aid of the région Bourgogne-Franche-Comté, as its form is filled in. */
export const schemeForm = (overrides: FormFields = {}): FormFields => ({
  title: 'Aide régionale à l’installation des infirmiers',
  summary: 'Une aide versée à l’infirmier qui s’installe dans une zone très sous-dotée de la région.',
  grantorName: 'ARS Bourgogne-Franche-Comté',
  grantorKind: 'ars',
  amountKind: 'fixe',
  amountEur: '12000',
  commitmentMonths: '36',
  commitmentPlace: 'zone',
  commitmentZones: ['tres-sous-dotee'],
  professions: ['infirmier'],
  statuses: ['installe'],
  territory: 'region:27',
  zones: ['tres-sous-dotee'],
  officialUrl: 'https://bourgogne-franche-comte.paps.sante.fr/',
  ...overrides,
});

/** The same scheme as the service takes it. */
export const schemeInput = (overrides: Partial<SchemeInput> = {}): SchemeInput => ({
  title: 'Aide régionale à l’installation des infirmiers',
  summary: 'Une aide versée à l’infirmier qui s’installe dans une zone très sous-dotée de la région.',
  grantor: { name: 'ARS Bourgogne-Franche-Comté', kind: 'ars' },
  amount: { kind: 'fixe', eur: 12000 },
  commitment: { months: 36, atLeast: false, place: 'zone', zones: ['tres-sous-dotee'] },
  eligibility: { professions: ['infirmier'], statuses: ['installe'], conditions: '' },
  area: {
    territory: { level: 'region', code: '27' },
    departements: [],
    communes: [],
    zones: ['tres-sous-dotee'],
  },
  validFrom: null,
  validUntil: null,
  officialUrl: 'https://bourgogne-franche-comte.paps.sante.fr/',
  exclusiveGroup: null,
  ...overrides,
});

/** Posts the fields with the session's CSRF token, read first from the page `from`. */
export async function submitForm(agent: Agent, from: string, path: string, fields: FormFields) {
  const _csrf = await csrfTokenOf(agent, from);
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries({ _csrf, ...fields }))
    for (const item of [value].flat()) params.append(name, item);
  return agent.post(path).type('form').send(params.toString());
}
