// Log in and log out.
import { type NextFunction, type Request, type Response, Router } from 'express';
import { localRedirectPath } from '../../domain/accounts/local-redirect';
import { HOME_PATHS } from '../../domain/accounts/roles';
import type { AccountUser } from '../../services/accounts/account-user';
import type { LoginRefusal, PassportInstance } from '../middleware/set-up-authentication';
import { loginForm } from '../forms/account-forms';
import { HttpError } from '../http-errors';
import { retryAfter, tooManyAttempts } from '../retry-after';
import { endSession } from '../session/end-session';
import { parseInput } from '../validation';

const INVALID_CREDENTIALS = { status: 401, message: 'Adresse e-mail ou mot de passe incorrect.' };

const REFUSALS: Record<string, { status: number; message: string }> = {
  'invalid-credentials': INVALID_CREDENTIALS,
  'email-not-verified': {
    status: 403,
    message: 'Confirmez d’abord votre adresse e-mail avec le lien que nous vous avons envoyé.',
  },
  suspended: {
    status: 403,
    message: 'Votre compte est suspendu. Vous avez reçu un e-mail qui en donne la raison.',
  },
};

export function authRoutes(passport: PassportInstance): Router {
  const router = Router();

  router.get('/connexion', (req, res) => {
    if (req.user) return res.redirect(HOME_PATHS[req.user.role]);
    res.render('auth/login', {
      title: 'Se connecter',
      values: { retour: localRedirectPath(req.query.retour) ?? '' },
    });
  });

  router.post('/connexion', (req, res, next) => {
    const parsed = parseInput(loginForm, req.body);
    const values = {
      email: String(req.body?.email ?? ''),
      retour: localRedirectPath(req.body?.retour) ?? '',
    };
    if (!parsed.ok)
      return res.status(400).render('auth/login', { title: 'Se connecter', values, errors: parsed.errors });
    passport.authenticate('local', (error: unknown, user: AccountUser | false, info?: LoginRefusal) => {
      if (error) return next(error);
      if (info?.rateLimited)
        return next(new HttpError(429, tooManyAttempts(retryAfter(res, info.rateLimited))));
      if (!user) {
        const refusal = REFUSALS[info?.message ?? ''] ?? INVALID_CREDENTIALS;
        return res
          .status(refusal.status)
          .render('auth/login', { title: 'Se connecter', values, refusal: refusal.message });
      }
      logIn(req, res, next, user, localRedirectPath(parsed.value.retour) ?? HOME_PATHS[user.role]);
    })(req, res, next);
  });

  router.post('/deconnexion', (req, res, next) => endSession(req, res, next, '/'));

  return router;
}

/**
 * Opens the session (passport regenerates its id) and starts the absolute lifetime count. A project
 * tried without an account crosses over (the project form takes it up), nothing else does.
 */
function logIn(
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
