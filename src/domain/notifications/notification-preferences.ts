// How often a person wants to hear about their notifications by e-mail. In-app notifications are
// always kept; the frequency only decides the e-mails. Two settings keep the page simple: one for
// what concerns people (messages, follow-up, proposals), one for the alerts on projects.
import type { NotificationKind } from './notification-event';

export const FREQUENCIES = ['immediat', 'quotidien', 'aucun'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export const FREQUENCY_LABELS: Record<Frequency, string> = {
  immediat: 'Un e-mail à chaque notification',
  quotidien: 'Un récapitulatif par jour',
  aucun: 'Aucun e-mail (notifications sur le site seulement)',
};

export interface NotificationPreferences {
  /** Messages, follow-up statuses and communes' proposals. */
  general: Frequency;
  /** Alerts on installation projects (new offers). */
  alertes: Frequency;
}

/** Immediate for what people do, a daily digest for the alerts (as the issue asks). */
export const DEFAULT_PREFERENCES: Readonly<NotificationPreferences> = Object.freeze({
  general: 'immediat',
  alertes: 'quotidien',
});

export const NO_EMAIL: Readonly<NotificationPreferences> = Object.freeze({
  general: 'aucun',
  alertes: 'aucun',
});

export function frequencyFor(preferences: NotificationPreferences, kind: NotificationKind): Frequency {
  return kind === 'alerte' ? preferences.alertes : preferences.general;
}

/** Stored preferences, or the defaults for an account that never chose. */
export function preferencesOf(
  stored: Partial<NotificationPreferences> | null | undefined,
): NotificationPreferences {
  return {
    general: stored?.general ?? DEFAULT_PREFERENCES.general,
    alertes: stored?.alertes ?? DEFAULT_PREFERENCES.alertes,
  };
}
