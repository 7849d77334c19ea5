// One-click logins with the demo accounts, from the login page. Mounted only outside production
// (see app.ts): in production, POST /connexion/demonstration does not exist (404). CSRF-checked like
// every POST; only the demo account of the chosen role, only while active.
import { Router } from 'express';
import { anyone } from '../access/access';
import { z } from 'zod';
import { HOME_PATHS, ROLES } from '../../domain/accounts/roles';
import { csrfField } from '../forms/fields';
import { HttpError } from '../http-errors';
import { openSession } from '../session/open-session';
import { parseInput } from '../validation';
import type { RouteContext } from './route-context';

export const DEMO_LOGIN = '/connexion/demonstration';

const demoLoginForm = z.strictObject({ _csrf: csrfField, role: z.enum(ROLES) });

export function demoLoginRoutes({ services }: RouteContext): Router {
  const demo = services.demoSignIn;
  const router = Router();
  router.post(DEMO_LOGIN, anyone, async (req, res, next) => {
    const parsed = parseInput(demoLoginForm, req.body);
    if (!parsed.ok) throw new HttpError(400, 'Compte de démonstration inconnu.');
    const user = await demo.signIn(parsed.value.role);
    if (!user)
      throw new HttpError(
        404,
        'Ce compte de démonstration n’existe pas sur ce serveur : lancez « npm run seed:demo » pour le créer.',
      );
    openSession(req, res, next, user, HOME_PATHS[user.role]);
  });
  return router;
}
