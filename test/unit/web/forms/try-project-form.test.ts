// The try-it form: the query of a visitor's project, parsed like a saved project's form (without
// its name), with the profession and status a profile would give; and its round trip through the
// « Enregistrer ce projet » form's hidden field.
import {
  formValuesOf,
  parseTriedProject,
  triedProjectQuery,
  valuesOfQuery,
} from '../../../../src/web/forms/try-project-form';

const PLACES = { departements: ['39', '25'], regions: ['27'] };
const resolve = (text: string) =>
  text === 'Dole (39)'
    ? { commune: { code: '39198' } }
    : { candidates: [{ nom: 'Dole', departementCode: '39' }] };

const TRIED = {
  profession: 'infirmier',
  status: 'remplacant',
  departements: ['39', '25'],
  aroundCommune: 'Dole (39)',
  aroundRadius: '20',
  startMonth: '3',
  startYear: '2028',
  partner: 'oui',
  partnerSectors: 'P',
};

describe('parseTriedProject', () => {
  it('reads the project, the profession, the status and the page, communes resolved', () => {
    const parsed = parseTriedProject({ ...TRIED, page: '2' }, PLACES, resolve);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value).toMatchObject({ profession: 'infirmier', status: 'remplacant', page: 2 });
    expect(parsed.value.parsed).toMatchObject({
      departements: ['39', '25'],
      around: { commune: '39198', radiusKm: 20 },
      start: { year: 2028, month: 3 },
      partner: { sectors: ['P'], contracts: [] },
    });
    // What the project form takes: the fields as typed, without the profile and the page.
    expect(parsed.value.values).not.toHaveProperty('profession');
    expect(parsed.value.values).not.toHaveProperty('page');
  });

  it('gives an error by field, unknown parameters included, never throws', () => {
    const parsed = parseTriedProject(
      { ...TRIED, profession: 'sorcier', startYear: '28', aroundCommune: 'Dol', $where: '1' },
      PLACES,
      resolve,
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(Object.keys(parsed.errors).sort()).toEqual(['$where', 'profession', 'startYear']);
    const ambiguous = parseTriedProject({ ...TRIED, aroundCommune: 'Dol' }, PLACES, resolve);
    expect(ambiguous.ok ? {} : ambiguous.errors).toEqual({
      aroundCommune: '« Dol » : précisez la commune, par exemple Dole (39).',
    });
  });

  it('ignores a name in the query: a tried project has none until it is saved', () => {
    const parsed = parseTriedProject({ ...TRIED, name: 'x' }, PLACES, resolve);
    expect(parsed.ok && parsed.value.values).not.toHaveProperty('name');
  });
});

describe('the query of a tried project', () => {
  it('survives the hidden field of « Enregistrer ce projet » unchanged', () => {
    const parsed = parseTriedProject(TRIED, PLACES, resolve);
    if (!parsed.ok) throw new Error('not parsed');
    const query = triedProjectQuery(parsed.value);
    expect(valuesOfQuery(query)).toEqual(TRIED);
    expect(formValuesOf({ ...TRIED, empty: '', _csrf: 'jeton', odd: { $gt: '' } })).toEqual(TRIED);
  });
});
