import type { NextFunction, Request, Response } from 'express';
import type { AccountUser } from '../../services/accounts/account-user';

/** Opens the session (passport regenerates its id), starts the absolute lifetime count, then redirects. */
export function openSession(
  req: Request,
  res: Response,
  next: NextFunction,
  user: AccountUser,
  destination: string,
): void {
  req.logIn(user, (error) => {
    if (error) return next(error);
    req.session.authenticatedAt = Date.now();
    req.session.save((saveError) => (saveError ? next(saveError) : res.redirect(303, destination)));
  });
}
