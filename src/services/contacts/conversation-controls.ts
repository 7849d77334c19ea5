// What either side does to the conversation itself: the commune closes or reopens it, the
// professional withdraws their profile, each side blocks or unblocks the other.
import {
  type ConversationRefusal,
  type ConversationResult,
  type ConversationTools,
  type Participant,
  guard,
  refuse,
} from './conversation-writing';

export function createControls({ store, now }: ConversationTools) {
  return {
    /** Closes (or reopens) the conversation: nobody writes in a closed one, its follow-up is frozen. */
    async setClosed(id: string, who: Participant, closed: boolean): Promise<ConversationResult> {
      return store.write<ConversationRefusal>(id, (current) => {
        const refusal = who.side === 'commune' ? guard(current, who) : 'not-found';
        if (refusal) return refuse(refusal);
        if (current.closed === closed) return refuse(closed ? 'already-closed' : 'already-open');
        return { update: { $set: { closed } } };
      });
    },

    /** The professional withdraws: the commune keeps the messages, no longer sees the profile. */
    async withdraw(id: string, who: Participant): Promise<ConversationResult> {
      return store.write<ConversationRefusal>(id, (current) => {
        const refusal = who.side === 'professionnel' ? guard(current, who) : 'not-found';
        if (refusal) return refuse(refusal);
        if (current.withdrawnAt) return refuse('already-withdrawn');
        return { update: { $set: { withdrawnAt: now() } } };
      });
    },

    /** Blocks (or unblocks) the other side; only the side that blocked can unblock. */
    async setBlocked(id: string, who: Participant, blocked: boolean): Promise<ConversationResult> {
      return store.write<ConversationRefusal>(id, (current) => {
        const refusal = guard(current, who);
        if (refusal) return refuse(refusal);
        if (current.blockedBy.includes(who.side) === blocked)
          return refuse(blocked ? 'already-blocked' : 'not-blocked');
        const blockedBy = blocked
          ? [...current.blockedBy, who.side]
          : current.blockedBy.filter((side) => side !== who.side);
        return { update: { $set: { blockedBy } } };
      });
    },
  };
}
