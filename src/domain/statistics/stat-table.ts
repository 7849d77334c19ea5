// A statistics table as the dashboard, its CSV export and its column documentation share it.

export interface StatColumn {
  /** The CSV column name, e.g. "projets". */
  key: string;
  /** The column heading on the page. */
  label: string;
  /** What the figure counts (the column documentation). */
  description: string;
  /**
   * Counted in distinct people (professionals): 1 to 4 is shown as "< 5". Offers and communes are
   * not people and are always shown.
   */
  people: boolean;
}

export interface StatRow {
  /** Stable value of the row header, e.g. an INSEE code or a profession code. */
  key: string;
  label: string;
  values: number[];
}

export interface StatTable {
  /** File name of the export and anchor of the table, e.g. "projets". */
  id: string;
  title: string;
  /** The row header column. */
  rowHeader: { key: string; label: string; description: string };
  columns: StatColumn[];
  rows: StatRow[];
  /** Whole-territory row (not always the sum: one person may count in several rows). */
  total: number[] | null;
  /** The last column is the row's total (secondary suppression checks it). */
  rowTotal: boolean;
}

/**
 * A cell after the small-count rule: a number, 'petit' for 1 to 4 people ("< 5"), or 'secret' for a
 * larger figure hidden so that a "< 5" cannot be worked out from a total.
 */
export type ShownValue = number | 'petit' | 'secret';

export interface ShownTable extends Omit<StatTable, 'rows' | 'total'> {
  rows: (Omit<StatRow, 'values'> & { values: ShownValue[] })[];
  total: ShownValue[] | null;
}

export const HIDDEN_LABELS: Record<Exclude<ShownValue, number>, string> = { petit: '< 5', secret: 'secret' };

export const shownText = (value: ShownValue): string =>
  typeof value === 'number' ? String(value) : HIDDEN_LABELS[value];
