// A table's people published: every People cell through publishCount, exact counts of things as
// they are. A column's kind and its cells must agree, so a count of people cannot slip through as
// a plain number.
import { isPeople, publishCount } from './people';
import type { Figure, PublishedTable, StatTable } from './stat-table';

export function publishTable(table: StatTable): PublishedTable {
  const publish = (values: readonly Figure[]) =>
    values.map((value, column) => {
      if (isPeople(value) !== (table.columns[column]?.people === true))
        throw new TypeError(`Table ${table.id}: column ${column} mixes people and other counts`);
      return isPeople(value) ? publishCount(value) : value;
    });
  const rows = table.rows.map((row) => ({ ...row, values: publish(row.values) }));
  return {
    ...table,
    rows: table.hideZeroRows ? rows.filter((row) => row.values.some((value) => value !== 0)) : rows,
    total: table.total && publish(table.total),
  };
}
