// The dashboard's tables as the page shows them: cells as text ("< 5", "secret"), key figures,
// chart and map data read by the page's scripts.
import type { Departement } from '../../domain/geo/types';
import {
  HIDDEN_LABELS,
  type ShownTable,
  type ShownValue,
  shownText,
} from '../../domain/statistics/stat-table';

const numberFormat = new Intl.NumberFormat('fr-FR');

const cellOf = (value: ShownValue) => ({
  text: typeof value === 'number' ? numberFormat.format(value) : HIDDEN_LABELS[value],
  hidden: typeof value !== 'number',
});

/** Charts drawn from a table by public/js/dashboard-charts.js ("bar" or "stacked"). */
const CHARTS: Record<string, string> = {
  'offres-par-mois': 'stacked',
  'offres-par-type': 'bar',
  projets: 'stacked',
  'mises-en-relation': 'bar',
};

export function presentTable(table: ShownTable, exportUrl: string) {
  return {
    id: table.id,
    title: table.title,
    rowHeader: table.rowHeader.label,
    columns: table.columns.map((column) => column.label),
    rows: table.rows.map((row) => ({ label: row.label, cells: row.values.map(cellOf) })),
    total: table.total?.map(cellOf) ?? null,
    exportUrl,
    chart: CHARTS[table.id] ?? '',
    // The row-total column is left out of stacked charts.
    chartSkipLast: table.rowTotal || table.id === 'offres-par-type',
    empty: table.rows.length === 0,
  };
}

/** Headline figures, read from the tables' total rows. */
export function keyFigures(tables: readonly ShownTable[]) {
  const total = (id: string, column: string) => {
    const table = tables.find((candidate) => candidate.id === id);
    const index = table?.columns.findIndex((candidate) => candidate.key === column) ?? -1;
    const value = table?.total?.[index];
    return value === undefined
      ? '—'
      : shownText(value).replace(/^(\d+)$/, (digits) => numberFormat.format(Number(digits)));
  };
  return [
    { label: 'Offres en ligne', value: total('departements', 'offres_en_ligne') },
    { label: 'Communes actives', value: total('departements', 'communes_actives') },
    {
      label: 'Professionnels dont un projet vise le territoire',
      value: total('mises-en-relation', 'projets'),
    },
    {
      label: 'Professionnels à qui une commune du territoire est proposée',
      value: total('mises-en-relation', 'communes_proposees'),
    },
    { label: 'Professionnels ayant écrit à une commune', value: total('mises-en-relation', 'contacts') },
    { label: 'Installations confirmées', value: total('mises-en-relation', 'installations') },
  ];
}

/** The proportional-circle map: one point per département with each figure (null when hidden). */
export function mapPoints(
  table: ShownTable | undefined,
  centreOf: (code: string) => { latitude: number; longitude: number },
) {
  return {
    figures: (table?.columns ?? []).map((column) => ({ key: column.key, label: column.label })),
    points: (table?.rows ?? []).map((row) => {
      const centre = centreOf(row.key);
      return {
        code: row.key,
        nom: row.label,
        lat: centre.latitude,
        lon: centre.longitude,
        values: Object.fromEntries(
          (table?.columns ?? []).map((column, index) => {
            const value = row.values[index];
            return [column.key, typeof value === 'number' ? value : null];
          }),
        ),
      };
    }),
  };
}

export const departementChoices = (departements: readonly Departement[]) =>
  departements.map((departement) => ({
    value: departement.code,
    label: `${departement.code} ${departement.nom}`,
  }));
