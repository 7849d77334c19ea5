import { Gazetteer } from '../../../../src/domain/geo/gazetteer';
import type { Commune } from '../../../../src/domain/geo/types';

function commune(
  code: string,
  nom: string,
  population: number,
  latitude: number,
  longitude: number,
  codesPostaux: string[],
): Commune {
  const departement = code.slice(0, 2);
  return {
    code,
    nom,
    departement,
    region: departement === '22' ? '53' : '27',
    epci: null,
    population,
    codesPostaux,
    latitude,
    longitude,
    positionPrecision: 'exacte',
  };
}

const gazetteer = new Gazetteer({
  regions: [
    { code: '27', nom: 'Bourgogne-Franche-Comté', chefLieu: '21231' },
    { code: '53', nom: 'Bretagne', chefLieu: '35238' },
  ],
  departements: [
    { code: '39', nom: 'Jura', region: '27', chefLieu: '39300' },
    { code: '25', nom: 'Doubs', region: '27', chefLieu: '25056' },
    { code: '22', nom: "Côtes-d'Armor", region: '53', chefLieu: '22278' },
  ],
  epcis: [],
  communes: [
    commune('39553', 'Villette-lès-Dole', 806, 47.08, 5.43, ['39100']),
    commune('39198', 'Dole', 23840, 47.09225, 5.48966, ['39100']),
    commune('39285', 'Lavans-lès-Dole', 323, 47.18, 5.61, ['39700']),
    commune('25056', 'Besançon', 120000, 47.24878, 6.01815, ['25000']),
    commune('22278', 'Saint-Brieuc', 44364, 48.51, -2.76, ['22000']),
    commune('22999', 'Brieucville', 10, 48.4, -2.7, ['22999']),
    commune('39300', 'Lons-le-Saunier', 17000, 46.67, 5.55, ['39000']),
  ],
});

const codes = (communes: readonly Commune[]) => communes.map((c) => c.code);

describe('Gazetteer.search', () => {
  it('puts the exact name first, then by population', () => {
    expect(codes(gazetteer.search('dole', 10).communes)).toEqual(['39198', '39553', '39285']);
  });

  it('ignores accents, case, hyphens and the "St" abbreviation', () => {
    for (const query of ['saint brieuc', 'SAINT-BRIEUC', 'st-brieuc', 'St Brieuc', 'saînt brieuc']) {
      expect(codes(gazetteer.search(query, 10).communes)[0]).toBe('22278');
    }
  });

  it('matches the start of any word of the name', () => {
    expect(codes(gazetteer.search('brieuc', 10).communes)).toEqual(['22999', '22278']);
    expect(codes(gazetteer.search('saunier', 10).communes)).toEqual(['39300']);
  });

  it('finds communes by postal code or INSEE code', () => {
    expect(codes(gazetteer.search('39100', 10).communes)).toEqual(['39198', '39553']);
    expect(codes(gazetteer.search('39198', 10).communes)).toEqual(['39198']);
  });

  it('cuts the list at the limit but counts every match', () => {
    const result = gazetteer.search('dole', 1);
    expect(codes(result.communes)).toEqual(['39198']);
    expect(result.total).toBe(3);
  });

  it('finds nothing for an empty or unknown query', () => {
    expect(gazetteer.search('  ', 10)).toEqual({ communes: [], total: 0 });
    expect(gazetteer.search('zzzz', 10).total).toBe(0);
  });
});

describe('Gazetteer lookups', () => {
  it('finds a commune, a département and a région by code', () => {
    expect(gazetteer.commune('39198')?.nom).toBe('Dole');
    expect(gazetteer.commune('00000')).toBeUndefined();
    expect(gazetteer.departement('39')?.nom).toBe('Jura');
    expect(gazetteer.region('53')?.nom).toBe('Bretagne');
    expect(gazetteer.communeCount).toBe(7);
  });

  it('lists communes of a département and of a région, most populated first', () => {
    expect(codes(gazetteer.communesInDepartement('39'))).toEqual(['39198', '39300', '39553', '39285']);
    expect(codes(gazetteer.communesInRegion('53'))).toEqual(['22278', '22999']);
    expect(gazetteer.departements('27').map((d) => d.code)).toEqual(['25', '39']);
  });

  it('finds communes within a radius, nearest first', () => {
    const around = gazetteer.communesWithin({ latitude: 47.09225, longitude: 5.48966 }, 20);
    expect(codes(around.map((found) => found.commune))).toEqual(['39198', '39553', '39285']);
    expect(around[0]?.distanceKm).toBe(0);
    expect(
      codes(gazetteer.communesWithin({ latitude: 47.09225, longitude: 5.48966 }, 50).map((f) => f.commune)),
    ).toContain('25056');
  });
});
