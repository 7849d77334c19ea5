// The token of the unsubscribe link every notification e-mail ends with: the account id and an
// HMAC of it (with a purpose label) under a server key, so that the link works without logging in
// and cannot be forged for another account. It never expires: an old e-mail must still unsubscribe.
import { signToken, verifySignedToken } from '../links/signed-token';

const PURPOSE = 'desabonnement-notifications';
const USER_ID = /^[0-9a-f]{24}$/;

export function signUnsubscribeToken(userId: string, key: string): string {
  return signToken(PURPOSE, [userId], key);
}

/** The account id the token was made for, or null for anything else (forged, truncated, garbage). */
export function verifyUnsubscribeToken(token: string, key: string): string | null {
  return verifySignedToken(PURPOSE, token, key, [USER_ID])?.[0] ?? null;
}
