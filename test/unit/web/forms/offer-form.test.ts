import { offerFormSchema } from '../../../../src/web/forms/offer-form';
import { parseInput } from '../../../../src/web/validation';

const common = {
  _csrf: 't',
  title: 'T3 proche de la gare',
  description: 'Appartement rénové de 65 m², proche des écoles et de la gare.',
  availableFrom: '2027-01-01',
  audiences: ['installation', 'remplacement'],
  contactName: 'Mairie de Dole',
};

describe('offer form', () => {
  it('parses a housing offer into typed values', () => {
    const parsed = parseInput(offerFormSchema('logement'), {
      ...common,
      housingKind: 'appartement',
      tenure: 'location',
      rooms: '3',
      surfaceM2: '65',
      price: '650,50',
      furnished: 'oui',
    });
    expect(parsed).toMatchObject({
      ok: true,
      value: {
        rooms: 3,
        surfaceM2: 65,
        price: 650.5,
        furnished: true,
        accessible: false,
        audiences: ['installation', 'remplacement'],
      },
    });
  });

  it('accepts a single ticked checkbox as a list', () => {
    const parsed = parseInput(offerFormSchema('accueil'), { ...common, audiences: 'installation' });
    expect(parsed).toMatchObject({ ok: true, value: { audiences: ['installation'] } });
  });

  it('checks numbers and dates for sense, on the field to correct', () => {
    const parsed = parseInput(offerFormSchema('garde-enfants'), {
      ...common,
      expiresAt: '2026-12-01',
      structure: 'micro-creche',
      places: '0',
      ageMinMonths: '36',
      ageMaxMonths: '10',
      openingHours: '7 h 30 – 19 h',
    });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.places).toContain('au moins 1');
    expect(parsed.errors.expiresAt).toContain('suivre la date de disponibilité');
  });

  it('reports min > max ages and reserved places beyond capacity', () => {
    const parsed = parseInput(offerFormSchema('garde-enfants'), {
      ...common,
      structure: 'creche',
      places: '5',
      reservedPlaces: '6',
      ageMinMonths: '36',
      ageMaxMonths: '10',
      openingHours: '7 h 30 – 19 h',
    });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.ageMaxMonths).toContain('supérieur ou égal');
    expect(parsed.errors.reservedPlaces).toContain('dépasser');
  });

  it('refuses negative rents, unknown fields and missing audiences', () => {
    const parsed = parseInput(offerFormSchema('local-professionnel'), {
      ...common,
      audiences: [],
      premisesKind: 'cabinet',
      surfaceM2: '40',
      rent: '-5',
      commune: '75056',
    });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.rent).toContain('en euros');
    expect(parsed.errors.audiences).toContain('au moins un public');
    expect(parsed.errors.commune).toBe('Paramètre inconnu.');
  });
});
