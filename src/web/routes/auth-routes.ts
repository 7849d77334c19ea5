// Log in and log out.
import { anyone } from '../access/access';
import { type Response, Router } from 'express';
import { localRedirectPath } from '../../domain/accounts/local-redirect';
import { HOME_PATHS } from '../../domain/accounts/roles';
import type { AccountUser } from '../../services/accounts/account-user';
import type { LoginRefusal } from '../middleware/set-up-authentication';
import { loginForm } from '../forms/account-forms';
import { HttpError } from '../http-errors';
import { retryAfter, tooManyAttempts } from '../retry-after';
import { endSession } from '../session/end-session';
import { openSession } from '../session/open-session';
import { parseInput } from '../validation';
import type { RouteContext } from './route-context';

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

/**
 * `demoAccounts`: outside production, the demo accounts the login page offers in one click (see
 * demo-login-routes); absent in production.
 */
export function authRoutes({ services, config, web }: RouteContext): Router {
  const { passport, security } = web;
  // Outside production, the login page offers the demo accounts in one click.
  const demoSignIn = config.isProduction ? undefined : services.demoSignIn;
  const demoAccounts = demoSignIn && (() => demoSignIn.available());
  const router = Router();

  const renderLogin = async (res: Response, status: number, locals: Record<string, unknown>) => {
    res.status(status).render('auth/login', {
      title: 'Se connecter',
      demoAccounts: (await demoAccounts?.()) ?? [],
      ...locals,
    });
  };

  router.get('/connexion', anyone, async (req, res) => {
    if (req.user) return res.redirect(HOME_PATHS[req.user.role]);
    await renderLogin(res, 200, { values: { retour: localRedirectPath(req.query.retour) ?? '' } });
  });

  router.post('/connexion', anyone, (req, res, next) => {
    const parsed = parseInput(loginForm, req.body);
    const values = {
      email: String(req.body?.email ?? ''),
      retour: localRedirectPath(req.body?.retour) ?? '',
    };
    if (!parsed.ok) return renderLogin(res, 400, { values, errors: parsed.errors }).catch(next);
    passport.authenticate('local', (error: unknown, user: AccountUser | false, info?: LoginRefusal) => {
      if (error) return next(error);
      if (info?.rateLimited)
        return next(new HttpError(429, tooManyAttempts(retryAfter(res, info.rateLimited))));
      if (!user) {
        const refusal = REFUSALS[info?.message ?? ''] ?? INVALID_CREDENTIALS;
        return renderLogin(res, refusal.status, { values, refusal: refusal.message }).catch(next);
      }
      openSession(req, res, next, user, localRedirectPath(parsed.value.retour) ?? HOME_PATHS[user.role]);
    })(req, res, next);
  });

  router.post('/deconnexion', anyone, async (req, res, next) => {
    if (req.user) await security.loggedOut(req.user);
    endSession(req, res, next, '/');
  });

  return router;
}
