// Schemes for tests: published, national, open to every profession and status and never ending,
// paying a fixed 10,000 € without commitment, unless told otherwise. Communes, offers and projects
// come from the matching engine's fixtures (a GP settling in the "27" région in January 2027).
import type { Scheme } from '../../../../src/domain/schemes/scheme';
import { PROJECT_STATUSES } from '../../../../src/domain/matching/types';

let counter = 0;

export function scheme(overrides: Partial<Scheme> = {}): Scheme {
  counter += 1;
  return {
    id: `s${String(counter).padStart(4, '0')}`,
    title: `Dispositif ${String(counter)}`,
    summary: 'Une aide pour s’installer.',
    grantor: { name: 'ARS Bourgogne-Franche-Comté', kind: 'ars' },
    amount: { kind: 'fixe', eur: 10000 },
    commitment: null,
    eligibility: { professions: [], statuses: [...PROJECT_STATUSES], conditions: '' },
    area: { territory: { level: 'national' }, departements: [], communes: [], zones: [] },
    validFrom: null,
    validUntil: null,
    officialUrl: 'https://www.example.org/dispositif',
    status: 'publie',
    exclusiveGroup: null,
    ...overrides,
  };
}

/** A scheme's area: the territory, narrowed and zoned as told. */
export const area = (overrides: Partial<Scheme['area']> = {}): Scheme['area'] => ({
  territory: { level: 'national' },
  departements: [],
  communes: [],
  zones: [],
  ...overrides,
});

export const date = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
