import { type GeographySources, buildGeography } from '../../../../src/domain/geo/build-geography';

/** A small invented département that exercises every way of finding a point. */
function sources(): GeographySources {
  return {
    regions: [{ code: '27', nom: 'Bourgogne-Franche-Comté', chefLieu: '21231' }],
    departements: [{ code: '39', nom: 'Jura', region: '27', chefLieu: '39300' }],
    epcis: [
      {
        code: '200000001',
        nom: 'CA du Grand Dole',
        type: 'CA',
        population: 50000,
        memberCodes: ['39198', '39500', '39600'],
      },
    ],
    communes: [
      {
        code: '39198',
        nom: 'Dole',
        departement: '39',
        region: '27',
        population: 23840,
        codesPostaux: ['39100'],
      },
      {
        code: '39300',
        nom: 'Lons-le-Saunier',
        departement: '39',
        region: '27',
        population: 17000,
        codesPostaux: ['39000'],
      },
      // A commune nouvelle: no point of its own, one for a former commune.
      {
        code: '39400',
        nom: 'Nouvelle',
        departement: '39',
        region: '27',
        codesPostaux: ['39400'],
        anciensCodes: ['39401'],
      },
      // Shares Dole's postal code.
      { code: '39450', nom: 'Voisine', departement: '39', region: '27', codesPostaux: ['39100'] },
      // Alone in its postal code, but in Dole's EPCI with another known commune.
      { code: '39500', nom: 'Intercommunale', departement: '39', region: '27', codesPostaux: ['39555'] },
      { code: '39600', nom: 'Connue', departement: '39', region: '27', codesPostaux: ['39666'] },
      // Nothing around it: the département's chef-lieu.
      { code: '39700', nom: 'Isolée', departement: '39', region: '27', codesPostaux: ['39777'] },
    ],
    places: [
      {
        inseeCode: '39198',
        name: 'Goux',
        featureCode: 'PPL',
        population: 300,
        latitude: 47.0,
        longitude: 5.4,
      },
      {
        inseeCode: '39198',
        name: 'Dole',
        featureCode: 'PPLA3',
        population: 25878,
        latitude: 47.09225,
        longitude: 5.48966,
      },
      {
        inseeCode: '39300',
        name: 'Lons-le-Saunier',
        featureCode: 'PPLA2',
        population: 17000,
        latitude: 46.67,
        longitude: 5.55,
      },
      {
        inseeCode: '39401',
        name: 'Ancienne',
        featureCode: 'PPL',
        population: 200,
        latitude: 46.9,
        longitude: 5.7,
      },
      {
        inseeCode: '39600',
        name: 'Connue',
        featureCode: 'PPL',
        population: 500,
        latitude: 47.2,
        longitude: 5.3,
      },
    ],
  };
}

describe('buildGeography', () => {
  const geography = buildGeography(sources());
  const commune = (code: string) => geography.communes.find((c) => c.code === code);

  it('takes the GeoNames place named like the commune, even when another one is listed under its code', () => {
    expect(commune('39198')).toMatchObject({
      latitude: 47.09225,
      longitude: 5.48966,
      positionPrecision: 'exacte',
    });
  });

  it('uses a former commune for a commune nouvelle', () => {
    expect(commune('39400')).toMatchObject({
      latitude: 46.9,
      longitude: 5.7,
      positionPrecision: 'ancienne-commune',
    });
  });

  it('estimates from the communes sharing a postal code', () => {
    expect(commune('39450')).toMatchObject({
      latitude: 47.09225,
      longitude: 5.48966,
      positionPrecision: 'code-postal',
    });
  });

  it('then from the known communes of the EPCI', () => {
    const expected = { latitude: (47.09225 + 47.2) / 2, longitude: (5.48966 + 5.3) / 2 };
    expect(commune('39500')?.positionPrecision).toBe('epci');
    expect(commune('39500')?.latitude).toBeCloseTo(expected.latitude, 6);
    expect(commune('39500')?.longitude).toBeCloseTo(expected.longitude, 6);
  });

  it("then from the département's chef-lieu", () => {
    expect(commune('39700')).toMatchObject({
      latitude: 46.67,
      longitude: 5.55,
      positionPrecision: 'departement',
    });
  });

  it('counts positions by precision and fills defaults', () => {
    expect(geography.precisionCounts).toEqual({
      exacte: 3,
      'ancienne-commune': 1,
      'code-postal': 1,
      epci: 1,
      departement: 1,
    });
    expect(commune('39500')).toMatchObject({ epci: '200000001', population: 0 });
    expect(commune('39700')?.epci).toBeNull();
  });

  it('is deterministic', () => {
    expect(buildGeography(sources())).toEqual(geography);
  });

  it('refuses to invent a point when nothing is known in the département', () => {
    const lonely = sources();
    lonely.places = [];
    expect(() => buildGeography(lonely)).toThrow(/No position/);
  });
});
