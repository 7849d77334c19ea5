import { viewHelpers } from '../../../src/web/view-helpers';

// What Handlebars appends as the last argument of every helper call.
const options = { hash: {}, data: {}, name: 'helper', lookupProperty: () => undefined };
const NARROW_NO_BREAK_SPACE = '\u202f';

describe('viewHelpers.eq', () => {
  it('compares with strict equality', () => {
    expect(viewHelpers.eq('/', '/')).toBe(true);
    expect(viewHelpers.eq('/communes', '/')).toBe(false);
    expect(viewHelpers.eq(1, '1')).toBe(false);
  });

  it('is false when Handlebars passes only one value', () => {
    expect(viewHelpers.eq('/', options)).toBe(false);
  });
});

describe('viewHelpers.not, gt and startsWith', () => {
  it('negates', () => {
    expect(viewHelpers.not(0)).toBe(true);
    expect(viewHelpers.not('x')).toBe(false);
  });

  it('compares numbers', () => {
    expect(viewHelpers.gt(120, 50)).toBe(true);
    expect(viewHelpers.gt(50, 50)).toBe(false);
    expect(viewHelpers.gt('12', 3)).toBe(true);
    expect(viewHelpers.gt(undefined, 3)).toBe(false);
    expect(viewHelpers.gt(3, options)).toBe(false);
  });

  it('tests a string prefix', () => {
    expect(viewHelpers.startsWith('/communes/39198', '/communes/')).toBe(true);
    expect(viewHelpers.startsWith('/communes', '/communes/')).toBe(false);
    expect(viewHelpers.startsWith(undefined, '/communes/')).toBe(false);
    expect(viewHelpers.startsWith('/communes', options)).toBe(false);
  });
});

describe('viewHelpers.formatNumber', () => {
  it('groups thousands with a narrow no-break space', () => {
    expect(viewHelpers.formatNumber(23840)).toBe(`23${NARROW_NO_BREAK_SPACE}840`);
    expect(viewHelpers.formatNumber(34875, options)).toBe(`34${NARROW_NO_BREAK_SPACE}875`);
    expect(viewHelpers.formatNumber(2133111)).toBe(`2${NARROW_NO_BREAK_SPACE}133${NARROW_NO_BREAK_SPACE}111`);
  });

  it('leaves small numbers alone and accepts numeric strings', () => {
    expect(viewHelpers.formatNumber(0)).toBe('0');
    expect(viewHelpers.formatNumber(999)).toBe('999');
    expect(viewHelpers.formatNumber('1500')).toBe(`1${NARROW_NO_BREAK_SPACE}500`);
  });

  it('renders nothing for missing or non-numeric values', () => {
    expect(viewHelpers.formatNumber(undefined)).toBe('');
    expect(viewHelpers.formatNumber(null)).toBe('');
    expect(viewHelpers.formatNumber('abc')).toBe('');
    expect(viewHelpers.formatNumber(Number.NaN)).toBe('');
    expect(viewHelpers.formatNumber(options)).toBe('');
  });
});

describe('viewHelpers.formatCoordinate', () => {
  it('uses 4 decimals and a decimal comma', () => {
    expect(viewHelpers.formatCoordinate(47.09211)).toBe('47,0921');
    expect(viewHelpers.formatCoordinate(5.4897, options)).toBe('5,4897');
    expect(viewHelpers.formatCoordinate(2)).toBe('2,0000');
  });

  it('keeps the sign of southern and western coordinates', () => {
    expect(viewHelpers.formatCoordinate(-21.115141)).toBe('-21,1151');
    expect(viewHelpers.formatCoordinate(-61.5)).toBe('-61,5000');
  });

  it('never groups digits', () => {
    expect(viewHelpers.formatCoordinate(1234.5)).toBe('1234,5000');
  });

  it('renders nothing for missing values', () => {
    expect(viewHelpers.formatCoordinate(undefined)).toBe('');
    expect(viewHelpers.formatCoordinate('')).toBe('');
  });
});

describe('viewHelpers.join', () => {
  it('joins with the given separator', () => {
    expect(viewHelpers.join(['39100', '39101'], ' / ')).toBe('39100 / 39101');
  });

  it('uses ", " when Handlebars passes its options instead of a separator', () => {
    expect(viewHelpers.join(['39100', '39101'], options)).toBe('39100, 39101');
    expect(viewHelpers.join(['39100', '39101'])).toBe('39100, 39101');
  });

  it('handles empty, single and non-array values', () => {
    expect(viewHelpers.join([], ', ')).toBe('');
    expect(viewHelpers.join(['39100'], ', ')).toBe('39100');
    expect(viewHelpers.join(undefined, ', ')).toBe('');
    expect(viewHelpers.join('39100', ', ')).toBe('');
  });
});

describe('viewHelpers.plural', () => {
  it('uses the singular for 0 and 1, as in French', () => {
    expect(viewHelpers.plural(0, 'résultat', 'résultats', options)).toBe('résultat');
    expect(viewHelpers.plural(1, 'résultat', 'résultats', options)).toBe('résultat');
  });

  it('uses the plural from 2', () => {
    expect(viewHelpers.plural(2, 'résultat', 'résultats', options)).toBe('résultats');
    expect(viewHelpers.plural(23840, 'habitant', 'habitants')).toBe('habitants');
  });

  it('adds an s when no plural form is given', () => {
    expect(viewHelpers.plural(3, 'commune', options)).toBe('communes');
    expect(viewHelpers.plural(1, 'commune', options)).toBe('commune');
  });

  it('counts the items of an array', () => {
    expect(viewHelpers.plural(['39100', '39101'], 'Code postal', 'Codes postaux')).toBe('Codes postaux');
    expect(viewHelpers.plural(['39100'], 'Code postal', 'Codes postaux')).toBe('Code postal');
  });
});

describe('viewHelpers.formatDateTime, formatDate and isoDateTime', () => {
  it('shows an instant in Paris time, in French, winter and summer alike', () => {
    expect(viewHelpers.formatDateTime(new Date('2025-03-05T13:07:00Z'))).toBe('5 mars 2025 à 14:07');
    // 22:30 UTC on 1 July is already 2 July in Paris (UTC+2).
    expect(viewHelpers.formatDateTime(new Date('2025-07-01T22:30:00Z'))).toBe('2 juillet 2025 à 00:30');
    expect(viewHelpers.formatDate('2025-07-01T22:30:00Z')).toBe('2 juillet 2025');
  });

  it('gives the ISO form for <time datetime>', () => {
    expect(viewHelpers.isoDateTime(new Date('2025-03-05T13:07:00Z'))).toBe('2025-03-05T13:07:00.000Z');
  });

  it('is empty for what is not a date, or when Handlebars passes no value', () => {
    for (const value of [undefined, null, '', 'pas une date', Number.NaN, {}]) {
      expect(viewHelpers.formatDateTime(value)).toBe('');
      expect(viewHelpers.formatDate(value)).toBe('');
      expect(viewHelpers.isoDateTime(value)).toBe('');
    }
    expect(viewHelpers.formatDateTime(options)).toBe('');
  });
});

describe('includes', () => {
  it('tells whether a list holds a value, and is false for anything but a list', () => {
    expect(viewHelpers.includes(['logement', 'accueil'], 'accueil')).toBe(true);
    expect(viewHelpers.includes(['logement'], 'accueil')).toBe(false);
    expect(viewHelpers.includes('logement', 'logement')).toBe(false);
    expect(viewHelpers.includes(undefined, 'x', {})).toBe(false);
  });
});

describe('errorLinks', () => {
  const options = { hash: {} };

  it('links each field error to its field, and leaves what belongs to no field as text', () => {
    expect(
      viewHelpers.errorLinks(
        { email: 'Adresse invalide.', _: 'Rechargez la page.', 'group.3': 'Inconnu.' },
        options,
      ),
    ).toEqual([
      { href: '#email', message: 'Adresse invalide.' },
      { href: undefined, message: 'Rechargez la page.' },
      { href: undefined, message: 'Inconnu.' },
    ]);
  });

  it('prefixes the ids of the named fields, and ignores nested or missing errors', () => {
    expect(
      viewHelpers.errorLinks(
        { currentPassword: 'Incorrect.', password: 'Trop court.' },
        'email-',
        'currentPassword',
        options,
      ),
    ).toEqual([
      { href: '#email-currentPassword', message: 'Incorrect.' },
      { href: '#password', message: 'Trop court.' },
    ]);
    expect(viewHelpers.errorLinks({ email: { email: 'x' } }, options)).toEqual([]);
    expect(viewHelpers.errorLinks(undefined, options)).toEqual([]);
  });
});
