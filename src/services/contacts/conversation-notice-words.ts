// What the notifications of a conversation say (a title, never a message's text) and where they
// lead: the thread page of the recipient's side (served by src/web/conversations/paths.ts).
import { FOLLOW_UP_LABELS, type FollowUpStatus, type Side } from '../../domain/contacts/follow-up';

export const professionalThreadPath = (id: string) => `/professionnel/messages/${id}`;
export const communeThreadPath = (id: string) => `/commune/messages/${id}`;

/** The title of a new message's notification, by the side that wrote it. */
export const newMessageTitle = (from: Side, communeName: string): string =>
  from === 'professionnel'
    ? 'Nouveau message d’un ou d’une professionnel(le) de santé'
    : `Nouveau message de la commune de ${communeName}`;

/** The title of a follow-up change's notification, by the side that made it. */
export const statusChangedTitle = (from: Side, communeName: string, status: FollowUpStatus): string =>
  `Suivi de votre contact avec ${from === 'commune' ? `la commune de ${communeName}` : 'un ou une professionnel(le)'} : ${FOLLOW_UP_LABELS[status]}`;
