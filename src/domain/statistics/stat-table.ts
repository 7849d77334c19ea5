// A statistics table as the dashboard, its CSV export and its column documentation share it: built
// with People in the columns that count people, then published (publish-table.ts) into numbers.
import type { People } from './people';

export interface StatColumn {
  /** The CSV column name, e.g. "projets". */
  key: string;
  /** The column heading on the page. */
  label: string;
  /** What the figure counts (the column documentation). */
  description: string;
  /**
   * Counts distinct people (professionals): its cells hold People and are published perturbed.
   * Offers and communes are not people: their cells hold exact numbers.
   */
  people: boolean;
}

/** A cell before publication: an exact count of things that are not people, or the people counted. */
export type Figure = number | People;

export interface StatRow<Value = Figure> {
  /** Stable value of the row header, e.g. an INSEE code or a profession code. */
  key: string;
  label: string;
  values: Value[];
}

export interface StatTable<Value = Figure> {
  /** File name of the export and anchor of the table, e.g. "projets". */
  id: string;
  title: string;
  /** The row header column. */
  rowHeader: { key: string; label: string; description: string };
  columns: StatColumn[];
  rows: StatRow<Value>[];
  /** Whole-territory row (not always the sum: one person may count in several rows). */
  total: Value[] | null;
  /** The last column is the row's total (left out of stacked charts). */
  rowTotal: boolean;
  /**
   * Rows whose published figures are all 0 are left out (one row per profession): whether a row
   * shows depends on the published figures only, never on a true count.
   */
  hideZeroRows: boolean;
}

/** A table as partners see it: every figure a number, people perturbed. */
export type PublishedTable = StatTable<number>;
