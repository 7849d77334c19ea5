// "Mot de passe oublié" and the page of the e-mailed link.
import { anyone } from '../access/access';
import { Router } from 'express';
import { emailOnlyForm, resetPasswordForm } from '../forms/account-forms';
import { parseInput } from '../validation';
import type { RouteContext } from './route-context';

const INVALID_LINK = {
  title: 'Lien invalide ou expiré',
  message:
    'Ce lien de réinitialisation n’est plus valable : il a peut-être déjà servi ou a expiré (il vaut 1 heure).',
  retry: true,
};

export function passwordResetRoutes({ services, web }: RouteContext): Router {
  const { passwordReset } = services;
  const { rateLimits } = web;
  const router = Router();

  router.get('/mot-de-passe-oublie', anyone, (_req, res) => {
    res.render('auth/forgotten-password', { title: 'Mot de passe oublié', values: {} });
  });

  router.post('/mot-de-passe-oublie', anyone, rateLimits.passwordReset, async (req, res) => {
    const parsed = parseInput(emailOnlyForm, req.body);
    if (!parsed.ok) {
      return res.status(400).render('auth/forgotten-password', {
        title: 'Mot de passe oublié',
        values: { email: String(req.body?.email ?? '') },
        errors: parsed.errors,
      });
    }
    // The same answer whether or not the address has an account.
    const outcome = await passwordReset.request(parsed.value.email);
    if (!outcome.emailSent)
      return res.status(503).render('auth/forgotten-password', {
        title: 'Mot de passe oublié',
        values: { email: parsed.value.email },
        refusal:
          'L’e-mail n’a pas pu être envoyé : notre service d’envoi ne répond pas pour le moment. Réessayez dans quelques minutes.',
      });
    res.render('auth/forgotten-password-sent', { title: 'Vérifiez votre messagerie' });
  });

  router.get('/reinitialiser-mot-de-passe/:token', anyone, async (req, res) => {
    if (!(await passwordReset.isValid(String(req.params.token))))
      return res.status(400).render('auth/link-invalid', INVALID_LINK);
    res.render('auth/reset-password', { title: 'Choisir un nouveau mot de passe', token: req.params.token });
  });

  router.post('/reinitialiser-mot-de-passe/:token', anyone, async (req, res) => {
    const token = String(req.params.token);
    const parsed = parseInput(resetPasswordForm, req.body);
    if (!parsed.ok) {
      return res.status(400).render('auth/reset-password', {
        title: 'Choisir un nouveau mot de passe',
        token,
        errors: parsed.errors,
      });
    }
    if (!(await passwordReset.reset(token, parsed.value.password)))
      return res.status(400).render('auth/link-invalid', INVALID_LINK);
    req.session.flash = {
      type: 'success',
      message: 'Votre mot de passe est modifié. Connectez-vous avec le nouveau.',
    };
    res.redirect(303, '/connexion');
  });

  return router;
}
