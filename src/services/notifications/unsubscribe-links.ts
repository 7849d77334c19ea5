// The unsubscribe link of every notification e-mail, and the account a link was made for.
import crypto from 'node:crypto';
import { signUnsubscribeToken, verifyUnsubscribeToken } from '../../domain/notifications/unsubscribe-token';

export interface UnsubscribeLinks {
  urlFor(userId: string): string;
  /** The account id of a token, or null when it was not made by this service. */
  userOf(token: string): string | null;
}

export function createUnsubscribeLinks(serverSecret: string, publicUrl: string): UnsubscribeLinks {
  // A key of its own, derived from the server secret: a token can never pass for a session signature.
  const key = crypto
    .createHmac('sha256', serverSecret)
    .update('accueil-sante/desabonnement')
    .digest('base64url');
  return {
    urlFor: (userId) => `${publicUrl}/desabonnement/${signUnsubscribeToken(userId, key)}`,
    userOf: (token) => verifyUnsubscribeToken(token, key),
  };
}
