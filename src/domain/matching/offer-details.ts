// Reading an offer's free-form `details` safely: stored values may be missing or of another type.
import type { MatchingOffer } from './types';

export function detailNumber(offer: MatchingOffer, key: string, fallback = 0): number {
  const value = offer.details[key];
  const number = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  return Number.isFinite(number) ? number : fallback;
}

export function detailText(offer: MatchingOffer, key: string): string {
  const value = offer.details[key];
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

export function detailFlag(offer: MatchingOffer, key: string): boolean {
  return offer.details[key] === true;
}
