// Small French formatting helpers: months, euros (fr-FR, narrow no-break space), kilometres,
// and "de"/"à" before a commune's name (d’Auxerre, du Creusot, au Creusot, aux Rousses).

export const MONTH_NAMES = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
] as const;

/** "janvier 2027", in UTC. */
export const monthYear = (date: Date): string =>
  `${MONTH_NAMES[date.getUTCMonth()] ?? ''} ${String(date.getUTCFullYear())}`;

const wholeEuros = new Intl.NumberFormat('fr-FR', {
  style: 'currency',
  currency: 'EUR',
  maximumFractionDigits: 0,
});
const centEuros = new Intl.NumberFormat('fr-FR', {
  style: 'currency',
  currency: 'EUR',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
const decimal = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

/** "10 000 €" as fr-FR writes it (narrow no-break space between thousands, no-break space before €). */
export const euros = (amount: number): string =>
  Number.isInteger(amount) ? wholeEuros.format(amount) : centEuros.format(amount);

/** "12 km", "4,2 km" under 10 km. */
export const kilometres = (km: number): string =>
  `${km < 10 ? decimal.format(Math.round(km * 10) / 10) : decimal.format(Math.round(km))}\u00a0km`;

/** "50 %". */
export const percent = (share: number): string => `${String(Math.round(share * 100))}\u00a0%`;

const VOWEL = /^[AEIOUYÂÀÉÈÊËÎÏÔÛÙÜ]/i;

/** "de Dole", "d’Auxerre", "du Creusot", "des Rousses", "de La Rochelle", "de L’Isle-Adam". */
export function ofPlace(name: string): string {
  if (name.startsWith('Le ')) return `du ${name.slice(3)}`;
  if (name.startsWith('Les ')) return `des ${name.slice(4)}`;
  if (VOWEL.test(name)) return `d’${name}`;
  return `de ${name}`;
}

/** "à Dole", "au Creusot", "aux Rousses", "à La Rochelle". */
export function inPlace(name: string): string {
  if (name.startsWith('Le ')) return `au ${name.slice(3)}`;
  if (name.startsWith('Les ')) return `aux ${name.slice(4)}`;
  return `à ${name}`;
}

/** "Comptable" → "comptable", but "IDE" stays "IDE". */
export function lowerFirst(text: string): string {
  const [first, second] = text;
  if (first === undefined || (second !== undefined && second !== second.toLowerCase())) return text;
  return first.toLowerCase() + text.slice(1);
}

/** "a", "a ou b", "a, b ou c". */
export function either(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ou ${items[items.length - 1] ?? ''}`;
}

/** "a", "a et b", "a, b et c". */
export function both(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} et ${items[items.length - 1] ?? ''}`;
}
