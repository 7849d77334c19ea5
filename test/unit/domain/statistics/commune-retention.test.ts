// A commune's retention: only installations confirmed in it count (wherever the conversation began),
// nothing is shown below the published threshold, and every figure is publishCount's.
import {
  COMMUNE_RETENTION_MIN_ANSWERED,
  communeRetention,
} from '../../../../src/domain/statistics/commune-retention';
import type { ContactFact } from '../../../../src/domain/statistics/contact-fact';
import { peopleOf, publishCount } from '../../../../src/domain/statistics/people';

const DOLE = '39198';
const BESANCON = '25056';

function settled(index: number, settledIn: string, stillPractising: boolean | null): ContactFact {
  return {
    person: `p${String(index)}`,
    recordKey: (index * 37) % 100,
    communeCode: BESANCON,
    profession: 'infirmier',
    status: 'installe',
    startedAt: new Date('2025-01-01'),
    installation: { confirmedAt: new Date('2025-03-01'), communeCode: settledIn, levers: [] },
    checkIns: stillPractising === null ? [] : [{ checkIn: 6, stillPractising, failedLevers: [] }],
  };
}

const many = (count: number, from: number, settledIn: string, stillPractising: boolean | null) =>
  Array.from({ length: count }, (_, index) => settled(from + index, settledIn, stillPractising));

it('shows nothing while the published number of people who answered is under the threshold', () => {
  // Twenty installations but three answers: nothing.
  expect(communeRetention([...many(3, 0, DOLE, true), ...many(17, 3, DOLE, null)], DOLE)).toEqual({
    shown: false,
  });
  expect(COMMUNE_RETENTION_MIN_ANSWERED).toBeGreaterThan(5);
});

it('counts the installations confirmed in the commune, through publishCount', () => {
  const facts = [...many(14, 0, DOLE, true), ...many(2, 14, DOLE, null), ...many(6, 16, BESANCON, false)];
  const retention = communeRetention(facts, DOLE);
  if (!retention.shown) throw new Error('expected figures');
  const dole = facts.filter((fact) => fact.installation?.communeCode === DOLE);
  expect(retention.installations).toBe(publishCount(peopleOf(dole)));
  expect(retention.answered).toBe(publishCount(peopleOf(dole.slice(0, 14))));
  expect(retention.checkIns).toEqual([
    { checkIn: 6, answered: retention.answered, stillPractising: retention.answered, left: 0 },
    { checkIn: 12, answered: 0, stillPractising: 0, left: 0 },
    { checkIn: 24, answered: 0, stillPractising: 0, left: 0 },
  ]);
  // Besançon, where the conversations began, sees none of Dole's installations (six left it: too few).
  expect(communeRetention(facts, BESANCON)).toEqual({ shown: false });
});
