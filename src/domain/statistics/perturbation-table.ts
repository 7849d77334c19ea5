// The perturbation table (p-table) of cell-key perturbation: for a true count of people and the
// cell's key, the figure partners see. Why these rows (README.md of this folder):
// - 0 stays 0: an empty cell has no one to protect and no record key;
// - 1 to 4 are never published as themselves but as 0 or 5, with chances chosen so that the mean
//   published value is the true one (1 gives 5 for 20 of the 100 cell keys, 4 for 80 of them): a
//   0 or a 5 may hide 1 to 4 people, and nothing marks a cell as "small";
// - 5 is published as 5, 6 as 5 to 8, and from 7 on the true value −2 to +2 (10, 20, 40, 20 and
//   10 cell keys in 100): the noise has a mean of zero for every true value and is at most 2 from
//   5 upward.
// Deterministic: the same true value and cell key always give the same figure.

/** Cell keys run from 0 to CELL_KEY_RANGE − 1; the chances of each row are counted in cell keys. */
export const CELL_KEY_RANGE = 100;
/** The smallest count of people published as itself; smaller ones read 0 or SMALL_COUNT_LIMIT. */
export const SMALL_COUNT_LIMIT = 5;
/** The largest noise on a true value of SMALL_COUNT_LIMIT or more. */
export const MAX_NOISE = 2;

/** A row of the table: each published value with how many of the CELL_KEY_RANGE cell keys give it. */
export type PTableRow = readonly (readonly [published: number, cellKeys: number])[];

/** The rows of the true values 0 to 6, which cannot take the full noise without going under 5. */
const LOW_ROWS: readonly PTableRow[] = [
  [[0, 100]],
  [
    [0, 80],
    [5, 20],
  ],
  [
    [0, 60],
    [5, 40],
  ],
  [
    [0, 40],
    [5, 60],
  ],
  [
    [0, 20],
    [5, 80],
  ],
  [[5, 100]],
  [
    [5, 30],
    [6, 45],
    [7, 20],
    [8, 5],
  ],
];

/** The first true value whose row is the general one: NOISE added to the true value. */
export const GENERAL_ROW_FROM = LOW_ROWS.length;

/** The noise added from GENERAL_ROW_FROM on. */
const NOISE: PTableRow = [
  [-2, 10],
  [-1, 20],
  [0, 40],
  [1, 20],
  [2, 10],
];

/** The row of a true count of people (a whole number, 0 or more). */
export function pTableRow(trueValue: number): PTableRow {
  if (!Number.isInteger(trueValue) || trueValue < 0) throw new RangeError(`Not a count: ${trueValue}`);
  return LOW_ROWS[trueValue] ?? NOISE.map(([noise, cellKeys]) => [trueValue + noise, cellKeys] as const);
}

/** The figure published for a true count of people whose cell has the key `cellKey`. */
export function perturb(trueValue: number, cellKey: number): number {
  let upTo = 0;
  for (const [published, cellKeys] of pTableRow(trueValue)) {
    upTo += cellKeys;
    if (cellKey < upTo) return published;
  }
  throw new RangeError(`Cell key out of range: ${cellKey}`);
}

/** The true counts of people that can be published as `published`: what a reader can work back to. */
export function trueValuesBehind(published: number, largest: number): number[] {
  return Array.from({ length: largest + 1 }, (_unused, value) => value).filter((value) =>
    pTableRow(value).some(([candidate]) => candidate === published),
  );
}
