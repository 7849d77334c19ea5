// The token of the one-click answer « J'exerce toujours à … » in a check-in e-mail: the
// installation (its conversation), the check-in and an expiry, signed (domain/links/signed-token).
// It answers only « still practising » for that check-in; leaving goes through the signed-in form.
import { signToken, verifySignedToken } from '../links/signed-token';
import { CHECK_IN_MONTHS, type CheckInMonth } from './check-in-schedule';

const PURPOSE = 'point-d-etape-toujours';
const SHAPES = [/^[0-9a-f]{24}$/, /^(6|12|24)$/, /^[0-9]{1,12}$/];

/** How long the link of an e-mail answers: long enough for a holiday, short of the next check-in. */
export const CHECK_IN_LINK_DAYS = 60;

export interface CheckInLink {
  conversationId: string;
  checkIn: CheckInMonth;
  expiresAt: Date;
}

export type CheckInTokenOutcome =
  { ok: true; conversationId: string; checkIn: CheckInMonth } | { ok: false; reason: 'invalid' | 'expired' };

export function signCheckInToken(link: CheckInLink, key: string): string {
  const expiresAt = String(Math.floor(link.expiresAt.getTime() / 1000));
  return signToken(PURPOSE, [link.conversationId, String(link.checkIn), expiresAt], key);
}

/** What a token says, once its signature and expiry are checked against `now`. */
export function readCheckInToken(token: string, key: string, now: Date): CheckInTokenOutcome {
  const fields = verifySignedToken(PURPOSE, token, key, SHAPES);
  if (!fields) return { ok: false, reason: 'invalid' };
  const [conversationId = '', checkIn = '', expiresAt = ''] = fields;
  const month = CHECK_IN_MONTHS.find((candidate) => String(candidate) === checkIn);
  if (month === undefined) return { ok: false, reason: 'invalid' };
  if (Number(expiresAt) * 1000 <= now.getTime()) return { ok: false, reason: 'expired' };
  return { ok: true, conversationId, checkIn: month };
}
