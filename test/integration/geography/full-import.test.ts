// The real reference data, imported whole into the real database: counts, positions, idempotence.
import { CommuneModel } from '../../../src/models/commune';
import { importGeography } from '../../../src/services/geography/import-geography';
import { loadGazetteer } from '../../../src/services/geography/load-gazetteer';
import { useTestDatabase } from '../../support/test-database';

useTestDatabase();

describe('full French geography import', () => {
  let first: Awaited<ReturnType<typeof importGeography>>;

  beforeAll(async () => {
    first = await importGeography();
  }, 180_000);

  it('imports every current commune of metropolitan France and the overseas départements', () => {
    if (first.status !== 'imported') throw new Error('expected an import');
    expect(first.changes.communes.total).toBeGreaterThan(34_000);
    expect(first.changes.communes.inserted).toBe(first.changes.communes.total);
    expect(first.changes.regions.total).toBe(18);
    expect(first.changes.departements.total).toBe(101);
    expect(first.changes.epcis.total).toBeGreaterThan(1_200);
    // About 14,650 communes have their own GeoNames point; the rest are estimated.
    expect(first.precisionCounts.exacte).toBeGreaterThan(14_000);
  });

  it('gives every commune coordinates in France and a precision', async () => {
    const communes = await CommuneModel.find().lean();
    expect(communes.length).toBe(first.status === 'imported' ? first.changes.communes.total : -1);
    const misplaced = communes.filter(
      (c) =>
        !Number.isFinite(c.latitude) ||
        !Number.isFinite(c.longitude) ||
        // Metropolitan France, or the tropics for the overseas départements.
        !(
          (c.latitude > 41 && c.latitude < 51.2 && c.longitude > -5.3 && c.longitude < 9.7) ||
          Math.abs(c.latitude) < 23.5
        ) ||
        !c.positionPrecision,
    );
    expect(misplaced.map((c) => c._id)).toEqual([]);
    const dole = communes.find((c) => c._id === '39198');
    expect(dole).toMatchObject({ nom: 'Dole', departement: '39', region: '27', positionPrecision: 'exacte' });
  });

  it('changes nothing when run again, quickly, even when forced to compare every document', async () => {
    const started = Date.now();
    await expect(importGeography()).resolves.toMatchObject({ status: 'up-to-date' });
    expect(Date.now() - started).toBeLessThan(5_000);

    const forced = await importGeography({ force: true });
    if (forced.status !== 'imported') throw new Error('a forced run compares every document');
    for (const change of Object.values(forced.changes)) {
      expect(change).toMatchObject({ inserted: 0, updated: 0, deleted: 0 });
    }
  }, 120_000);

  it('loads into a gazetteer that finds Dole first for "dole"', async () => {
    const gazetteer = await loadGazetteer();
    expect(gazetteer.communeCount).toBeGreaterThan(34_000);
    expect(gazetteer.search('dole', 10).communes[0]?.code).toBe('39198');
  }, 60_000);
});
