// The dashboard's published tables as the page shows them: figures as French text, key figures,
// chart and map data read by the page's scripts.
import { CELL_KEY_RANGE, GENERAL_ROW_FROM, pTableRow } from '../../domain/statistics/perturbation-table';
import type { PublishedTable } from '../../domain/statistics/stat-table';

const numberFormat = new Intl.NumberFormat('fr-FR');
const figure = (value: number) => numberFormat.format(value);

/** Charts drawn from a table by public/js/dashboard-charts.js ("bar" or "stacked"). */
const CHARTS: Record<string, string> = {
  'offres-par-mois': 'stacked',
  'offres-par-type': 'bar',
  projets: 'stacked',
  'mises-en-relation': 'bar',
};

export function presentTable(table: PublishedTable, exportUrl: string) {
  return {
    id: table.id,
    title: table.title,
    rowHeader: table.rowHeader.label,
    columns: table.columns.map((column) => column.label),
    rows: table.rows.map((row) => ({ label: row.label, cells: row.values.map(figure) })),
    total: table.total?.map(figure) ?? null,
    // Counts of people are perturbed: the page says so under the table.
    perturbed: table.columns.some((column) => column.people),
    exportUrl,
    chart: CHARTS[table.id] ?? '',
    // The row-total column is left out of stacked charts.
    chartSkipLast: table.rowTotal || table.id === 'offres-par-type',
    // Rows by profession whose figures all read 0 are left out; the total may still read more.
    empty: table.rows.length === 0 && (table.total ?? []).every((value) => value === 0),
  };
}

/** Headline figures, read from the tables' total rows. */
export function keyFigures(tables: readonly PublishedTable[]) {
  const total = (id: string, column: string) => {
    const table = tables.find((candidate) => candidate.id === id);
    const index = table?.columns.findIndex((candidate) => candidate.key === column) ?? -1;
    const value = table?.total?.[index];
    return value === undefined ? '—' : figure(value);
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

/** The proportional-circle map: one point per département with each published figure. */
export function mapPoints(
  table: PublishedTable | undefined,
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
          (table?.columns ?? []).map((column, index) => [column.key, row.values[index] ?? 0]),
        ),
      };
    }),
  };
}

const chance = (cellKeys: number) => `${figure((cellKeys * 100) / CELL_KEY_RANGE)} %`;
const signed = (noise: number) => (noise === 0 ? 'n' : noise > 0 ? `n + ${noise}` : `n − ${-noise}`);

/** The perturbation table as the columns page explains it to partners (chances in % of cell keys). */
export function perturbationTableRows() {
  const rows = Array.from({ length: GENERAL_ROW_FROM }, (_unused, trueValue) => ({
    trueValue: String(trueValue),
    published: pTableRow(trueValue)
      .map(([published, cellKeys]) => `${published} (${chance(cellKeys)})`)
      .join(', '),
  }));
  const general = pTableRow(GENERAL_ROW_FROM).map(
    ([published, cellKeys]) => `${signed(published - GENERAL_ROW_FROM)} (${chance(cellKeys)})`,
  );
  return [...rows, { trueValue: `n ≥ ${GENERAL_ROW_FROM}`, published: general.join(', ') }];
}
