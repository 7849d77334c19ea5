/** The form under which e-mail addresses are compared and stored as keys. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * An address no account owns, as the journal keeps it: enough to see a pattern (the domain, a
 * couple of letters), not the address of someone who never had, or no longer has, an account.
 */
export function maskedEmail(email: string): string {
  const at = email.lastIndexOf('@');
  const local = at > 0 ? email.slice(0, at) : email;
  const domain = at > 0 ? email.slice(at) : '';
  return `${local.slice(0, 2)}…${domain}`;
}
