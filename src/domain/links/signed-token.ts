// The tokens of the links e-mails carry and that work without logging in (unsubscribe, one-click
// check-in answers): a few fields and an HMAC of them under a server key. The purpose label is
// signed with the fields, so that a token made for one use never passes for another.
import crypto from 'node:crypto';

const SIGNATURE = /^[A-Za-z0-9_-]{43}$/;

const signatureOf = (purpose: string, fields: readonly string[], key: string): string =>
  crypto
    .createHmac('sha256', key)
    .update(`${purpose}:${fields.join('.')}`)
    .digest('base64url');

/** A key of its own for one kind of link, derived from the server secret (never the secret itself). */
export const deriveLinkKey = (serverSecret: string, label: string): string =>
  crypto.createHmac('sha256', serverSecret).update(label).digest('base64url');

/** `field.field….signature`; each field must match the shape `verifySignedToken` will check. */
export function signToken(purpose: string, fields: readonly string[], key: string): string {
  return [...fields, signatureOf(purpose, fields, key)].join('.');
}

/**
 * The fields of a token this key signed for `purpose`, each matching its shape (anchored patterns),
 * or null for anything else (forged, truncated, made for another purpose, garbage).
 */
export function verifySignedToken(
  purpose: string,
  token: string,
  key: string,
  shapes: readonly RegExp[],
): string[] | null {
  const parts = token.split('.');
  if (parts.length !== shapes.length + 1) return null;
  const fields = parts.slice(0, -1);
  const given = Buffer.from(parts.at(-1) ?? '');
  if (!SIGNATURE.test(given.toString()) || !fields.every((field, index) => shapes[index]?.test(field)))
    return null;
  const expected = Buffer.from(signatureOf(purpose, fields, key));
  return expected.length === given.length && crypto.timingSafeEqual(expected, given) ? fields : null;
}
