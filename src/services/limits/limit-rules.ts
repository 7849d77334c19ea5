// Every rate limit of the service, with its name in the journal, from the configuration.
import type { Config } from '../../config';
import type { Limit } from './rate-limiter';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export function limitRules(config: Pick<Config, 'loginLimits' | 'openDataLimits' | 'writingLimits'>) {
  const { maxFailures, windowMinutes } = config.loginLimits;
  const failures = (name: string, max: number): Limit => ({ name, max, windowMs: windowMinutes * MINUTE });
  const writing = config.writingLimits;
  return {
    /** Wrong passwords only; an office or a hospital behind one address gets three accounts' allowance. */
    login: {
      perAccount: failures('connexion-par-compte', maxFailures),
      perAddress: failures('connexion-par-adresse-ip', maxFailures * 3),
    },
    /** Wrong current passwords in "Mon compte": a stolen session cannot guess it. */
    currentPassword: failures('mot-de-passe-actuel', maxFailures),
    signUp: {
      perAddress: { name: 'inscription-par-adresse-ip', max: 20, windowMs: HOUR },
      perAccount: { name: 'inscription-par-adresse-email', max: 5, windowMs: HOUR },
    },
    passwordReset: {
      perAddress: failures('reinitialisation-par-adresse-ip', 20),
      perAccount: failures('reinitialisation-par-adresse-email', 5),
    },
    /** Refused requests journalised per address; beyond, one 'limite-atteinte' entry says how many were not. */
    refusalJournal: { name: 'acces-refuses-journalises', max: 30, windowMs: 10 * MINUTE },
    /** Generous for real use, a brake on scraping loops. */
    openData: { name: 'donnees-ouvertes', max: config.openDataLimits.perMinute, windowMs: MINUTE },
    messages: {
      perMinute: { name: 'messages-par-minute', max: writing.messagesPerMinute, windowMs: MINUTE },
      perDay: { name: 'messages-par-jour', max: writing.messagesPerDay, windowMs: DAY },
    },
    conversation: {
      name: 'messages-par-conversation',
      max: writing.conversationMessagesPerMinute,
      windowMs: MINUTE,
    },
    contacts: { name: 'mises-en-relation-par-jour', max: writing.contactsPerDay, windowMs: DAY },
    proposals: {
      perMinute: { name: 'propositions-par-minute', max: writing.proposalsPerMinute, windowMs: MINUTE },
      perDay: { name: 'propositions-par-jour', max: writing.proposalsPerDay, windowMs: DAY },
    },
  } satisfies Record<string, Limit | Record<string, Limit>>;
}

export type LimitRules = ReturnType<typeof limitRules>;
