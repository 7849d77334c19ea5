import { boundingBox, centroid, haversineKm, isInBox } from '../../../../src/domain/geo/distance';

const dole = { latitude: 47.09225, longitude: 5.48966 };
const besancon = { latitude: 47.24878, longitude: 6.01815 };
const paris = { latitude: 48.85341, longitude: 2.3488 };

describe('haversineKm', () => {
  it('measures known distances within a kilometre', () => {
    expect(haversineKm(dole, besancon)).toBeCloseTo(43.4, 0);
    expect(haversineKm(paris, dole)).toBeCloseTo(302, -1);
  });

  it('is zero for the same point and symmetric', () => {
    expect(haversineKm(dole, dole)).toBe(0);
    expect(haversineKm(dole, paris)).toBeCloseTo(haversineKm(paris, dole), 9);
  });
});

describe('boundingBox', () => {
  it('contains every point within the radius and excludes points far beyond it', () => {
    const box = boundingBox(dole, 50);
    expect(isInBox(besancon, box)).toBe(true);
    expect(isInBox(paris, box)).toBe(false);
  });
});

describe('centroid', () => {
  it('averages points and is undefined for none', () => {
    expect(centroid([dole, besancon])).toEqual({
      latitude: (dole.latitude + besancon.latitude) / 2,
      longitude: (dole.longitude + besancon.longitude) / 2,
    });
    expect(centroid([])).toBeUndefined();
  });
});
