// Cell-key perturbation (src/domain/statistics/README.md): the p-table's guarantees, the cell key of
// a set of people, and why neither differencing attack gives an exact count back.
import fc from 'fast-check';
import { type PersonRecord, peopleOf, publishCount } from '../../../../src/domain/statistics/people';
import {
  CELL_KEY_RANGE,
  MAX_NOISE,
  SMALL_COUNT_LIMIT,
  pTableRow,
  perturb,
  trueValuesBehind,
} from '../../../../src/domain/statistics/perturbation-table';

const TRUE_VALUES = Array.from({ length: 301 }, (_unused, value) => value);
const CELL_KEYS = Array.from({ length: CELL_KEY_RANGE }, (_unused, key) => key);

describe('the perturbation table', () => {
  it('gives every cell key a figure, with a mean noise of exactly zero', () => {
    for (const value of TRUE_VALUES) {
      const row = pTableRow(value);
      expect(row.reduce((sum, [, cellKeys]) => sum + cellKeys, 0)).toBe(CELL_KEY_RANGE);
      expect(row.reduce((sum, [published, cellKeys]) => sum + published * cellKeys, 0)).toBe(
        value * CELL_KEY_RANGE,
      );
    }
  });

  it('keeps zeros, never publishes 1 to 4, and bounds the noise', () => {
    for (const value of TRUE_VALUES)
      for (const cellKey of CELL_KEYS) {
        const published = perturb(value, cellKey);
        if (value === 0) expect(published).toBe(0);
        expect(published === 0 || published >= SMALL_COUNT_LIMIT).toBe(true);
        if (value >= SMALL_COUNT_LIMIT) expect(Math.abs(published - value)).toBeLessThanOrEqual(MAX_NOISE);
        else expect(published === 0 || published === SMALL_COUNT_LIMIT).toBe(true);
      }
  });

  it('publishes 1 to 4 as 0 or 5, so that a 0 or a 5 may hide any of them', () => {
    for (const value of [1, 2, 3, 4])
      expect(new Set(CELL_KEYS.map((cellKey) => perturb(value, cellKey)))).toEqual(new Set([0, 5]));
    expect(trueValuesBehind(0, 40)).toEqual([0, 1, 2, 3, 4]);
    expect(trueValuesBehind(5, 40)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('is deterministic and refuses what is not a count or a cell key', () => {
    for (const value of [0, 3, 6, 42])
      for (const key of CELL_KEYS) expect(perturb(value, key)).toBe(perturb(value, key));
    expect(() => perturb(-1, 0)).toThrow(RangeError);
    expect(() => perturb(2.5, 0)).toThrow(RangeError);
    expect(() => perturb(10, CELL_KEY_RANGE)).toThrow(RangeError);
  });
});

const recordsArb = fc.uniqueArray(
  fc.record({ person: fc.string({ minLength: 1, maxLength: 6 }), recordKey: fc.nat(CELL_KEY_RANGE - 1) }),
  { maxLength: 60, selector: (record) => record.person },
);

describe('publishCount', () => {
  it('gives the same figure for the same people, whatever their order or repetitions', () => {
    fc.assert(
      fc.property(recordsArb, fc.nat(), (records, shift) => {
        const reordered = records.map((_record, index) => records[(index + shift) % records.length]);
        const repeated = [...reordered, ...records.slice(0, shift % 5)] as PersonRecord[];
        expect(publishCount(peopleOf(repeated))).toBe(publishCount(peopleOf(records)));
      }),
      { numRuns: 300 },
    );
  });

  it('publishes the true count perturbed at the sum of the record keys', () => {
    fc.assert(
      fc.property(recordsArb, (records) => {
        const cellKey = records.reduce((sum, record) => sum + record.recordKey, 0) % CELL_KEY_RANGE;
        const published = publishCount(peopleOf(records));
        expect(published).toBe(perturb(records.length, cellKey));
        expect(published === 0 || published >= SMALL_COUNT_LIMIT).toBe(true);
        if (records.length === 0) expect(published).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the people out of reach: nothing to count, print or serialise', () => {
    const people = peopleOf([{ person: 'a', recordKey: 3 }]);
    expect(Reflect.ownKeys(people)).toEqual([]);
    expect(JSON.stringify(people)).toBe('{}');
    expect(Object.isFrozen(people)).toBe(true);
  });
});

/**
 * The published figures before and after one more person, for every cell key before and every
 * record key of the newcomer (each equally likely: record keys are uniform and secret).
 */
function differences(trueValue: number): number[] {
  return CELL_KEYS.flatMap((before) =>
    CELL_KEYS.map(
      (newcomer) => perturb(trueValue + 1, (before + newcomer) % CELL_KEY_RANGE) - perturb(trueValue, before),
    ),
  );
}

describe('before/after differencing (two exports around one new person)', () => {
  it('never shows a first person as +1, and shows one more person as +1 at most 45 % of the time', () => {
    for (let trueValue = 0; trueValue <= 60; trueValue += 1) {
      const seen = differences(trueValue);
      const plusOne = seen.filter((difference) => difference === 1).length / seen.length;
      if (trueValue < SMALL_COUNT_LIMIT) expect(plusOne).toBe(0);
      expect(plusOne).toBeLessThanOrEqual(0.45);
      if (trueValue >= 7) {
        // From 7 on, the difference runs from −3 to +5 and is 0 or less more than a third of the time.
        expect(plusOne).toBeCloseTo(0.26, 5);
        expect(new Set(seen)).toEqual(new Set([-3, -2, -1, 0, 1, 2, 3, 4, 5]));
        expect(seen.filter((difference) => difference <= 0).length / seen.length).toBeGreaterThan(0.35);
      }
    }
  });

  it('holds with real record keys: the newcomer’s key moves the cell key unpredictably', () => {
    fc.assert(
      fc.property(recordsArb, fc.nat(CELL_KEY_RANGE - 1), (records, newcomerKey) => {
        const before = publishCount(peopleOf(records));
        const after = publishCount(peopleOf([...records, { person: '\u0000new', recordKey: newcomerKey }]));
        const cellKey = records.reduce((sum, record) => sum + record.recordKey, 0) + newcomerKey;
        expect(after).toBe(perturb(records.length + 1, cellKey % CELL_KEY_RANGE));
        if (records.length < SMALL_COUNT_LIMIT) expect(after - before).not.toBe(1);
      }),
      { numRuns: 300 },
    );
  });
});

describe('filter and margin differencing (a total minus the visible cells)', () => {
  it('never pins a count of 1 to 4 down from a row, the other rows and their total', () => {
    // Doubs holds d people, Jura j others; the reader sees the two rows and the total (Doubs ∪ Jura),
    // the total's cell key being the sum of the two rows' keys. What values of d fit all three?
    const known = new Map<number, number[]>();
    const behind = (published: number) => {
      const values = known.get(published) ?? trueValuesBehind(published, 60);
      known.set(published, values);
      return values;
    };
    for (let d = 1; d < SMALL_COUNT_LIMIT; d += 1)
      for (let j = 0; j <= 40; j += 1)
        for (const doubsKey of CELL_KEYS)
          for (const juraKey of CELL_KEYS) {
            const doubs = perturb(d, doubsKey);
            const jura = perturb(j, juraKey);
            const total = perturb(d + j, (doubsKey + juraKey) % CELL_KEY_RANGE);
            const totalBehind = behind(total);
            const fitting = behind(doubs).filter((candidate) =>
              behind(jura).some((other) => totalBehind.includes(candidate + other)),
            );
            if (fitting.length < 2) throw new Error(`d=${d} j=${j} keys ${doubsKey}/${juraKey}: ${fitting}`);
          }
  });
});
