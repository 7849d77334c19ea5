// The statistical secrecy rule: no figure computed from 1 to 4 people is shown ("< 5"), and no
// hidden figure can be worked out again from a visible total (secondary suppression, "secret").
import type { ShownTable, ShownValue, StatTable } from './stat-table';

export const SMALL_COUNT_LIMIT = 5;

const isSmall = (value: number) => value > 0 && value < SMALL_COUNT_LIMIT;

type Hidden = Exclude<ShownValue, number> | null;
type Position = readonly [row: number, column: number];

/** One line of the table: cells that add up to `total` (when the line has one). */
interface Line {
  cells: Position[];
  total: Position | null;
}

/** The lines a reader could add up: each row against the row-total column, each column against the total row. */
function linesOf(table: StatTable, people: readonly boolean[]): Line[] {
  const lines: Line[] = [];
  const totalRow = table.rows.length;
  const lastColumn = table.columns.length - 1;
  const peopleColumns = people.flatMap((isPeople, column) =>
    isPeople && column < lastColumn ? [column] : [],
  );
  if (table.rowTotal && people[lastColumn]) {
    const rows = table.total ? totalRow + 1 : totalRow;
    for (let row = 0; row < rows; row += 1)
      lines.push({ cells: peopleColumns.map((column): Position => [row, column]), total: [row, lastColumn] });
  }
  people.forEach((isPeople, column) => {
    if (isPeople)
      lines.push({
        cells: table.rows.map((_row, row): Position => [row, column]),
        total: table.total ? [totalRow, column] : null,
      });
  });
  return lines;
}

export function suppressSmallCounts(table: StatTable): ShownTable {
  // Row `table.rows.length` is the total row.
  const grid = [...table.rows.map((row) => row.values), table.total ?? []];
  const people = table.columns.map((column) => column.people);
  const hidden: Hidden[][] = grid.map((values) =>
    values.map((value, column) => (people[column] === true && isSmall(value) ? 'petit' : null)),
  );
  const valueAt = ([row, column]: Position) => grid[row]?.[column] ?? 0;
  const isHidden = ([row, column]: Position) => (hidden[row]?.[column] ?? null) !== null;
  const hide = ([row, column]: Position) => {
    const line = hidden[row];
    if (line) line[column] = 'secret';
  };

  // A line with exactly one hidden cell under a visible total gives that cell away: hide its next
  // smallest cell (or, failing one, the total) and look again, as each hiding may open another line.
  const lines = linesOf(table, people);
  for (let changed = true; changed;) {
    changed = false;
    for (const line of lines) {
      if (!line.total || isHidden(line.total)) continue;
      if (line.cells.filter(isHidden).length !== 1) continue;
      const next = line.cells
        .filter((cell) => !isHidden(cell) && valueAt(cell) > 0)
        .sort((a, b) => valueAt(a) - valueAt(b))[0];
      hide(next ?? line.total);
      changed = true;
    }
  }

  const shown = (row: number, values: readonly number[]): ShownValue[] =>
    values.map((value, column) => hidden[row]?.[column] ?? value);
  return {
    ...table,
    rows: table.rows.map((row, index) => ({ ...row, values: shown(index, row.values) })),
    total: table.total ? shown(table.rows.length, table.total) : null,
  };
}
