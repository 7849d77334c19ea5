// Sign-up for the three public roles, and the page that follows.
import { type Response, Router } from 'express';
import { HOME_PATHS } from '../../domain/accounts/roles';
import { anyone } from '../access/access';
import { emailOnlyForm } from '../forms/account-forms';
import { signUpRoleParam, toSignUpInput } from '../forms/sign-up-form';
import { NotFoundError } from '../http-errors';
import { presentSignUpForm } from '../presenters/sign-up-presenter';
import { parseInput } from '../validation';
import type { RouteContext } from './route-context';

export function signUpRoutes({ services, web }: RouteContext): Router {
  const { registration, communes, gazetteer } = services;
  const { rateLimits } = web;
  const router = Router();

  router.get('/inscription', anyone, (req, res) => {
    if (req.user) return res.redirect(HOME_PATHS[req.user.role]);
    res.render('auth/sign-up-choice', { title: 'Créer un compte' });
  });

  router.get('/inscription/envoyee', anyone, (req, res) => {
    res.render('auth/sign-up-sent', {
      title: 'Vérifiez votre messagerie',
      values: {},
      triedProject: Boolean(req.session.projectDraft),
    });
  });

  /** Sent when the e-mail could not leave (503): the request is kept, the person asks again. */
  const emailNotSent = (res: Response, email: string) =>
    res.status(503).render('auth/sign-up-sent', {
      title: 'L’e-mail n’a pas pu être envoyé',
      emailFailed: true,
      values: { email },
    });

  // Before /inscription/:role, which would take « renvoi » for a role.
  router.post('/inscription/renvoi', anyone, rateLimits.signUp, async (req, res) => {
    const parsed = parseInput(emailOnlyForm, req.body);
    const email = String(req.body?.email ?? '');
    if (!parsed.ok)
      return res.status(400).render('auth/sign-up-sent', {
        title: 'Vérifiez votre messagerie',
        values: { email },
        errors: parsed.errors,
      });
    const outcome = await registration.resendVerification(parsed.value.email);
    if (!outcome.emailSent) return emailNotSent(res, email);
    res.render('auth/sign-up-sent', { title: 'Vérifiez votre messagerie', resent: true, values: {} });
  });

  router.get('/inscription/:role', anyone, (req, res) => {
    const role = signUpRoleParam(String(req.params.role));
    if (!role) throw new NotFoundError();
    if (req.user) return res.redirect(HOME_PATHS[req.user.role]);
    res.render('auth/sign-up', presentSignUpForm(role, gazetteer));
  });

  router.post('/inscription/:role', anyone, rateLimits.signUp, async (req, res) => {
    const role = signUpRoleParam(String(req.params.role));
    if (!role) throw new NotFoundError();
    const input = toSignUpInput(role, req.body, { communes, gazetteer });
    if ('errors' in input) {
      return res
        .status(400)
        .render('auth/sign-up', presentSignUpForm(role, gazetteer, req.body, input.errors));
    }
    const outcome = await registration.signUp(input.value);
    if (!outcome.emailSent) return emailNotSent(res, input.value.email);
    res.redirect(303, '/inscription/envoyee');
  });

  return router;
}
