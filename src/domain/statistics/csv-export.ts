// A published table as a CSV file for spreadsheets in French: UTF-8 with a BOM, ";" separators, the
// documented column names in the header row, the figures the page shows.
import type { PublishedTable } from './stat-table';

const escape = (field: string): string => (/[;"\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field);

export function tableToCsv(table: PublishedTable): string {
  const lines = [
    [table.rowHeader.key, ...table.columns.map((column) => column.key)],
    ...table.rows.map((row) => [row.label, ...row.values.map(String)]),
    ...(table.total ? [['Total', ...table.total.map(String)]] : []),
  ];
  return `\uFEFF${lines.map((line) => line.map(escape).join(';')).join('\r\n')}\r\n`;
}
