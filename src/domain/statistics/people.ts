// Counts of people, and the one function that publishes them (cell-key perturbation, README.md).
// A table cell that counts people holds People — the records behind it — never a number: the only
// way to a number is publishCount, which gives the perturbed figure. So no page, chart, export or
// future figure can show a true count of people by mistake.
import { CELL_KEY_RANGE, perturb } from './perturbation-table';

/**
 * One person as the statistics know them: an opaque id (never the account id) and the person's
 * record key, 0 to CELL_KEY_RANGE − 1, stable for as long as the database lives (the service layer
 * derives both, see src/services/statistics/record-keys.ts).
 */
export interface PersonRecord {
  person: string;
  recordKey: number;
}

declare const opaque: unique symbol;

/** The distinct people behind a count: an opaque token, with no size and nothing to iterate. */
export interface People {
  readonly [opaque]: 'People';
}

// The record keys of each People, kept out of the token so that nothing outside this file reads them.
const recordKeysOf = new WeakMap<People, ReadonlyMap<string, number>>();

/** The distinct people of these records (a person met twice counts once). */
export function peopleOf(records: Iterable<PersonRecord>): People {
  const recordKeys = new Map<string, number>();
  for (const { person, recordKey } of records) if (!recordKeys.has(person)) recordKeys.set(person, recordKey);
  const people = Object.freeze({}) as People;
  recordKeysOf.set(people, recordKeys);
  return people;
}

/** Whether a table cell holds people (as opposed to an exact count of things). */
export const isPeople = (value: unknown): value is People =>
  typeof value === 'object' && value !== null && recordKeysOf.has(value as People);

/**
 * The figure partners may see for these people: their number, perturbed by the p-table at the
 * cell key (the sum of their record keys, modulo CELL_KEY_RANGE). The same people give the same
 * figure wherever they are counted; one more or one fewer changes it unpredictably.
 */
export function publishCount(people: People): number {
  const recordKeys = recordKeysOf.get(people) ?? new Map<string, number>();
  let cellKey = 0;
  for (const recordKey of recordKeys.values()) cellKey = (cellKey + recordKey) % CELL_KEY_RANGE;
  return perturb(recordKeys.size, cellKey);
}
