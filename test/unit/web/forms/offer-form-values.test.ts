import type { OfferType } from '../../../../src/domain/offers/offer-vocabulary';
import type { OfferInput } from '../../../../src/services/offers/offer-service';
import { offerFormSchema } from '../../../../src/web/forms/offer-form';
import {
  submittedValues,
  toFormValues,
  toOfferInput,
  valuesToShow,
} from '../../../../src/web/forms/offer-form-values';
import { parseInput } from '../../../../src/web/validation';

const common = (title: string): Omit<OfferInput, 'details'> => ({
  title,
  description: 'Une offre de la commune pour les professionnels de santé.\nDeuxième ligne.',
  availableFrom: new Date('2027-01-01T00:00:00Z'),
  expiresAt: null,
  audiences: ['installation'],
  professions: [],
  contact: { name: 'Mairie de Dole', email: '', phone: '' },
});

const INPUTS: Record<OfferType, OfferInput> = {
  logement: {
    ...common('T3 meublé près de la gare'),
    expiresAt: new Date('2027-06-30T00:00:00Z'),
    audiences: ['installation', 'remplacement'],
    professions: ['medecin-generaliste', 'sage-femme'],
    contact: { name: 'Claire Martin', email: 'accueil@mairie-dole.fr', phone: '03 84 00 00 00' },
    details: {
      housingKind: 'appartement',
      tenure: 'location',
      rooms: 3,
      surfaceM2: 65,
      price: 650.5,
      monthsFree: 3,
      furnished: true,
      accessible: false,
      shortStays: true,
    },
  },
  'garde-enfants': {
    ...common('Places en micro-crèche'),
    details: {
      structure: 'micro-creche',
      places: 4,
      ageMinMonths: 3,
      ageMaxMonths: 36,
      openingHours: 'Du lundi au vendredi, 7 h 30 – 19 h',
      reservedPlaces: 2,
    },
  },
  'emploi-conjoint': {
    ...common('Secrétaire de mairie'),
    audiences: ['installation', 'interne-etudiant'],
    details: {
      sector: 'O',
      jobTitle: 'Secrétaire de mairie',
      contract: 'fonction-publique',
      workingTime: 'temps-plein',
      employer: '',
    },
  },
  'local-professionnel': {
    ...common('Cabinet en maison de santé'),
    details: {
      premisesKind: 'place-msp',
      surfaceM2: 22,
      rent: 0,
      equipment: 'Salle d’attente partagée, parking.',
      sharedSecretariat: true,
    },
  },
  'aide-financiere': {
    ...common('Aide à l’installation'),
    details: {
      amountEur: 15000,
      funder: 'Communauté de communes',
      conditions: 'S’installer pour trois ans au moins.',
      commitmentMonths: 36,
    },
  },
  accueil: {
    ...common('Journée d’accueil'),
    details: { welcomeDay: false, referent: '', transport: 'Gare TER à 5 minutes.', other: '' },
  },
};

describe('toFormValues, then the form schema, then toOfferInput', () => {
  it.each(Object.entries(INPUTS) as [OfferType, OfferInput][])(
    'gives back the same %s input',
    (type, input) => {
      const values = toFormValues({ type, ...input, revision: 4 });
      const parsed = parseInput(offerFormSchema(type), { _csrf: 'jeton', ...values });
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
      expect(parsed.value.revision).toBe(4);
      expect(toOfferInput(type, parsed.value)).toEqual(input);
    },
  );
});

describe('toFormValues', () => {
  it('writes dates as yyyy-mm-dd, numbers with a decimal comma and ticked booleans as "oui"', () => {
    const values = toFormValues({ type: 'logement', ...INPUTS.logement, revision: 2 });
    expect(values).toMatchObject({
      revision: '2',
      availableFrom: '2027-01-01',
      expiresAt: '2027-06-30',
      rooms: '3',
      price: '650,5',
      furnished: 'oui',
      shortStays: 'oui',
      audiences: ['installation', 'remplacement'],
      contactName: 'Claire Martin',
      contactEmail: 'accueil@mairie-dole.fr',
    });
    expect(values).not.toHaveProperty('accessible');
  });

  it('leaves out what is empty: no end date, an optional field left blank, a missing detail', () => {
    const values = toFormValues({
      type: 'garde-enfants',
      ...INPUTS['garde-enfants'],
      details: { ...INPUTS['garde-enfants'].details, reservedPlaces: null },
      revision: 1,
    });
    expect(values).not.toHaveProperty('expiresAt');
    expect(values).not.toHaveProperty('reservedPlaces');
    expect(values).not.toHaveProperty('contactEmail');
  });
});

describe('toOfferInput', () => {
  it('puts only the type’s own fields in details, and no absent optional value', () => {
    const parsed = parseInput(offerFormSchema('garde-enfants'), {
      _csrf: 'jeton',
      title: 'Places en crèche',
      description: 'Deux places en crèche pour les enfants des soignants.',
      availableFrom: '2027-01-01',
      audiences: 'installation',
      contactName: 'Mairie',
      structure: 'creche',
      places: '2',
      ageMinMonths: '3',
      ageMaxMonths: '36',
      openingHours: '7 h – 19 h',
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const input = toOfferInput('garde-enfants', parsed.value);
    expect(input.details).toEqual({
      structure: 'creche',
      places: 2,
      ageMinMonths: 3,
      ageMaxMonths: 36,
      openingHours: '7 h – 19 h',
    });
    expect(input.expiresAt).toBeNull();
    expect(input.professions).toEqual([]);
    expect(input.contact).toEqual({ name: 'Mairie', email: '', phone: '' });
  });
});

describe('submittedValues and valuesToShow', () => {
  it('drops empty fields and normalises line breaks', () => {
    expect(
      submittedValues({ title: 'Titre', monthsFree: '', description: 'a\r\nb\rc', audiences: ['x', 'y'] }),
    ).toEqual({ title: 'Titre', description: 'a\nb\nc', audiences: ['x', 'y'] });
    expect(submittedValues(undefined)).toEqual({});
  });

  it('shows checkbox groups as lists and never the CSRF token', () => {
    expect(valuesToShow({ _csrf: 'jeton', audiences: 'installation' }, ['audiences', 'professions'])).toEqual(
      { audiences: ['installation'], professions: [] },
    );
  });
});
