// The notification e-mails: a short sentence, the notification's title and a link into the service
// (never a message's text), the preferences and unsubscribe links at the bottom, and the
// List-Unsubscribe header pointing to the unsubscribe page (a GET that changes nothing: the page's
// button confirms).
import type { NotificationKind } from '../../domain/notifications/notification-event';
import type { DigestEntry } from '../../domain/notifications/digest-plan';
import type { MailMessage } from '../mail/mailer';

const SENTENCES: Record<NotificationKind, string> = {
  message: 'Vous avez reçu un nouveau message sur Accueil Santé.',
  statut: 'Le suivi d’une de vos mises en relation a changé sur Accueil Santé.',
  proposition:
    'Une commune a vu votre projet d’installation (présenté de façon anonyme) et vous propose ses offres.',
  alerte: 'Une nouvelle offre publiée sur Accueil Santé correspond à l’un de vos projets d’installation.',
};

export interface EmailLinks {
  /** Origin of the service, for the links. */
  publicUrl: string;
  unsubscribeUrl: string;
}

/** The end of every notification e-mail (check-in e-mails too): preferences and unsubscribe links. */
export function footer({ publicUrl, unsubscribeUrl }: EmailLinks): string {
  return (
    `\n\n—\nAccueil Santé\nCet e-mail a été envoyé automatiquement, merci de ne pas y répondre.\n` +
    `Choisir la fréquence de ces e-mails : ${publicUrl}/mon-compte/notifications/preferences\n` +
    `Ne plus recevoir ces e-mails : ${unsubscribeUrl}`
  );
}

export const listUnsubscribe = (links: EmailLinks) => ({ 'List-Unsubscribe': `<${links.unsubscribeUrl}>` });

export function notificationEmail(
  to: string,
  notification: { kind: NotificationKind; title: string; link: string },
  links: EmailLinks,
): MailMessage {
  return {
    to,
    subject: notification.title,
    text:
      `Bonjour,\n\n${SENTENCES[notification.kind]}\n\n${notification.title}\n\n` +
      `Pour la voir, ouvrez ce lien (connexion requise) :\n\n${links.publicUrl}${notification.link}` +
      footer(links),
    headers: listUnsubscribe(links),
  };
}

export function digestEmail(to: string, entries: readonly DigestEntry[], links: EmailLinks): MailMessage {
  const total = entries.reduce((sum, entry) => sum + entry.count, 0);
  const lines = entries.map(
    (entry) =>
      `• ${entry.title}${entry.count > 1 ? ` (${entry.count} notifications)` : ''}\n  ${links.publicUrl}${entry.link}`,
  );
  return {
    to,
    subject:
      total === 1
        ? 'Votre récapitulatif Accueil Santé : 1 nouvelle notification'
        : `Votre récapitulatif Accueil Santé : ${total} nouvelles notifications`,
    text:
      `Bonjour,\n\nVoici ce qui s’est passé sur Accueil Santé depuis votre dernier récapitulatif ` +
      `(connexion requise pour ouvrir les liens) :\n\n${lines.join('\n\n')}\n\n` +
      `Toutes vos notifications : ${links.publicUrl}/mon-compte/notifications` +
      footer(links),
    headers: listUnsubscribe(links),
  };
}
