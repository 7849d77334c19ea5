// "Mes notifications" (/mon-compte/notifications): the list, newest first; opening one marks it as
// read (a POST, then on to its page); "Tout marquer comme lu"; and the e-mail preferences.
import { type Request, type Response, Router } from 'express';
import type { NotificationPreferences } from '../../domain/notifications/notification-preferences';
import { LIST_LIMIT } from '../../services/notifications/notification-lists';
import { csrfOnlyForm } from '../forms/fields';
import { notificationPreferencesForm } from '../forms/notification-preferences-form';
import { HttpError, NotFoundError } from '../http-errors';
import { ownAccount } from '../access/access';
import {
  FREQUENCY_CHOICES,
  NOTIFICATIONS,
  PREFERENCES,
  localPath,
  presentNotifications,
} from '../presenters/notification-presenter';
import { type FieldErrors, parseInput } from '../validation';
import type { RouteContext } from './route-context';

const userOf = (req: Request) => {
  if (!req.user) throw new HttpError(403, 'Connectez-vous pour continuer.');
  return req.user;
};

export function notificationRoutes({ services }: RouteContext): Router {
  const { notifications: notifier, notificationPreferences: preferences } = services;
  const router = Router();

  router.get(NOTIFICATIONS, ownAccount, (req, res) => {
    const notifications = notifier.list(userOf(req).id);
    res.render('notifications/list', {
      title: 'Mes notifications',
      ...presentNotifications(notifications, LIST_LIMIT),
    });
  });

  router.post(`${NOTIFICATIONS}/:id/ouvrir`, ownAccount, async (req, res) => {
    if (!parseInput(csrfOnlyForm, req.body).ok) throw new HttpError(400, 'Requête invalide.');
    const link = await notifier.open(userOf(req).id, String(req.params.id));
    if (link === undefined) throw new NotFoundError();
    res.redirect(303, localPath(link));
  });

  router.post(`${NOTIFICATIONS}/tout-lu`, ownAccount, async (req, res) => {
    if (!parseInput(csrfOnlyForm, req.body).ok) throw new HttpError(400, 'Requête invalide.');
    await notifier.markAllRead(userOf(req).id);
    req.session.flash = { type: 'success', message: 'Toutes vos notifications sont marquées comme lues.' };
    res.redirect(303, NOTIFICATIONS);
  });

  const renderPreferences = (
    req: Request,
    res: Response,
    values: Partial<Record<keyof NotificationPreferences, string>>,
    errors?: FieldErrors,
  ) => {
    res.status(errors ? 400 : 200).render('notifications/preferences', {
      title: 'Préférences de notification',
      choices: FREQUENCY_CHOICES,
      withAlerts: userOf(req).role === 'professionnel',
      values,
      errors,
    });
  };

  router.get(PREFERENCES, ownAccount, async (req, res) => {
    const current = await preferences.of(userOf(req).id);
    if (!current) throw new NotFoundError();
    renderPreferences(req, res, current);
  });

  router.post(PREFERENCES, ownAccount, async (req, res) => {
    const user = userOf(req);
    const body = (req.body ?? {}) as Record<string, unknown>;
    const given = {
      general: typeof body.general === 'string' ? body.general : '',
      alertes: typeof body.alertes === 'string' ? body.alertes : '',
    };
    const parsed = parseInput(notificationPreferencesForm, req.body);
    if (!parsed.ok) return renderPreferences(req, res, given, parsed.errors);
    const current = await preferences.of(user.id);
    if (!current) throw new NotFoundError();
    await preferences.set(user.id, {
      general: parsed.value.general,
      alertes: user.role === 'professionnel' ? (parsed.value.alertes ?? current.alertes) : current.alertes,
    });
    req.session.flash = { type: 'success', message: 'Vos préférences de notification sont enregistrées.' };
    res.redirect(303, PREFERENCES);
  });

  return router;
}
