// The rate limits of forms that send e-mails (sign-up, password reset) and of the open data API,
// counted in the database before the route runs (see services/limits). Logins, "Mon compte"
// passwords, messages and proposals are limited by their services, which know what failed.
import type { Request, RequestHandler } from 'express';
import { ipKeyGenerator } from 'express-rate-limit';
import type { LimitOutcome } from '../../services/limits/rate-limiter';
import type { Limits } from '../../services/limits/limits';
import { HttpError } from '../http-errors';
import { retryAfter, tooManyAttempts } from '../retry-after';

/** The client's network address as limits count it: an IPv6 address stands for its /56. */
export const clientAddress = (req: Request): string => ipKeyGenerator(req.ip ?? '');

const typedEmail = (req: Request): string => {
  const email = (req.body as { email?: unknown } | undefined)?.email;
  return typeof email === 'string' ? email : '';
};

function limitRequests(
  count: (req: Request) => Promise<LimitOutcome>,
  refusal: (delay: string) => string,
  options: { whenUnavailable: 'refuse' | 'allow' } = { whenUnavailable: 'refuse' },
): RequestHandler {
  return (req, res, next) => {
    count(req).then(
      (outcome) => (outcome.ok ? next() : next(new HttpError(429, refusal(retryAfter(res, outcome))))),
      (error: unknown) => {
        if (options.whenUnavailable === 'refuse') return next(error);
        console.error('Rate limit not counted:', error);
        next();
      },
    );
  };
}

export function createRateLimits(limits: Pick<Limits, 'signUp' | 'passwordReset' | 'openData'>) {
  return {
    signUp: limitRequests((req) => limits.signUp(clientAddress(req), typedEmail(req)), tooManyAttempts),
    passwordReset: limitRequests(
      (req) => limits.passwordReset(clientAddress(req), typedEmail(req)),
      tooManyAttempts,
    ),
    /** The API reads memory only: it keeps answering, uncounted, while the database is down. */
    openData: limitRequests(
      (req) => limits.openData(clientAddress(req)),
      (delay) => `Trop de requêtes. Réessayez dans ${delay}.`,
      { whenUnavailable: 'allow' },
    ),
  };
}

export type RateLimits = ReturnType<typeof createRateLimits>;
