// Properties of the package over random schemes and offers: totals are never negative, the first
// year never exceeds the whole, totals add up the lines, and the order of inputs does not matter.
import fc from 'fast-check';
import { communePackage } from '../../../../src/domain/schemes/package';
import type { Scheme, SchemeAmount } from '../../../../src/domain/schemes/scheme';
import { PROJECT_STATUSES } from '../../../../src/domain/matching/types';
import { commune, NOW, offer, project } from '../matching/fixtures';
import { area, scheme } from './fixtures';

const instalmentsOf = (eur: number, parts: readonly number[]) => {
  // Split `eur` into instalments at the given months, the last taking the rest.
  const share = Math.floor(eur / parts.length);
  return parts.map((atMonth, index) => ({
    atMonth,
    eur: index === parts.length - 1 ? eur - share * index : share,
  }));
};

const amountArb: fc.Arbitrary<SchemeAmount | null> = fc.oneof(
  fc.constant(null),
  fc.record({ kind: fc.constant('fixe' as const), eur: fc.integer({ min: 0, max: 100_000 }) }),
  fc
    .tuple(
      fc.integer({ min: 0, max: 100_000 }),
      fc.uniqueArray(fc.integer({ min: 0, max: 60 }), { minLength: 1, maxLength: 5 }),
    )
    .map(([eur, months]) => ({ kind: 'plafond' as const, eur, instalments: instalmentsOf(eur, months) })),
  fc.record({
    kind: fc.constant('mensuel' as const),
    eurPerMonth: fc.integer({ min: 0, max: 3000 }),
    months: fc.option(fc.integer({ min: 1, max: 72 }), { nil: null }),
  }),
);

const schemeArb: fc.Arbitrary<Scheme> = fc
  .record({
    amount: amountArb,
    group: fc.constantFrom(null, 'a', 'b'),
    region: fc.constantFrom('27', '53'),
    statuses: fc.subarray([...PROJECT_STATUSES], { minLength: 1 }),
  })
  .map(({ amount, group, region, statuses }) =>
    scheme({
      amount,
      exclusiveGroup: group,
      area: area({ territory: { level: 'region', code: region } }),
      eligibility: { professions: [], statuses, conditions: '' },
    }),
  );

const offersArb = fc.array(
  fc.record({
    amountEur: fc.integer({ min: 0, max: 50_000 }),
    commitmentMonths: fc.integer({ min: 0, max: 120 }),
  }),
  { maxLength: 4 },
);

const inputArb = fc.record({
  schemes: fc.array(schemeArb, { maxLength: 8 }),
  offers: offersArb.map((entries) => entries.map((details) => offer('39198', 'aide-financiere', details))),
  status: fc.constantFrom(...PROJECT_STATUSES),
});

const DOLE = commune('39198', 'Dole', 0);

describe('package properties', () => {
  it('has non-negative totals, a first year within the whole, and totals that add up its lines', () => {
    fc.assert(
      fc.property(inputArb, ({ schemes, offers, status }) => {
        const { lines, totals } = communePackage({
          project: project({ status }),
          commune: DOLE,
          offers,
          schemes,
          now: NOW,
        });
        expect(totals.firstYearEur).toBeGreaterThanOrEqual(0);
        expect(totals.firstYearEur).toBeLessThanOrEqual(totals.wholeEur);
        expect(totals.wholeEur).toBe(lines.reduce((sum, line) => sum + line.value.wholeEur, 0));
        for (const line of lines) expect(line.value.firstYearEur).toBeLessThanOrEqual(line.value.wholeEur);
        const groups = lines.flatMap((line) => schemes.find((s) => s.id === line.id)?.exclusiveGroup ?? []);
        expect(new Set(groups).size).toBe(groups.length);
      }),
    );
  });

  it('gives the same package whatever the order of schemes and offers', () => {
    fc.assert(
      fc.property(inputArb, fc.infiniteStream(fc.nat()), ({ schemes, offers, status }, seeds) => {
        const shuffle = <T>(items: readonly T[]): T[] =>
          items
            .map((item) => ({ item, key: seeds.next().value }))
            .sort((a, b) => a.key - b.key)
            .map((entry) => entry.item);
        const input = { project: project({ status }), commune: DOLE, now: NOW };
        expect(communePackage({ ...input, offers: shuffle(offers), schemes: shuffle(schemes) })).toEqual(
          communePackage({ ...input, offers, schemes }),
        );
      }),
    );
  });
});
