// What an aid is worth in the first year (the 12 months from the signature) and over its whole
// duration. "Up to" amounts count at their maximum and say so; an allowance paid until an event
// (end of studies) counts its first year only and says "at least"; an unpublished amount counts 0.
import type { SchemeAmount } from './scheme';

export const MONTHS_IN_FIRST_YEAR = 12;

/** How far a value can be taken at its word. */
export type ValueBound = 'exact' | 'plafond' | 'au-moins' | 'inconnu';

export interface AidValue {
  firstYearEur: number;
  wholeEur: number;
  bound: ValueBound;
}

const paidInFirstYear = (
  eur: number,
  instalments: readonly { atMonth: number; eur: number }[] | undefined,
) =>
  instalments === undefined
    ? eur
    : instalments.reduce((sum, part) => (part.atMonth < MONTHS_IN_FIRST_YEAR ? sum + part.eur : sum), 0);

export function aidValue(amount: SchemeAmount | null): AidValue {
  if (amount === null) return { firstYearEur: 0, wholeEur: 0, bound: 'inconnu' };
  switch (amount.kind) {
    case 'fixe':
    case 'plafond':
      return {
        firstYearEur: paidInFirstYear(amount.eur, amount.instalments),
        wholeEur: amount.eur,
        bound: amount.kind === 'fixe' ? 'exact' : 'plafond',
      };
    case 'mensuel': {
      const firstYearMonths = Math.min(MONTHS_IN_FIRST_YEAR, amount.months ?? MONTHS_IN_FIRST_YEAR);
      const firstYearEur = amount.eurPerMonth * firstYearMonths;
      return amount.months === null
        ? { firstYearEur, wholeEur: firstYearEur, bound: 'au-moins' }
        : { firstYearEur, wholeEur: amount.eurPerMonth * amount.months, bound: 'exact' };
    }
  }
}

/** Whether instalments add up to the amount and fall on whole months from 0: a form checks it. */
export function instalmentsAddUp(amount: SchemeAmount): boolean {
  if (amount.kind === 'mensuel' || amount.instalments === undefined) return true;
  const total = amount.instalments.reduce((sum, part) => sum + part.eur, 0);
  return (
    amount.instalments.every(
      (part) => Number.isInteger(part.atMonth) && part.atMonth >= 0 && part.eur >= 0,
    ) && Math.abs(total - amount.eur) < 0.005
  );
}
