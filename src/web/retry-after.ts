// How the web layer tells someone refused by a rate limit when to try again: the Retry-After
// header, and the delay in French for the page.
import type { Response } from 'express';
import type { RateLimited } from '../services/limits/rate-limiter';

const plural = (count: number, word: string) => `${count} ${word}${count > 1 ? 's' : ''}`;

/** "40 secondes", "3 minutes", "5 heures". */
export function retryDelay(seconds: number): string {
  if (seconds < 60) return plural(Math.max(1, seconds), 'seconde');
  const minutes = Math.ceil(seconds / 60);
  return minutes < 60 ? plural(minutes, 'minute') : plural(Math.ceil(minutes / 60), 'heure');
}

/** Sets the Retry-After header of a refused request; returns the delay in French. */
export function retryAfter(res: Response, refusal: RateLimited): string {
  res.set('Retry-After', String(refusal.retryAfterSeconds));
  return retryDelay(refusal.retryAfterSeconds);
}

/** The page of a refused login, sign-up or reset. */
export const tooManyAttempts = (delay: string) =>
  `Trop de tentatives. Patientez ${delay} avant de réessayer.`;
