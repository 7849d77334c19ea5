// A shown table as a CSV file for spreadsheets in French: UTF-8 with a BOM, ";" separators, the
// documented column names in the header row, "< 5" and "secret" where the page shows them.
import { type ShownTable, shownText } from './stat-table';

const escape = (field: string): string => (/[;"\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field);

export function tableToCsv(table: ShownTable): string {
  const lines = [
    [table.rowHeader.key, ...table.columns.map((column) => column.key)],
    ...table.rows.map((row) => [row.label, ...row.values.map(shownText)]),
    ...(table.total ? [['Total', ...table.total.map(shownText)]] : []),
  ];
  return `\uFEFF${lines.map((line) => line.map(escape).join(';')).join('\r\n')}\r\n`;
}
