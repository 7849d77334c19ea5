// The dashboard's tables: distinct people behind each cell, published perturbed (never 1 to 4, the
// same people giving the same figure in every table and filter), offers and communes exact.
import { tableToCsv } from '../../../../src/domain/statistics/csv-export';
import {
  type DashboardInput,
  type DashboardProject,
  dashboardTables,
} from '../../../../src/domain/statistics/dashboard-tables';
import type { ContactFact } from '../../../../src/domain/statistics/contact-fact';
import { peopleOf, publishCount } from '../../../../src/domain/statistics/people';
import { publishTable } from '../../../../src/domain/statistics/publish-table';
import type { PublishedTable, StatTable } from '../../../../src/domain/statistics/stat-table';

const NOW = new Date('2026-10-15T10:00:00Z');

/** A fixed record key per person, as the service derives one (any value from 0 to 99 will do). */
const record = (person: string) => ({
  person,
  recordKey: [...person].reduce((sum, char) => sum * 31 + char.charCodeAt(0), 7) % 100,
});
/** The figure the given people publish, wherever they are counted. */
const published = (...people: string[]) => publishCount(peopleOf(people.map(record)));

const departements = [
  { code: '39', nom: 'Jura' },
  { code: '25', nom: 'Doubs' },
];
const communes: Record<string, { nom: string; departement: string }> = {
  '39198': { nom: 'Dole', departement: '39' },
  '25056': { nom: 'Besançon', departement: '25' },
  '22278': { nom: 'Saint-Brieuc', departement: '22' },
};
const gp = (person: string, departement = '39', status: DashboardProject['status'] = 'installe') => ({
  ...record(person),
  profession: 'medecin-generaliste' as const,
  status,
  departements: [departement],
  matched: true,
});
const nurse = (person: string): DashboardProject => ({ ...gp(person, '25'), profession: 'infirmier' });
const contact = (person: string, communeCode: string, installed: boolean): ContactFact => ({
  ...record(person),
  communeCode,
  profession: 'medecin-generaliste',
  status: 'installe',
  startedAt: new Date('2026-09-01T00:00:00Z'),
  installation: installed
    ? { confirmedAt: new Date('2026-10-01T00:00:00Z'), communeCode, levers: ['logement'] }
    : null,
});
const GPS = ['a', 'b', 'c', 'd', 'e', 'f'];
const NURSES = ['n1', 'n2', 'n3', 'n4', 'n5', 'n6'];
const input = (overrides: Partial<DashboardInput> = {}): DashboardInput => ({
  now: NOW,
  months: 12,
  profession: null,
  departements,
  commune: (code) => communes[code],
  offers: [],
  // 7 GPs in the Jura (one a replacement), 6 nurses in the Doubs.
  projects: [...GPS.map((person) => gp(person)), gp('g', '39', 'remplacant'), ...NURSES.map(nurse)],
  contacts: [contact('a', '39198', true), contact('b', '39198', false), contact('c', '22278', true)],
  ...overrides,
});
const publishedTables = (overrides: Partial<DashboardInput> = {}) =>
  dashboardTables(input(overrides)).map(publishTable);
const shown = (id: string, overrides: Partial<DashboardInput> = {}): PublishedTable => {
  const found = publishedTables(overrides).find((candidate) => candidate.id === id);
  if (!found) throw new Error(id);
  return found;
};
const cell = (table: PublishedTable, row: string, column: string) =>
  (row === 'Total' ? table.total : table.rows.find((candidate) => candidate.key === row)?.values)?.[
    table.columns.findIndex((candidate) => candidate.key === column)
  ];

/** Every figure of a people column: 0 or 5 and more. */
function expectNoSmallCount(tables: readonly PublishedTable[]) {
  for (const table of tables)
    for (const values of [...table.rows.map((row) => row.values), table.total ?? []])
      values.forEach((value, column) => {
        if (table.columns[column]?.people) expect(value === 0 || value >= 5).toBe(true);
      });
}

describe('dashboard tables', () => {
  it('publishes each count of people from the distinct people behind it', () => {
    const projects = shown('projets');
    const allGps = [...GPS, 'g'];
    // 7 GPs and 6 nurses: neither row can be published as all zeros.
    expect(projects.rows.map((row) => [row.key, ...row.values])).toEqual([
      ['medecin-generaliste', published(...GPS), published('g'), 0, 0, published(...allGps)],
      ['infirmier', published(...NURSES), 0, 0, 0, published(...NURSES)],
    ]);
    expect(projects.total).toEqual([
      published(...GPS, ...NURSES),
      published('g'),
      0,
      0,
      published(...allGps, ...NURSES),
    ]);
    // A person with two projects counts once.
    const twice = shown('projets', { projects: [...input().projects, gp('a', '25')] });
    expect(twice.total).toEqual(projects.total);
    expectNoSmallCount(publishedTables());
  });

  it('gives the same people the same figure in every table and filter', () => {
    // As the service does, a filter on the Jura keeps the projects that target it.
    const jura = {
      departements: [{ code: '39', nom: 'Jura' }],
      projects: input().projects.filter((project) => project.departements.includes('39')),
    };
    const juraPeople = published(...GPS, 'g');
    expect(cell(shown('departements'), '39', 'projets')).toBe(juraPeople);
    expect(cell(shown('departements', jura), 'Total', 'projets')).toBe(juraPeople);
    expect(cell(shown('mises-en-relation', jura), 'Total', 'projets')).toBe(juraPeople);
    expect(cell(shown('projets', { profession: 'medecin-generaliste' }), 'Total', 'total')).toBe(juraPeople);
    // Contacts outside the territory (Saint-Brieuc) count nowhere; the two GPs who wrote to Dole
    // are one set of people wherever they appear.
    const contacts = shown('mises-en-relation');
    expect(cell(contacts, 'Total', 'contacts')).toBe(published('a', 'b'));
    expect(cell(shown('departements'), '39', 'contacts')).toBe(published('a', 'b'));
    expect(cell(shown('leviers'), 'logement', 'installations')).toBe(published('a'));
    expectNoSmallCount(publishedTables({ profession: 'medecin-generaliste', ...jura }));
  });

  it('shows a row by profession only when one of its published figures is not 0', () => {
    // One orthoptist alone: the row shows only if the p-table publishes their 1 as 5.
    const orthoptist: DashboardProject = { ...gp('o'), profession: 'orthoptiste' };
    const table = shown('projets', { projects: [...input().projects, orthoptist] });
    const row = table.rows.find((candidate) => candidate.key === 'orthoptiste');
    if (published('o') === 0) expect(row).toBeUndefined();
    else expect(row?.values).toEqual([5, 0, 0, 0, 5]);
  });

  it('exports the published figures as CSV for French spreadsheets', () => {
    const csv = tableToCsv(shown('projets'));
    expect(csv.startsWith('\uFEFFprofession;installe;remplacant;interne;etudiant;total\r\n')).toBe(true);
    expect(csv.endsWith(`Total;${shown('projets').total?.join(';') ?? ''}\r\n`)).toBe(true);
    expect(csv).not.toMatch(/< 5|secret/);
  });

  it('counts offers and active communes exactly', () => {
    const offer = (commune: string, status: 'publiee' | 'brouillon') => ({
      type: 'logement' as const,
      status,
      commune,
      publishedAt: status === 'publiee' ? new Date('2026-10-02T00:00:00Z') : null,
      expiresAt: null,
      professions: [],
    });
    const offers = [
      offer('39198', 'publiee'),
      offer('39198', 'brouillon'),
      offer('25056', 'publiee'),
      offer('22278', 'publiee'),
    ];
    expect(shown('offres-par-type', { offers }).total).toEqual([1, 2, 0, 0, 2, 3]);
    expect(shown('communes-actives', { offers }).rows.map((row) => [row.label, ...row.values])).toEqual([
      ['Besançon (25056)', 1],
      ['Dole (39198)', 1],
    ]);
    expect(shown('offres-par-mois', { offers }).rows.at(-1)).toMatchObject({
      key: '2026-10',
      values: [2, 0, 0, 0, 0, 0, 2],
    });
    expect(shown('departements', { offers }).rows.map((row) => row.values.slice(0, 2))).toEqual([
      [1, 1],
      [1, 1],
    ]);
  });

  it('refuses to publish a people column holding a plain number, or people in a column of things', () => {
    const table = (values: StatTable['rows'][number]['values'], people: boolean): StatTable => ({
      id: 't',
      title: 'T',
      rowHeader: { key: 'ligne', label: 'Ligne', description: '' },
      columns: [{ key: 'c', label: 'C', description: '', people }],
      rows: [{ key: 'r', label: 'R', values }],
      total: null,
      rowTotal: false,
      hideZeroRows: false,
    });
    expect(() => publishTable(table([3], true))).toThrow(TypeError);
    expect(() => publishTable(table([peopleOf([record('a')])], false))).toThrow(TypeError);
    expect(publishTable(table([3], false)).rows[0]?.values).toEqual([3]);
  });
});
