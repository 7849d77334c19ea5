// Where an anonymous visitor of a protected page is sent: the login page, which brings them back.
import { MAX_REDIRECT_LENGTH } from '../../domain/accounts/local-redirect';

/**
 * `/connexion?retour=<url>`; an address too long to come back to (a crafted URL, or a huge query
 * string a proxy would refuse in a Location header) is dropped: the person lands on their home page.
 */
export function loginRedirect(originalUrl: string): string {
  return originalUrl.length <= MAX_REDIRECT_LENGTH
    ? `/connexion?retour=${encodeURIComponent(originalUrl)}`
    : '/connexion';
}
