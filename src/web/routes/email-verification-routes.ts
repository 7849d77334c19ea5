// The link of the verification e-mail. Opening it shows a button: a GET changes nothing
// (mail scanners open links), the POST confirms.
import { anyone } from '../access/access';
import { Router } from 'express';
import type { RouteContext } from './route-context';

const MESSAGES = {
  confirmed: 'Votre adresse e-mail est confirmée. Vous pouvez vous connecter.',
  pending:
    'Votre adresse e-mail est confirmée. Un modérateur va vérifier que vous agissez bien pour votre organisation ; vous recevrez un e-mail dès sa décision. En attendant, vous pouvez vous connecter et préparer votre espace.',
  'address-changed': 'Votre nouvelle adresse e-mail est enregistrée.',
} as const;

export function emailVerificationRoutes({ services }: RouteContext): Router {
  const { registration } = services;
  const router = Router();

  router.get('/verification-email/:token', anyone, (req, res) => {
    res.render('auth/verify-email', { title: 'Confirmer votre adresse e-mail', token: req.params.token });
  });

  router.post('/verification-email/:token', anyone, async (req, res) => {
    const result = await registration.confirmEmail(String(req.params.token));
    if (result.status === 'invalid' || result.status === 'address-taken') {
      return res.status(400).render('auth/link-invalid', {
        title: 'Lien invalide ou expiré',
        message:
          result.status === 'address-taken'
            ? 'Cette adresse e-mail est déjà utilisée par un autre compte.'
            : 'Ce lien de confirmation n’est plus valable : il a peut-être déjà servi ou a expiré.',
      });
    }
    const message =
      result.status === 'address-changed'
        ? MESSAGES['address-changed']
        : result.awaitingModeration
          ? MESSAGES.pending
          : MESSAGES.confirmed;
    req.session.flash = { type: 'success', message };
    res.redirect(303, req.user ? '/mon-compte' : '/connexion');
  });

  return router;
}
