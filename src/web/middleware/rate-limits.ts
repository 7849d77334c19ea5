import type { Request, RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import type { Config } from '../../config';
import { normaliseEmail } from '../../domain/accounts/email-address';
import { HttpError } from '../http-errors';

const MINUTE = 60_000;

const bySignedInUser = (req: Request): string => `user:${req.user?.id ?? ''}`;

const byAccount = (req: Request): string => {
  const email = (req.body as { email?: unknown } | undefined)?.email;
  return `account:${typeof email === 'string' ? normaliseEmail(email) : ''}`;
};

function limiter(options: {
  windowMs: number;
  limit: number;
  perAccount?: boolean;
  perUser?: boolean;
  failuresOnly?: boolean;
}): RequestHandler {
  return rateLimit({
    windowMs: options.windowMs,
    limit: options.limit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    skipSuccessfulRequests: options.failuresOnly ?? false,
    ...(options.perAccount ? { keyGenerator: byAccount } : {}),
    ...(options.perUser ? { keyGenerator: bySignedInUser } : {}),
    handler: (_req, _res, next) =>
      next(new HttpError(429, 'Trop de tentatives. Patientez quelques minutes avant de réessayer.')),
  });
}

/**
 * Brute-force limits, per IP and per account (the e-mail typed), in this process's memory.
 * Login counts failures only; an office behind one IP gets three times the per-account allowance.
 */
export function createRateLimits(config: Pick<Config, 'loginLimits' | 'openDataLimits'>) {
  const { maxFailures, windowMinutes } = config.loginLimits;
  const windowMs = windowMinutes * MINUTE;
  return {
    login: [
      limiter({ windowMs, limit: maxFailures * 3, failuresOnly: true }),
      limiter({ windowMs, limit: maxFailures, failuresOnly: true, perAccount: true }),
    ],
    signUp: [
      limiter({ windowMs: 60 * MINUTE, limit: 20 }),
      limiter({ windowMs: 60 * MINUTE, limit: 5, perAccount: true }),
    ],
    passwordReset: [limiter({ windowMs, limit: 20 }), limiter({ windowMs, limit: 5, perAccount: true })],
    /** Forms that check the current password (Mon compte): a stolen session cannot guess it. */
    currentPasswordChecks: [limiter({ windowMs, limit: maxFailures, failuresOnly: true, perUser: true })],
    /** The open data API, per IP: generous for real use, a brake on scraping loops. */
    openData: limiter({ windowMs: MINUTE, limit: config.openDataLimits.perMinute }),
  };
}

export type RateLimits = ReturnType<typeof createRateLimits>;
