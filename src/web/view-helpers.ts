// Handlebars helpers for the views (passed to express-handlebars' `helpers` option).
// Handlebars always passes an `options` object as the last argument of a helper (typed here as the
// trailing `..._options`): every helper treats an options object in an optional position as "not given".

const numberFormat = new Intl.NumberFormat('fr-FR');
const coordinateFormat = new Intl.NumberFormat('fr-FR', {
  minimumFractionDigits: 4,
  maximumFractionDigits: 4,
  useGrouping: false,
});

/** True for the options object Handlebars appends to every helper call. */
function isHelperOptions(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'hash' in value;
}

/** Converts a number or numeric string to a finite number, or undefined. */
function toFiniteNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value);
    return Number.isFinite(parsed) ? parsed : undefined;
  }
  return undefined;
}

export const viewHelpers = {
  /** Strict equality: {{#if (eq currentPath "/")}}. */
  eq(a: unknown, b: unknown, ..._options: unknown[]): boolean {
    if (isHelperOptions(b)) return false;
    return a === b;
  },

  /** Negation: {{#if (not results.length)}}. */
  not(value: unknown, ..._options: unknown[]): boolean {
    return !value;
  },

  /** Numeric "greater than": {{#if (gt total results.length)}}. */
  gt(a: unknown, b: unknown, ..._options: unknown[]): boolean {
    const left = toFiniteNumber(a);
    const right = toFiniteNumber(b);
    return left !== undefined && right !== undefined && left > right;
  },

  /** String prefix test, e.g. to mark a navigation entry as current: (startsWith currentPath "/communes/"). */
  startsWith(value: unknown, prefix: unknown, ..._options: unknown[]): boolean {
    return typeof value === 'string' && typeof prefix === 'string' && value.startsWith(prefix);
  },

  /** French grouping with a narrow no-break space: 23840 → "23 840". Empty string when not a number. */
  formatNumber(value: unknown, ..._options: unknown[]): string {
    const number = toFiniteNumber(value);
    return number === undefined ? '' : numberFormat.format(number);
  },

  /** Latitude or longitude with 4 decimals and a decimal comma: 47.09211 → "47,0921". */
  formatCoordinate(value: unknown, ..._options: unknown[]): string {
    const number = toFiniteNumber(value);
    return number === undefined ? '' : coordinateFormat.format(number);
  },

  /** Joins a list, ", " by default: {{join commune.codesPostaux ", "}}. */
  join(list: unknown, separator?: unknown, ..._options: unknown[]): string {
    if (!Array.isArray(list)) return '';
    const glue = typeof separator === 'string' ? separator : ', ';
    return list
      .filter((item) => item !== null && item !== undefined)
      .map((item) => String(item))
      .join(glue);
  },

  /**
   * Chooses the French singular or plural form: 0 and 1 take the singular.
   * Without a plural form, the singular followed by "s".
   */
  plural(count: unknown, singular: unknown, pluralForm?: unknown, ..._options: unknown[]): string {
    const one = typeof singular === 'string' ? singular : '';
    const many = typeof pluralForm === 'string' ? pluralForm : `${one}s`;
    const number = toFiniteNumber(count);
    if (Array.isArray(count)) return count.length > 1 ? many : one;
    return number !== undefined && Math.abs(number) >= 2 ? many : one;
  },

  /** Date and time in Paris, in French: "5 mars 2025 à 14:07". Empty string when not a date. */
  formatDateTime(value: unknown, ..._options: unknown[]): string {
    const date = toValidDate(value);
    return date ? parisDateTimeFormat.format(date) : '';
  },

  /** Date in Paris, in French: "5 mars 2025". Empty string when not a date. */
  formatDate(value: unknown, ..._options: unknown[]): string {
    const date = toValidDate(value);
    return date ? parisDateFormat.format(date) : '';
  },

  /** Machine-readable instant for <time datetime="…">. Empty string when not a date. */
  isoDateTime(value: unknown, ..._options: unknown[]): string {
    return toValidDate(value)?.toISOString() ?? '';
  },

  /** Whether a list (e.g. the ticked values of a checkbox group) holds a value. */
  includes(list: unknown, value: unknown, ..._options: unknown[]): boolean {
    return Array.isArray(list) && list.includes(value);
  },

  /**
   * A form's errors (field name → message) as the error summary lists them: a link to each field
   * (its id is its name, or `prefix` + its name for the fields named in `prefixed`, when several
   * forms of a page share a name), plain text for what belongs to no field ("_", "group.3").
   */
  errorLinks(
    errors: unknown,
    prefix?: unknown,
    prefixed?: unknown,
    ..._options: unknown[]
  ): { href?: string; message: string }[] {
    if (typeof errors !== 'object' || errors === null || isHelperOptions(errors)) return [];
    const renamed = typeof prefixed === 'string' ? prefixed.split(' ') : [];
    const idOf = (field: string) =>
      typeof prefix === 'string' && renamed.includes(field) ? `${prefix}${field}` : field;
    return Object.entries(errors as Record<string, unknown>).flatMap(([field, message]) =>
      typeof message === 'string'
        ? [{ href: FIELD_ID.test(field) && field !== '_' ? `#${idOf(field)}` : undefined, message }]
        : [],
    );
  },
};

const FIELD_ID = /^[A-Za-z_][\w-]*$/;

export type ViewHelpers = typeof viewHelpers;

// Dates are shown in metropolitan French time whatever the server's time zone.
const parisDateTimeFormat = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris',
  dateStyle: 'long',
  timeStyle: 'short',
});
const parisDateFormat = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'long' });

/** A Date, an ISO string or a timestamp as a valid Date, or undefined. */
function toValidDate(value: unknown): Date | undefined {
  if (isHelperOptions(value) || value === null || value === undefined || value === '') return undefined;
  const date =
    value instanceof Date
      ? value
      : typeof value === 'string' || typeof value === 'number'
        ? new Date(value)
        : undefined;
  return date && Number.isFinite(date.getTime()) ? date : undefined;
}
