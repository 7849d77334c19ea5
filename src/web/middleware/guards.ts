// Route guards. Every protected route lists its guards explicitly, e.g.
// router.get('/moderation', ...requireRole('moderateur'), handler).
import type { RequestHandler } from 'express';
import type { Role } from '../../domain/accounts/roles';
import { HttpError } from '../http-errors';

/** Anonymous visitors go to the login page, and come back here afterwards. */
export const requireSignedIn: RequestHandler = (req, res, next) => {
  if (req.user) return next();
  if (req.method === 'GET') return res.redirect(`/connexion?retour=${encodeURIComponent(req.originalUrl)}`);
  next(new HttpError(403, 'Connectez-vous pour continuer.'));
};

/** Signed in with one of these roles; anyone else gets a 403. */
export function requireRole(...roles: Role[]): RequestHandler[] {
  return [
    requireSignedIn,
    (req, _res, next) =>
      next(
        req.user && roles.includes(req.user.role)
          ? undefined
          : new HttpError(403, 'Cette page n’est pas ouverte à votre profil.'),
      ),
  ];
}

/** The account is validated (a pending commune or partner can prepare, not publish or contact). */
export const requireActiveAccount: RequestHandler = (req, _res, next) => {
  next(
    req.user?.status === 'actif'
      ? undefined
      : new HttpError(
          403,
          'Votre compte doit être validé par un modérateur avant de pouvoir faire cette action.',
        ),
  );
};
