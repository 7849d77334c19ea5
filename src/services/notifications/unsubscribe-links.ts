// The unsubscribe link of every notification e-mail, and the account a link was made for.
import { deriveLinkKey } from '../../domain/links/signed-token';
import { signUnsubscribeToken, verifyUnsubscribeToken } from '../../domain/notifications/unsubscribe-token';

export interface UnsubscribeLinks {
  urlFor(userId: string): string;
  /** The account id of a token, or null when it was not made by this service. */
  userOf(token: string): string | null;
}

export function createUnsubscribeLinks(serverSecret: string, publicUrl: string): UnsubscribeLinks {
  // A key of its own, derived from the server secret: a token can never pass for a session signature.
  const key = deriveLinkKey(serverSecret, 'accueil-sante/desabonnement');
  return {
    urlFor: (userId) => `${publicUrl}/desabonnement/${signUnsubscribeToken(userId, key)}`,
    userOf: (token) => verifyUnsubscribeToken(token, key),
  };
}
