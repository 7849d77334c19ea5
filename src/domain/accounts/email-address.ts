/** The form under which e-mail addresses are compared and stored as keys. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
