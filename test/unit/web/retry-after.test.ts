import { retryDelay } from '../../../src/web/retry-after';

it.each([
  [0, '1 seconde'],
  [40, '40 secondes'],
  [60, '1 minute'],
  [61, '2 minutes'],
  [14 * 60, '14 minutes'],
  [3600, '1 heure'],
  [5 * 3600 - 30, '5 heures'],
])('says a delay of %i s as "%s"', (seconds, words) => {
  expect(retryDelay(seconds)).toBe(words);
});
