// The map's cache: kept while the read model's version stays, recomputed when it moves or when an
// included offer expires, least recently used entries dropped first; the version it watches.
import { ReadModelCache } from '../../../src/services/map/read-model-cache';
import { OfferReadModel } from '../../../src/services/offers/offer-read-model';
import type { OfferView } from '../../../src/services/offers/offer-view';

describe('ReadModelCache', () => {
  let version = 1;
  let now = new Date('2026-06-01T00:00:00Z');
  let computations = 0;
  const cache = new ReadModelCache<string>(
    () => version,
    () => now,
    2,
  );
  const get = (key: string, validUntil: Date | null = null) =>
    cache.get(key, () => ({ value: `${key}-${(computations += 1)}`, validUntil }));

  it('answers from memory until the version moves', () => {
    expect(get('a')).toBe('a-1');
    expect(get('a')).toBe('a-1');
    version += 1;
    expect(get('a')).toBe('a-2');
  });

  it('recomputes once an included offer has expired', () => {
    expect(get('b', new Date('2026-06-02T00:00:00Z'))).toBe('b-3');
    now = new Date('2026-06-01T23:59:59Z');
    expect(get('b')).toBe('b-3');
    now = new Date('2026-06-02T00:00:00Z');
    expect(get('b')).toBe('b-4');
  });

  it('drops the least recently used entry when full', () => {
    get('a');
    get('b');
    get('c');
    const before = computations;
    get('b');
    expect(computations).toBe(before);
    get('a');
    expect(computations).toBe(before + 1);
  });
});

describe('ReadModelCache with a bound in bytes', () => {
  const tenBytesCache = () =>
    new ReadModelCache<string>(
      () => 1,
      () => new Date('2026-06-01T00:00:00Z'),
      100,
      { maxBytes: 10, bytesOf: (value) => value.length },
    );

  it('drops the least recently used entries until the values weigh no more than the bound', () => {
    const cache = tenBytesCache();
    const get = (key: string) => cache.get(key, () => ({ value: key.repeat(4), validUntil: null }));
    get('a');
    get('b');
    get('a'); // a is now the most recently used
    get('c'); // 12 bytes: b goes, a stays
    expect(cache.get('a', () => ({ value: 'recomputed', validUntil: null }))).toBe('aaaa');
    expect(cache.get('b', () => ({ value: 'recomputed', validUntil: null }))).toBe('recomputed');
  });

  it('keeps an entry heavier than the bound alone, until the next one', () => {
    const cache = tenBytesCache();
    cache.get('small', () => ({ value: 'xx', validUntil: null }));
    expect(cache.get('big', () => ({ value: 'y'.repeat(50), validUntil: null }))).toHaveLength(50);
    expect(cache.get('big', () => ({ value: 'recomputed', validUntil: null }))).toHaveLength(50);
    expect(cache.get('small', () => ({ value: 'recomputed', validUntil: null }))).toBe('recomputed');
  });
});

describe('OfferReadModel.version', () => {
  it('moves at every put and every actual remove', () => {
    const model = new OfferReadModel();
    const offer = { id: 'a', commune: '39198' } as OfferView;
    const start = model.version;
    model.put(offer);
    model.put({ ...offer, title: 'changed' });
    expect(model.version).toBe(start + 2);
    model.remove('unknown');
    expect(model.version).toBe(start + 2);
    model.remove('a');
    expect(model.version).toBe(start + 3);
  });
});
