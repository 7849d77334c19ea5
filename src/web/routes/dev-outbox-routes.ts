// The development outbox: the e-mails the service would have sent, read from data/outbox.
// Mounted only when NODE_ENV=development (see app.ts): elsewhere /dev/outbox is a 404.
import { anyone } from '../access/access';
import { Router } from 'express';
import { type OutboxMessage, listOutbox, readOutboxMessage } from '../../services/mail/outbox';
import { NotFoundError } from '../http-errors';
import type { RouteContext } from './route-context';

const dateFormat = new Intl.DateTimeFormat('fr-FR', {
  dateStyle: 'short',
  timeStyle: 'medium',
  timeZone: 'Europe/Paris',
});

const LINK = /https?:\/\/[^\s<>"]+/g;

const formatDate = (value: string): string => {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : dateFormat.format(date);
};

const summarise = (message: OutboxMessage) => ({ ...message, dateLabel: formatDate(message.date) });

export function devOutboxRoutes({ config }: RouteContext): Router {
  const { outboxDir } = config.mail;
  const router = Router();

  router.get('/dev/outbox', anyone, (_req, res) => {
    res.render('dev/outbox', {
      title: 'Boîte d’envoi (développement)',
      outboxDir,
      messages: listOutbox(outboxDir).map(summarise),
    });
  });

  router.get('/dev/outbox/:id', anyone, (req, res) => {
    const message = readOutboxMessage(outboxDir, String(req.params.id));
    if (!message) throw new NotFoundError();
    res.render('dev/outbox-message', {
      title: message.subject || 'Message sans objet',
      message: summarise(message),
      links: [...new Set(message.text.match(LINK) ?? [])],
    });
  });

  return router;
}
