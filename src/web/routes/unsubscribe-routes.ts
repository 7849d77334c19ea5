// The unsubscribe link of every notification e-mail (no login needed). Opening it shows a button:
// a GET changes nothing (mail scanners open links); the POST, with the page's CSRF token (an
// anonymous session gets one), stops every notification e-mail of the account.
import { anyone } from '../access/access';
import { type Request, type Response, Router } from 'express';
import { csrfOnlyForm } from '../forms/fields';
import { HttpError } from '../http-errors';
import { parseInput } from '../validation';
import type { RouteContext } from './route-context';

export function unsubscribeRoutes({ services }: RouteContext): Router {
  const { unsubscribeLinks: links, notificationPreferences: preferences } = services;
  const router = Router();

  /** The account of the link, or the "invalid link" page (404) for a forged or obsolete one. */
  const accountOf = async (req: Request, res: Response): Promise<string | undefined> => {
    const userId = links.userOf(String(req.params.token));
    if (userId && (await preferences.of(userId))) return userId;
    res.status(404).render('unsubscribe/invalid', { title: 'Lien de désabonnement invalide' });
    return undefined;
  };

  router.get('/desabonnement/:token', anyone, async (req, res) => {
    if (!(await accountOf(req, res))) return;
    res.render('unsubscribe/confirm', {
      title: 'Ne plus recevoir les e-mails de notification',
      token: req.params.token,
    });
  });

  router.post('/desabonnement/:token', anyone, async (req, res) => {
    if (!parseInput(csrfOnlyForm, req.body).ok) throw new HttpError(400, 'Requête invalide.');
    const userId = await accountOf(req, res);
    if (!userId) return;
    await preferences.stopEmails(userId);
    res.render('unsubscribe/done', { title: 'Vous êtes désabonné(e)' });
  });

  return router;
}
