import type { NextFunction, Request, Response } from 'express';

/** Logs out, erases the server-side session and its cookie, then redirects. */
export function endSession(req: Request, res: Response, next: NextFunction, destination: string): void {
  // The session cookie is Secure exactly when it carries the __Host- prefix (see set-up-session);
  // browsers only clear such a cookie when told with the same attributes.
  const secure = req.session.cookie.secure === true;
  const cookieName = secure ? '__Host-accueil-sante' : 'accueil-sante';
  req.logout((error) => {
    if (error) return next(error);
    req.session.destroy((destroyError) => {
      if (destroyError) return next(destroyError);
      res.clearCookie(cookieName, { path: '/', secure, httpOnly: true, sameSite: 'lax' });
      res.redirect(303, destination);
    });
  });
}
