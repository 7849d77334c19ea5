import crypto from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import { HttpError } from '../http-errors';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface CsrfOptions {
  /** The server's secret (the session one): anonymous tokens are signed with a key derived from it. */
  secret: string;
  /** HTTPS in front: the anonymous cookie is Secure and __Host- prefixed, as the session's. */
  secureCookies: boolean;
}

/**
 * CSRF protection on every state-changing request, with a token in every form (`_csrf` field, or
 * `X-CSRF-Token` header for scripts):
 * - signed-in visitors: a random token kept in their session (synchronizer token);
 * - anonymous visitors: a signed double-submit token (a random value and its HMAC, in a cookie and
 *   in the form), so that showing them a form — the login or sign-up page a bot opens — stores
 *   nothing on the server; a session is stored only once a form is actually posted and needs one.
 * Tokens are created only when a page asks for one. File uploads (multipart) are parsed by their
 * route, after this check: their form carries the token in its action's query string instead.
 */
export function setUpCsrf(options: CsrfOptions): RequestHandler {
  const key = crypto.createHmac('sha256', options.secret).update('csrf-anonyme').digest();
  const cookieName = options.secureCookies ? '__Host-accueil-sante-csrf' : 'accueil-sante-csrf';
  const sign = (nonce: string) => crypto.createHmac('sha256', key).update(nonce).digest('base64url');
  const isSigned = (token: string | undefined): token is string => {
    const [nonce, signature, ...rest] = (token ?? '').split('.');
    return !!nonce && !!signature && rest.length === 0 && sameToken(signature, sign(nonce));
  };
  const anonymousCookie = (req: Request) => {
    const value = cookieValue(req, cookieName);
    return isSigned(value) ? value : undefined;
  };

  const tokenOf = (req: Request, res: Response): string => {
    if (req.session?.csrfToken) return req.session.csrfToken;
    if (isSignedIn(req)) {
      req.session.csrfToken = crypto.randomBytes(32).toString('base64url');
      return req.session.csrfToken;
    }
    const current = (res.locals.anonymousCsrfToken as string | undefined) ?? anonymousCookie(req);
    if (current) return (res.locals.anonymousCsrfToken = current);
    const nonce = crypto.randomBytes(24).toString('base64url');
    const token = `${nonce}.${sign(nonce)}`;
    res.cookie(cookieName, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: options.secureCookies,
      path: '/',
    });
    return (res.locals.anonymousCsrfToken = token);
  };

  return (req, res, next) => {
    res.locals.csrfToken = () => tokenOf(req, res);
    if (SAFE_METHODS.has(req.method)) return next();
    const sent =
      (req.body as { _csrf?: unknown } | undefined)?._csrf ?? req.get('x-csrf-token') ?? multipartToken(req);
    const expected = req.session?.csrfToken ?? (isSignedIn(req) ? undefined : anonymousCookie(req));
    if (typeof sent === 'string' && expected && sameToken(sent, expected)) return next();
    next(
      new HttpError(
        403,
        'Le formulaire a expiré ou ne vient pas de ce site. Rechargez la page et recommencez.',
      ),
    );
  };
}

/** Signed in (this runs before passport reads the account: its session field tells). */
const isSignedIn = (req: Request): boolean =>
  (req.session as { passport?: { user?: unknown } } | undefined)?.passport?.user !== undefined;

/** `?_csrf=` of a multipart upload (its body is not parsed yet); never accepted on other requests. */
const multipartToken = (req: Request): unknown =>
  req.is('multipart/form-data') ? (req.query as Record<string, unknown>)._csrf : undefined;

function cookieValue(req: Request, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && crypto.timingSafeEqual(left, right);
}
