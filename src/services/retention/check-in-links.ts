// The one-click answer of a check-in e-mail: the signed link « J'exerce toujours à … » (see
// domain/retention/check-in-link-token.ts), what it points to, and the answer it records. Opening the
// link changes nothing (mail scanners open links); the answer is recorded by the page's button.
import { deriveLinkKey } from '../../domain/links/signed-token';
import {
  CHECK_IN_LINK_DAYS,
  readCheckInToken,
  signCheckInToken,
} from '../../domain/retention/check-in-link-token';
import type { CheckInMonth } from '../../domain/retention/check-in-schedule';
import { UserModel } from '../../models/user';
import type { ConversationReadModel } from '../contacts/conversation-read-model';
import { type CheckIns, type CheckInOutcome, confirmationOf } from './check-ins';

export type CheckInLinkTarget =
  | { ok: true; conversationId: string; checkIn: CheckInMonth; communeCode: string; professionalId: string }
  | { ok: false; reason: 'invalid' | 'expired' | 'not-found' };

export type CheckInLinkOutcome = CheckInOutcome | { ok: false; reason: 'invalid' | 'expired' };

/** Signs and reads the links (a key of their own, derived from the server secret). */
export function createCheckInLinkSigner(serverSecret: string, publicUrl: string) {
  const key = deriveLinkKey(serverSecret, 'accueil-sante/point-d-etape');
  return {
    /** The link of the e-mail sent at `now` about this check-in, and until when it answers. */
    urlFor(conversationId: string, checkIn: CheckInMonth, now: Date): { url: string; expiresAt: Date } {
      const expiresAt = new Date(now.getTime() + CHECK_IN_LINK_DAYS * 86_400_000);
      const token = signCheckInToken({ conversationId, checkIn, expiresAt }, key);
      return { url: `${publicUrl}/point-d-etape/${token}`, expiresAt };
    },
    read: (token: string, now: Date) => readCheckInToken(token, key, now),
  };
}

export type CheckInLinkSigner = ReturnType<typeof createCheckInLinkSigner>;

export function createCheckInLinks(deps: {
  signer: CheckInLinkSigner;
  conversations: Pick<ConversationReadModel, 'get'>;
  checkIns: Pick<CheckIns, 'answer'>;
}) {
  const open = async (token: string, now: Date): Promise<CheckInLinkTarget> => {
    const read = deps.signer.read(token, now);
    if (!read.ok) return read;
    const conversation = deps.conversations.get(read.conversationId);
    const confirmation = conversation && confirmationOf(conversation);
    // A deleted account's answers were erased with it: its old links answer nothing.
    if (!conversation || !confirmation || !(await UserModel.exists({ _id: conversation.professionalId })))
      return { ok: false, reason: 'not-found' };
    return {
      ok: true,
      conversationId: read.conversationId,
      checkIn: read.checkIn,
      communeCode: confirmation.communeCode,
      professionalId: conversation.professionalId,
    };
  };

  return {
    urlFor: deps.signer.urlFor,

    /** What a link is about (the confirmation page), without changing anything. */
    open,

    /** The click on « J'exerce toujours à … »: records « still practising » for the link's check-in. */
    async confirmStillPractising(token: string, now: Date): Promise<CheckInLinkOutcome> {
      const target = await open(token, now);
      if (!target.ok) return target;
      return deps.checkIns.answer(
        target.professionalId,
        target.conversationId,
        { checkIn: target.checkIn, stillPractising: true, failedLevers: [] },
        now,
      );
    },
  };
}

export type CheckInLinks = ReturnType<typeof createCheckInLinks>;
