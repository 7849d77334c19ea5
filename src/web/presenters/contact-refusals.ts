// Every refusal of the contacts area, worded once: for each reason code of the conversation, message
// report and reply-template services, the HTTP status and the French sentence the page shows. A
// `Record` per service: a new reason does not compile until it is worded here.
import { MESSAGE_MAX_LENGTH } from '../../domain/contacts/conversation-rules';
import { REASON_MAX_LENGTH, VISIT_PAST_TOLERANCE_DAYS } from '../../domain/contacts/follow-up';
import type { ConversationRefusal } from '../../services/contacts/conversation-service';
import type { DecisionResult, ReportRefusal } from '../../services/contacts/message-reports';
import type { TemplateRefusal } from '../../services/contacts/reply-templates';

import { MODERATION_REFUSALS } from './moderation-refusals';
import type { Refusal } from './refusal';

export type { Refusal } from './refusal';

const refused = (message: string): Refusal => ({ status: 400, message });

export const CONVERSATION_REFUSALS: Record<ConversationRefusal, Refusal> = {
  // The page's conversation was open (404 otherwise): gone, or no longer readable, when written to.
  'not-found': refused('Conversation introuvable.'),
  conflict: {
    status: 409,
    message: 'La conversation a changé entre-temps : rechargez la page et recommencez.',
  },
  'account-pending': refused(
    'Votre compte doit être validé par un modérateur avant de pouvoir écrire aux professionnels.',
  ),
  'commune-without-staff': refused(
    'Cette commune n’a pas encore de compte validé sur Accueil Santé : elle ne peut pas recevoir de messages.',
  ),
  'unknown-commune': refused('Commune inconnue.'),
  'unknown-installation-commune': refused('Commune d’installation inconnue : choisissez-la dans la liste.'),
  'empty-message': refused('Écrivez votre message.'),
  'message-too-long': refused(`Saisissez au plus ${MESSAGE_MAX_LENGTH} caractères.`),
  'not-a-colleague': refused('Choisissez un membre validé de votre commune.'),
  'already-closed': refused('Cette conversation est déjà close.'),
  'already-open': refused('Cette conversation est déjà ouverte.'),
  'already-withdrawn': refused('Vous avez déjà retiré votre profil de cette conversation.'),
  'already-blocked': refused('Vous avez déjà bloqué votre interlocuteur.'),
  'not-blocked': refused('Vous n’avez pas bloqué votre interlocuteur.'),
  // Writing, from the writer's side (also shown above the reply form).
  'you-withdrew': refused(
    'Vous avez retiré votre profil de cette conversation : écrivez de nouveau depuis une offre ou la page de la commune pour la reprendre.',
  ),
  'professional-withdrew': refused(
    'Ce ou cette professionnel(le) a retiré son profil : vous ne pouvez plus lui écrire.',
  ),
  'you-blocked': refused('Vous avez bloqué votre interlocuteur : débloquez-le pour écrire de nouveau.'),
  'commune-blocked': refused('La commune a bloqué cette conversation : vous ne pouvez plus lui écrire.'),
  'professional-blocked': refused(
    'Ce ou cette professionnel(le) a bloqué cette conversation : vous ne pouvez plus lui écrire.',
  ),
  'commune-closed': refused('La commune a clos cette conversation : vous ne pouvez plus y écrire.'),
  'you-closed': refused('Cette conversation est close : rouvrez-la pour écrire.'),
  // Writing to a commune again (also shown on the contact page).
  'contact-blocked-by-commune': refused(
    'Cette commune a bloqué vos messages : vous ne pouvez plus lui écrire.',
  ),
  'contact-blocked-by-you': refused(
    'Vous avez bloqué cette commune : débloquez-la depuis la conversation pour lui écrire.',
  ),
  'contact-closed': refused('La commune a clos votre conversation : vous ne pouvez plus y écrire.'),
  // The follow-up.
  'follow-up-withdrawn': refused(
    'Le ou la professionnel(le) a retiré son profil : le suivi ne peut plus changer.',
  ),
  'follow-up-closed': refused('Cette conversation est close : rouvrez-la pour changer son suivi.'),
  'professional-only': refused(
    'Seul(e) le ou la professionnel(le) peut confirmer ou refuser une installation.',
  ),
  'commune-only': refused('Le suivi est tenu par la commune.'),
  'follow-up-ended': refused('L’installation est confirmée : le suivi de cette conversation est terminé.'),
  'nothing-declared': refused(
    'Aucune installation n’a été déclarée par la commune : il n’y a rien à confirmer.',
  ),
  'already-in-discussion': refused('Cette conversation est déjà en discussion.'),
  'installation-pending': refused(
    'Une installation est déclarée : attendez la réponse du ou de la professionnel(le).',
  ),
  'installation-already-declared': refused(
    'Une installation est déjà déclarée : attendez la réponse du ou de la professionnel(le).',
  ),
  'without-follow-up': refused('Cette conversation est sans suite : remettez-la d’abord en discussion.'),
  'already-without-follow-up': refused('Cette conversation est déjà sans suite.'),
  'visit-date-out-of-range': refused(
    `Indiquez une date de visite à venir (au plus ${VISIT_PAST_TOLERANCE_DAYS} jours dans le passé, au plus deux ans à l’avance).`,
  ),
  'installation-date-out-of-range': refused(
    'Indiquez une date d’installation de moins d’un an dans le passé ou de moins de trois ans à venir.',
  ),
  'missing-reason': refused('Indiquez pourquoi ce contact reste sans suite.'),
  'reason-too-long': refused(`Saisissez au plus ${REASON_MAX_LENGTH} caractères.`),
};

export const REPORT_REFUSALS: Record<ReportRefusal, Refusal> = {
  'message-not-found': refused('Message introuvable.'),
  'own-message': refused('Vous ne pouvez signaler que les messages de votre interlocuteur.'),
};

/** A moderator's refused decision on a report (the moderation service words a refused suspension). */
export const decisionRefusal = (result: Extract<DecisionResult, { ok: false }>): Refusal =>
  result.reason === 'already-decided'
    ? refused('Ce signalement a déjà été traité.')
    : refused(MODERATION_REFUSALS[result.suspension].message);

export const TEMPLATE_REFUSALS: Record<TemplateRefusal, Refusal> = {
  conflict: {
    status: 409,
    message:
      'Un ou une collègue a modifié les modèles entre-temps : vérifiez la liste ci-dessous et recommencez.',
  },
  'not-found': { status: 404, message: 'Ce modèle n’existe plus.' },
  'too-many': refused('Votre commune a déjà le nombre maximal de modèles : supprimez-en un d’abord.'),
  'not-allowed': {
    status: 403,
    message: 'Votre compte doit être validé par un modérateur avant de pouvoir faire cette action.',
  },
};

/** Shown next to a message refused by the limits: it was not sent, and what was typed is kept. */
export const tooManyMessages = (delay: string): string =>
  `Vous avez envoyé beaucoup de messages en peu de temps : celui-ci n’est pas parti. Votre texte est conservé : réessayez dans ${delay}.`;
