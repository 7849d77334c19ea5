// A map bounded by its number of entries drops the one set longest ago.
import { setNewest } from '../../../src/domain/recent-entries';

it('keeps at most `max` entries, the most recently set, a key set again counting as new', () => {
  const map = new Map<string, number>();
  setNewest(map, 'a', 1, 2);
  setNewest(map, 'b', 2, 2);
  setNewest(map, 'a', 3, 2); // a is now the newest
  setNewest(map, 'c', 4, 2); // b, set longest ago, goes
  expect([...map]).toEqual([
    ['a', 3],
    ['c', 4],
  ]);
});
