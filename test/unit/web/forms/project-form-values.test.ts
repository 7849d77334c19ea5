import { projectFormSchema, resolveProjectCommunes } from '../../../../src/web/forms/project-form';
import { toFormValues, toProjectInput } from '../../../../src/web/forms/project-form-values';
import type { ProjectInput } from '../../../../src/services/projects/project-view';
import { parseInput } from '../../../../src/web/validation';

const PLACES = { departements: ['25', '39'], regions: ['27', '53'] };
const NOW = new Date('2026-03-15T12:00:00Z');

const FULL: ProjectInput = {
  name: 'Installation dans le Jura',
  area: {
    communes: ['39198', '39300'],
    departements: ['25'],
    regions: ['53'],
    around: { commune: '25056', radiusKm: 40 },
  },
  start: { year: 2027, month: 9 },
  household: {
    partner: { sectors: ['P', 'Q'], contracts: ['cdi', 'cdd'] },
    children: [
      { birthYear: 2020, birthMonth: 3 },
      { birthYear: 2025, birthMonth: 12 },
    ],
  },
  housing: { tenure: 'achat', roomsMin: 5, budgetMax: 250000, furnished: null },
  premises: { kinds: [] },
  importance: {
    housing: 'indispensable',
    childcare: 'important',
    spouseJob: 'souhaitable',
    premises: 'sans-objet',
    aid: 'souhaitable',
    need: 'important',
    distance: 'souhaitable',
  },
};

const MINIMAL: ProjectInput = {
  name: 'Bretagne',
  area: { communes: [], departements: [], regions: ['53'], around: null },
  start: { year: 2026, month: 1 },
  household: { partner: null, children: [] },
  housing: null,
  premises: null,
  importance: { ...FULL.importance, childcare: 'sans-objet', spouseJob: 'sans-objet' },
};

/** Codes stand for themselves: the directory resolves an INSEE code to its commune. */
const byCode = (text: string) => ({ commune: { code: text } });

function roundTrip(input: ProjectInput): ProjectInput {
  const values = toFormValues({ ...input, revision: 3 }, (code) => code);
  expect(values.revision).toBe('3');
  const parsed = parseInput(projectFormSchema(PLACES, NOW), { _csrf: 'x', ...values });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  const resolved = resolveProjectCommunes(parsed.value, byCode);
  if (!resolved.ok) throw new Error(JSON.stringify(resolved.errors));
  return toProjectInput(resolved.value);
}

describe('the project form values', () => {
  it.each([
    ['a full project', FULL],
    ['a minimal project', MINIMAL],
  ])('show %s as a form that parses back to the same input', (_name, input) => {
    expect(roundTrip(input)).toEqual(input);
  });

  it('apply sensible importances when the form does not say', () => {
    const values = Object.fromEntries(
      Object.entries(toFormValues(MINIMAL, (code) => code)).filter(
        ([name]) => !name.startsWith('importance'),
      ),
    );
    const parsed = parseInput(projectFormSchema(PLACES, NOW), {
      _csrf: 'x',
      ...values,
      partner: 'oui',
      child1Month: '5',
      child1Year: '2019',
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.value.importance).toEqual({
      housing: 'important',
      childcare: 'important',
      spouseJob: 'important',
      premises: 'souhaitable',
      aid: 'souhaitable',
      need: 'souhaitable',
      distance: 'souhaitable',
    });
  });

  it('name the lines of communes that are not found', () => {
    const parsed = parseInput(projectFormSchema(PLACES, NOW), {
      _csrf: 'x',
      name: 'Projet',
      communes: '39198\r\n\r\nAilleurs',
      startMonth: '1',
      startYear: '2027',
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const resolved = resolveProjectCommunes(parsed.value, (text) =>
      text === '39198' ? { commune: { code: text } } : { candidates: [] },
    );
    expect(resolved).toEqual({
      ok: false,
      errors: { communes: 'Ligne 2, « Ailleurs » : commune inconnue.' },
    });
  });

  it.each([
    [{ child1Month: '4', child1Year: '2026' }, 'child1Year', 'futur'],
    [{ child1Month: '4', child1Year: '2008' }, 'child1Year', 'moins de 18 ans'],
    [{ child1Month: '4' }, 'child1Year', 'année de naissance'],
    [{ startYear: '2036' }, 'startYear', 'entre 2025 et 2035'],
    [{ departements: ['99'] }, 'departements', 'Département inconnu'],
    [{ housingRooms: '11' }, 'housingRooms', 'entre 1 et 10'],
  ] as [Record<string, string | string[]>, string, string][])('refuses %j', (change, field, message) => {
    const parsed = parseInput(projectFormSchema(PLACES, NOW), {
      _csrf: 'x',
      name: 'Projet',
      regions: '53',
      startMonth: '9',
      startYear: '2026',
      housing: 'location',
      ...change,
    });
    expect(parsed.ok ? {} : parsed.errors[field]).toContain(message);
  });
});
