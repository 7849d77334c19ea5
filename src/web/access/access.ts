// Who may use a route, declared where the route is defined; the guard is derived from the declaration.
//   router.get('/commune/messages', allow({ role: 'commune', validated: true }), handler)
// Every route of the app carries one (assertEveryRouteDeclared refuses to build an app otherwise), so a
// new route cannot forget to say whether a pending account (commune or partner not yet validated by a
// moderator) may use it, and the route-table test checks each declaration for every role.
import type { Request, RequestHandler } from 'express';
import type { Role } from '../../domain/accounts/roles';
import { HttpError, NotFoundError } from '../http-errors';
import { loginRedirect } from './login-redirect';

/** Anyone, anonymous visitors included. */
export interface PublicAccess {
  role: 'anyone';
}

export interface AccountAccess {
  /** 'signed-in': any role. */
  role: 'signed-in' | Role | readonly Role[];
  /**
   * true: accounts a moderator validated only (a pending or refused account gets 403); false: pending
   * accounts too — for what is their own (their account, their drafts) or public.
   */
  validated: boolean;
  /**
   * For a route about one resource: does it belong to this account (as the account's state allows:
   * a pending commune owns only the drafts it wrote)? "Not found" otherwise, so ids reveal nothing.
   */
  owner?: (req: Request) => boolean | Promise<boolean>;
}

export type Access = PublicAccess | AccountAccess;

const DECLARATION = Symbol('access');
type DeclaredGuard = RequestHandler & { [DECLARATION]: Access };

export const NOT_FOR_YOUR_ROLE = 'Cette page n’est pas ouverte à votre profil.';
export const NOT_YET_VALIDATED =
  'Votre compte doit être validé par un modérateur avant de pouvoir faire cette action.';

const rolesOf = (access: AccountAccess): readonly Role[] | 'all' =>
  access.role === 'signed-in' ? 'all' : typeof access.role === 'string' ? [access.role] : access.role;

/** Whether an account of this role and state passes the declaration's role and validation rules. */
export function admits(access: Access, user: { role: Role; status: string } | undefined): boolean {
  if (access.role === 'anyone') return true;
  if (!user) return false;
  const roles = rolesOf(access);
  if (roles !== 'all' && !roles.includes(user.role)) return false;
  return !access.validated || user.status === 'actif';
}

/** The declaration and the guard it implies, as the first handler of a route. */
export function allow(access: Access): RequestHandler {
  const guard: RequestHandler = async (req, res, next) => {
    if (access.role === 'anyone') return next();
    const user = req.user;
    if (!user) {
      if (req.method === 'GET') return res.redirect(loginRedirect(req.originalUrl));
      return next(new HttpError(403, 'Connectez-vous pour continuer.'));
    }
    if (!admits({ ...access, validated: false }, user)) return next(new HttpError(403, NOT_FOR_YOUR_ROLE));
    if (!admits(access, user)) return next(new HttpError(403, NOT_YET_VALIDATED));
    if (access.owner && !(await access.owner(req))) return next(new NotFoundError());
    next();
  };
  return Object.assign(guard, { [DECLARATION]: access });
}

/** The declaration a handler carries, if it is an `allow` guard. */
export function accessOf(handler: unknown): Access | undefined {
  return typeof handler === 'function' && DECLARATION in handler
    ? (handler as DeclaredGuard)[DECLARATION]
    : undefined;
}

/** Public routes: anyone, anonymous visitors included. */
export const anyone = allow({ role: 'anyone' });

/** Any signed-in account, pending ones too: for the account's own pages. */
export const ownAccount = allow({ role: 'signed-in', validated: false });
