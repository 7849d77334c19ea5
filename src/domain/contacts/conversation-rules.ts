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

/**
 * Why a side cannot write now, named from the writer's point of view (the web layer words it):
 * the profile withdrawn (by themselves, or by the professional they write to), a block (theirs, or the
 * other side's), a closing (by the commune, or by their own commune).
 */
export type WritingRefusal =
  | 'you-withdrew'
  | 'professional-withdrew'
  | 'you-blocked'
  | 'commune-blocked'
  | 'professional-blocked'
  | 'commune-closed'
  | 'you-closed';

/** Why this side cannot write now, or null. */
export function writingRefusal(state: WritableState, side: Side): WritingRefusal | null {
  const professional = side === 'professionnel';
  if (state.withdrawn) return professional ? 'you-withdrew' : 'professional-withdrew';
  if (state.blockedBy.includes(side)) return 'you-blocked';
  if (state.blockedBy.length > 0) return professional ? 'commune-blocked' : 'professional-blocked';
  if (state.closed) return professional ? 'commune-closed' : 'you-closed';
  return null;
}

/** Why the professional may not start (or resume) a conversation with a commune. */
export type ContactRefusal = 'contact-blocked-by-commune' | 'contact-blocked-by-you' | 'contact-closed';

/** Why the professional may not start (or resume) a conversation with this commune, or null. */
export function contactRefusal(existing: WritableState | undefined): ContactRefusal | null {
  if (!existing) return null;
  if (existing.blockedBy.includes('commune')) return 'contact-blocked-by-commune';
  if (existing.blockedBy.includes('professionnel')) return 'contact-blocked-by-you';
  if (existing.closed) return 'contact-closed';
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
