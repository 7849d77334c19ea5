// The "< 5" rule: no figure drawn from 1 to 4 people is shown, and none can be worked out again
// from the totals next to it, whatever the filters isolate.
import { tableToCsv } from '../../../../src/domain/statistics/csv-export';
import {
  type DashboardInput,
  type DashboardProject,
  dashboardTables,
} from '../../../../src/domain/statistics/dashboard-tables';
import type { ContactFact } from '../../../../src/domain/statistics/contact-fact';
import { suppressSmallCounts } from '../../../../src/domain/statistics/small-counts';
import type { StatTable } from '../../../../src/domain/statistics/stat-table';

const NOW = new Date('2026-10-15T10:00:00Z');

function table(rows: number[][], total: number[] | null, rowTotal: boolean, people = true): StatTable {
  const width = rows[0]?.length ?? 0;
  return {
    id: 't',
    title: 'T',
    rowHeader: { key: 'ligne', label: 'Ligne', description: '' },
    columns: Array.from({ length: width }, (_unused, index) => ({
      key: `c${String(index)}`,
      label: `C${String(index)}`,
      description: '',
      people,
    })),
    rows: rows.map((values, index) => ({ key: `r${String(index)}`, label: `R${String(index)}`, values })),
    total,
    rowTotal,
  };
}

/** Every hidden cell must share each of its lines with another hidden figure. */
function expectNoLoneHiddenCell(shown: ReturnType<typeof suppressSmallCounts>) {
  const grid = [...shown.rows.map((row) => row.values), ...(shown.total ? [shown.total] : [])];
  for (const values of grid) {
    const hidden = values.filter((value) => typeof value === 'string').length;
    if (shown.rowTotal && typeof values.at(-1) === 'number') expect(hidden === 0 || hidden >= 2).toBe(true);
  }
  for (let column = 0; column < shown.columns.length; column += 1) {
    const cells = shown.rows.map((row) => row.values[column]);
    const hidden = cells.filter((value) => typeof value === 'string').length;
    if (shown.total && typeof shown.total[column] === 'number')
      expect(hidden === 0 || hidden >= 2).toBe(true);
  }
}

describe('suppressSmallCounts', () => {
  it('hides 1 to 4, shows 0 and 5 or more', () => {
    const shown = suppressSmallCounts(table([[0, 1, 4, 5, 12]], null, false));
    expect(shown.rows[0]?.values).toEqual([0, 'petit', 'petit', 5, 12]);
  });

  it('never hides what does not count people (offers, communes)', () => {
    expect(suppressSmallCounts(table([[1, 2]], [1, 2], false, false)).rows[0]?.values).toEqual([1, 2]);
  });

  it('hides a second cell when a row total would give the hidden one away', () => {
    const shown = suppressSmallCounts(
      table(
        [
          [3, 10, 20, 33],
          [6, 7, 8, 21],
        ],
        [9, 17, 28, 54],
        true,
      ),
    );
    // Row 1: 3 hidden, so 10 goes too; column 0 then has one hidden cell under a visible 9: 6 goes too.
    expect(shown.rows[0]?.values).toEqual(['petit', 'secret', 20, 33]);
    expect(shown.rows[1]?.values.filter((value) => typeof value === 'string').length).toBeGreaterThanOrEqual(
      2,
    );
    expectNoLoneHiddenCell(shown);
  });

  it('hides a total drawn from fewer than 5 people too', () => {
    const shown = suppressSmallCounts(table([[2, 0, 0, 2]], null, true));
    expect(shown.rows[0]?.values).toEqual(['petit', 0, 0, 'petit']);
  });
});

describe('dashboard tables', () => {
  const departements = [
    { code: '39', nom: 'Jura' },
    { code: '25', nom: 'Doubs' },
  ];
  const communes: Record<string, { nom: string; departement: string }> = {
    '39198': { nom: 'Dole', departement: '39' },
    '39300': { nom: 'Lons-le-Saunier', departement: '39' },
    '25056': { nom: 'Besançon', departement: '25' },
    '22278': { nom: 'Saint-Brieuc', departement: '22' },
  };
  const gp = (
    person: string,
    departement = '39',
    status: DashboardProject['status'] = 'installe',
  ): DashboardProject => ({
    person,
    profession: 'medecin-generaliste',
    status,
    departements: [departement],
    matched: true,
  });
  const nurse = (person: string): DashboardProject => ({ ...gp(person, '25'), profession: 'infirmier' });
  const contact = (person: string, communeCode: string, installed: boolean): ContactFact => ({
    person,
    communeCode,
    profession: 'medecin-generaliste',
    status: 'installe',
    startedAt: new Date('2026-09-01T00:00:00Z'),
    installation: installed
      ? { confirmedAt: new Date('2026-10-01T00:00:00Z'), communeCode, levers: ['logement'] }
      : null,
  });
  const input = (overrides: Partial<DashboardInput> = {}): DashboardInput => ({
    now: NOW,
    months: 12,
    profession: null,
    departements,
    commune: (code) => communes[code],
    offers: [],
    // 7 GPs in the Jura (one a replacement), 6 nurses in the Doubs: the Jura's single replacement
    // GP is the one a filter could isolate.
    projects: [
      ...['a', 'b', 'c', 'd', 'e', 'f'].map((person) => gp(person)),
      gp('g', '39', 'remplacant'),
      ...['n1', 'n2', 'n3', 'n4', 'n5', 'n6'].map(nurse),
    ],
    contacts: [contact('a', '39198', true), contact('b', '39198', false), contact('c', '22278', true)],
    ...overrides,
  });
  const shownTables = (overrides: Partial<DashboardInput> = {}) =>
    dashboardTables(input(overrides)).map(suppressSmallCounts);
  const shown = (id: string, overrides: Partial<DashboardInput> = {}) => {
    const found = shownTables(overrides).find((candidate) => candidate.id === id);
    if (!found) throw new Error(id);
    return found;
  };

  it('counts distinct people and hides any figure from fewer than 5 of them', () => {
    const projects = shown('projets');
    expect(projects.rows.map((row) => [row.key, ...row.values])).toEqual([
      // 6 installed + 1 replacement GP: the "1" is hidden, and so is the 6 next to it (the row total would
      // give it away); in the total row, 1 is small and 12 goes with it.
      ['medecin-generaliste', 'secret', 'petit', 0, 0, 7],
      ['infirmier', 6, 0, 0, 0, 6],
    ]);
    expect(projects.total).toEqual(['secret', 'petit', 0, 0, 13]);
    expectNoLoneHiddenCell(projects);
  });

  it('cannot isolate one person through the filters', () => {
    // Filtering on the Jura and on GPs leaves the one replacement GP alone in a cell.
    const jura = shown('projets', {
      profession: 'medecin-generaliste',
      departements: [{ code: '39', nom: 'Jura' }],
    });
    expect(jura.rows[0]?.values[1]).toBe('petit');
    expect(jura.total?.[1]).toBe('petit');
    for (const table of shownTables({
      profession: 'medecin-generaliste',
      departements: [{ code: '39', nom: 'Jura' }],
    }))
      for (const row of [...table.rows.map((r) => r.values), table.total ?? []])
        row.forEach((value, column) => {
          if (table.columns[column]?.people && typeof value === 'number')
            expect(value === 0 || value >= 5).toBe(true);
        });
    // Contacts outside the territory (Saint-Brieuc) count nowhere; the two in the Jura are hidden.
    const contacts = shown('mises-en-relation');
    expect(contacts.total).toEqual([13, 13, 'petit', 'petit']);
  });

  it('exports the shown values as CSV for French spreadsheets', () => {
    const csv = tableToCsv(shown('projets'));
    expect(csv.startsWith('\uFEFFprofession;installe;remplacant;interne;etudiant;total\r\n')).toBe(true);
    expect(csv).toContain('Médecin généraliste;secret;< 5;0;0;7\r\n');
    expect(csv.endsWith('Total;secret;< 5;0;0;13\r\n')).toBe(true);
  });

  it('counts offers and active communes without hiding them', () => {
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
    expect(shown('communes-actives', { offers }).rows.map((row) => row.label)).toEqual([
      'Besançon (25056)',
      'Dole (39198)',
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
});
