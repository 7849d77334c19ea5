// Something a user should hear about. The services that cause it (messages, follow-up statuses,
// proposals, alerts) emit one; the notification service records it in-app and e-mails it
// according to each recipient's chosen frequency.
export const NOTIFICATION_KINDS = ['message', 'statut', 'proposition', 'alerte'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export interface NotificationEvent {
  kind: NotificationKind;
  /** Account ids of the recipients. */
  recipients: readonly string[];
  /** Short French title, shown in-app and as the e-mail subject; never a message's text. */
  title: string;
  /** Path inside the service the notification leads to, e.g. "/professionnel/messages/<id>". */
  link: string;
  /** Groups repeated events (several messages of one conversation) in a digest. */
  topic?: string;
}

export type Notify = (event: NotificationEvent) => Promise<void>;
