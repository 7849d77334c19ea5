// Shared builders of aid schemes for tests: the form a partner submits (posted with
// support/forms.ts), and the service's input.
import type { SchemeInput } from '../../src/services/schemes/scheme-view';
import type { FormFields } from './forms';

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
