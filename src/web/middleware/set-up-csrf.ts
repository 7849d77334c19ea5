import crypto from 'node:crypto';
import type { Request, RequestHandler } from 'express';
import { HttpError } from '../http-errors';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Synchronizer-token CSRF protection: a random token kept in the session, put in every form
 * (`_csrf` field, or `X-CSRF-Token` header for scripts) and checked on every state-changing request.
 * The token is created only when a page asks for it, so that visitors without a form get no session.
 * File uploads (multipart) are parsed by their route, after this check: their form carries the token
 * in its action's query string instead.
 */
export function setUpCsrf(): RequestHandler {
  return (req, res, next) => {
    res.locals.csrfToken = () => tokenOf(req);
    if (SAFE_METHODS.has(req.method)) return next();
    const expected = req.session?.csrfToken;
    const sent =
      (req.body as { _csrf?: unknown } | undefined)?._csrf ?? req.get('x-csrf-token') ?? multipartToken(req);
    if (typeof sent === 'string' && expected && sameToken(sent, expected)) return next();
    next(
      new HttpError(
        403,
        'Le formulaire a expiré ou ne vient pas de ce site. Rechargez la page et recommencez.',
      ),
    );
  };
}

/** `?_csrf=` of a multipart upload (its body is not parsed yet); never accepted on other requests. */
const multipartToken = (req: Request): unknown =>
  req.is('multipart/form-data') ? (req.query as Record<string, unknown>)._csrf : undefined;

function tokenOf(req: Request): string {
  req.session.csrfToken ??= crypto.randomBytes(32).toString('base64url');
  return req.session.csrfToken;
}

function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && crypto.timingSafeEqual(left, right);
}
