import type { NextFunction, Request, Response } from 'express';
import type { AccountUser } from '../../services/accounts/account-user';

/**
 * Opens the session (passport regenerates its id), starts the absolute lifetime count, then redirects.
 * A project tried without an account crosses over (the project form takes it up), nothing else does.
 */
export function openSession(
  req: Request,
  res: Response,
  next: NextFunction,
  user: AccountUser,
  destination: string,
): void {
  const triedProject = req.session.projectDraft;
  req.logIn(user, (error) => {
    if (error) return next(error);
    req.session.authenticatedAt = Date.now();
    if (triedProject) req.session.projectDraft = triedProject;
    req.session.save((saveError) => (saveError ? next(saveError) : res.redirect(303, destination)));
  });
}
