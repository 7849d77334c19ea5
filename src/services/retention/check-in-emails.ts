// The check-in e-mail: 6, 12 or 24 months after an installation, « still practising there? » with a
// one-click answer for « yes » and the signed-in form for « no » (which asks what failed). Ends like
// every notification e-mail (preferences, unsubscribe link and header).
import type { CheckInMonth } from '../../domain/retention/check-in-schedule';
import type { MailMessage } from '../mail/mailer';
import { type EmailLinks, footer, listUnsubscribe } from '../notifications/notification-emails';

const DATE = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'Europe/Paris' });

export interface CheckInEmail {
  checkIn: CheckInMonth;
  commune: string;
  /** The one-click « J'exerce toujours » link, and until when it answers. */
  stillThereUrl: string;
  expiresAt: Date;
  /** The installation on « Mes installations » (sign-in needed). */
  installationUrl: string;
}

const since = (checkIn: CheckInMonth): string =>
  checkIn === 6 ? 'six mois' : checkIn === 12 ? 'un an' : 'deux ans';

export function checkInEmail(to: string, email: CheckInEmail, links: EmailLinks): MailMessage {
  return {
    to,
    subject: `Exercez-vous toujours à ${email.commune} ?`,
    text:
      `Bonjour,\n\nIl y a ${since(email.checkIn)}, vous avez confirmé votre installation à ${email.commune} ` +
      `sur Accueil Santé. Y exercez-vous toujours ? Votre réponse aide les communes et leurs partenaires ` +
      `à mieux accueillir les professionnels de santé.\n\n` +
      `• J’exerce toujours à ${email.commune} (un clic, puis confirmez sur la page ; lien valable ` +
      `jusqu’au ${DATE.format(email.expiresAt)}) :\n  ${email.stillThereUrl}\n\n` +
      `• Je n’y exerce plus (connexion requise ; vous pourrez dire ce qui n’a pas fonctionné : logement, ` +
      `emploi du conjoint, garde d’enfants, conditions d’exercice…) :\n  ${email.installationUrl}` +
      footer(links),
    headers: listUnsubscribe(links),
  };
}
