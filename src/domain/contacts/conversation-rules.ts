// Who may read and write a conversation, what the commune sees of the professional, and what is
// unread. Read marks are kept per reader (the professional, or each staff member of the commune):
// a staff member's colleague reading a thread does not hide it from them.
import type { Side } from './follow-up';

export const MESSAGE_MAX_LENGTH = 5000;

export interface ConversationParties {
  professionalId: string;
  communeCode: string;
}

export interface Reader {
  side: Side;
  id: string;
  /** For commune staff: their commune. */
  communeCode: string | null;
}

/** Only the professional and the staff of the commune written to. */
export function canRead(conversation: ConversationParties, reader: Reader): boolean {
  return reader.side === 'professionnel'
    ? reader.id === conversation.professionalId
    : reader.communeCode !== null && reader.communeCode === conversation.communeCode;
}

export interface WritableState {
  withdrawn: boolean;
  closed: boolean;
  /** The sides that blocked the other one. */
  blockedBy: readonly Side[];
}

/** Why this side cannot write now (French, shown next to the reply form), or null. */
export function writingRefusal(state: WritableState, side: Side): string | null {
  if (state.withdrawn)
    return side === 'professionnel'
      ? 'Vous avez retiré votre profil de cette conversation : écrivez de nouveau depuis une offre ou la page de la commune pour la reprendre.'
      : 'Ce ou cette professionnel(le) a retiré son profil : vous ne pouvez plus lui écrire.';
  if (state.blockedBy.includes(side))
    return 'Vous avez bloqué votre interlocuteur : débloquez-le pour écrire de nouveau.';
  if (state.blockedBy.length > 0)
    return side === 'professionnel'
      ? 'La commune a bloqué cette conversation : vous ne pouvez plus lui écrire.'
      : 'Ce ou cette professionnel(le) a bloqué cette conversation : vous ne pouvez plus lui écrire.';
  if (state.closed)
    return side === 'professionnel'
      ? 'La commune a clos cette conversation : vous ne pouvez plus y écrire.'
      : 'Cette conversation est close : rouvrez-la pour écrire.';
  return null;
}

/** Why the professional may not start (or resume) a conversation with this commune, or null. */
export function contactRefusal(existing: WritableState | undefined): string | null {
  if (!existing) return null;
  if (existing.blockedBy.includes('commune'))
    return 'Cette commune a bloqué vos messages : vous ne pouvez plus lui écrire.';
  if (existing.blockedBy.includes('professionnel'))
    return 'Vous avez bloqué cette commune : débloquez-la depuis la conversation pour lui écrire.';
  if (existing.closed) return 'La commune a clos votre conversation : vous ne pouvez plus y écrire.';
  return null;
}

/** The commune sees the professional's name, profession and shared project only while not withdrawn. */
export const profileVisibleToCommune = (state: { withdrawn: boolean }): boolean => !state.withdrawn;

/** Messages of the other side after the reader's last read mark (a count of messages seen). */
export function unreadCount(
  messages: readonly { side: Side }[],
  readerSide: Side,
  seenCount: number | undefined,
): number {
  let unread = 0;
  for (let index = seenCount ?? 0; index < messages.length; index += 1)
    if (messages[index]?.side !== readerSide) unread += 1;
  return unread;
}
