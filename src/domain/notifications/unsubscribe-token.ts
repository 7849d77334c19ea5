// The token of the unsubscribe link every notification e-mail ends with: the account id and an
// HMAC of it (with a purpose label) under a server key, so that the link works without logging in
// and cannot be forged for another account. It never expires: an old e-mail must still unsubscribe.
import crypto from 'node:crypto';

const PURPOSE = 'desabonnement-notifications';
const TOKEN = /^([0-9a-f]{24})\.([A-Za-z0-9_-]{43})$/;

const signatureOf = (userId: string, key: string): string =>
  crypto.createHmac('sha256', key).update(`${PURPOSE}:${userId}`).digest('base64url');

export function signUnsubscribeToken(userId: string, key: string): string {
  return `${userId}.${signatureOf(userId, key)}`;
}

/** The account id the token was made for, or null for anything else (forged, truncated, garbage). */
export function verifyUnsubscribeToken(token: string, key: string): string | null {
  const match = TOKEN.exec(token);
  if (!match) return null;
  const [, userId = '', signature = ''] = match;
  const expected = Buffer.from(signatureOf(userId, key));
  const given = Buffer.from(signature);
  return expected.length === given.length && crypto.timingSafeEqual(expected, given) ? userId : null;
}
