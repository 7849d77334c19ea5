// The link of the verification e-mail. Opening it shows a button: a GET changes nothing
// (mail scanners open links), the POST confirms.
import { anyone } from '../access/access';
import { Router } from 'express';
import { LINK_REFUSALS } from '../presenters/account-refusals';
import { confirmationMessage, isRefusedLink } from '../presenters/email-confirmation-presenter';
import type { RouteContext } from './route-context';

export function emailVerificationRoutes({ services }: RouteContext): Router {
  const { registration } = services;
  const router = Router();

  router.get('/verification-email/:token', anyone, (req, res) => {
    res.render('auth/verify-email', { title: 'Confirmer votre adresse e-mail', token: req.params.token });
  });

  router.post('/verification-email/:token', anyone, async (req, res) => {
    const result = await registration.confirmEmail(String(req.params.token));
    if (isRefusedLink(result)) {
      const { status, message } = LINK_REFUSALS[result.status];
      return res.status(status).render('auth/link-invalid', { title: 'Lien invalide ou expiré', message });
    }
    req.session.flash = { type: 'success', message: confirmationMessage(result) };
    res.redirect(303, req.user ? '/mon-compte' : '/connexion');
  });

  return router;
}
