// A read model's version moves only when what it keeps changes: a reconciliation or a reload that
// reads the same content again leaves it (and every cache keyed on it) as it was.
import type { Model } from 'mongoose';
import { ReadModel } from '../../../src/services/read-models/read-model';

interface View {
  id: string;
  commune: string;
  rent: number;
  availableFrom: Date;
  tags: string[];
}

const model = () =>
  new ReadModel<View, 'commune'>({
    name: 'things',
    model: {} as Model<never>,
    toView: (stored: never) => stored,
    idOf: (view) => view.id,
    keys: { commune: (view) => view.commune },
  });

const view = (changes: Partial<View> = {}): View => ({
  id: 'a',
  commune: '39198',
  rent: 600,
  availableFrom: new Date('2027-01-01T00:00:00Z'),
  tags: ['t2', 'meublé'],
  ...changes,
});

describe('ReadModel.version', () => {
  it('stays when the same content is applied again, as a reconciliation or a reload does', () => {
    const things = model();
    things.put(view());
    const kept = things.get('a');
    const version = things.version;
    things.apply('a', view(), true);
    things.apply('a', view());
    things.refresh(view());
    expect(things.version).toBe(version);
    // The object kept is the first one: caches keyed on objects stay valid too.
    expect(things.get('a')).toBe(kept);
    expect(things.list('commune', '39198')).toEqual([kept]);
  });

  it('moves when a field, a date or an array element changes', () => {
    const things = model();
    things.put(view());
    let version = things.version;
    for (const changed of [
      view({ rent: 650 }),
      view({ rent: 650, availableFrom: new Date('2027-02-01T00:00:00Z') }),
      view({ rent: 650, availableFrom: new Date('2027-02-01T00:00:00Z'), tags: ['t2'] }),
    ]) {
      things.apply('a', changed, true);
      expect(things.version).toBe(version + 1);
      expect(things.get('a')).toBe(changed);
      version = things.version;
    }
  });

  it('moves when the kept object itself is put again (it may have been modified in place)', () => {
    const things = model();
    const same = view();
    things.put(same);
    const version = things.version;
    same.rent = 700;
    things.put(same);
    expect(things.version).toBe(version + 1);
  });

  it('moves when a view is removed, not when an unknown id is', () => {
    const things = model();
    things.put(view());
    const version = things.version;
    things.remove('unknown');
    expect(things.version).toBe(version);
    things.remove('a');
    expect(things.version).toBe(version + 1);
  });
});
