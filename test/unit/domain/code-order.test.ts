// Identifiers and codes sort as `localeCompare` sorts them, without the locale's collation.
import { compareCodes } from '../../../src/domain/code-order';

it('orders database ids and INSEE codes (Corsica included) as localeCompare does', () => {
  const codes = [
    '2B033',
    '75056',
    '2A004',
    '01001',
    '20000',
    '6b118e4cb994d74fa6592bf4',
    '6b118e4cb994d74fa6592bf',
    '09',
  ];
  expect([...codes].sort(compareCodes)).toEqual([...codes].sort((a, b) => a.localeCompare(b)));
  expect(compareCodes('39198', '39198')).toBe(0);
});
