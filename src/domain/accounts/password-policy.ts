// Password rules after NIST SP 800-63B / OWASP ASVS 6.2: long enough, no composition rules,
// common passwords refused, never truncated.
import { COMMON_PASSWORDS } from './common-passwords';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

/** A French message saying what is wrong, or undefined when the password is acceptable. */
export function passwordProblem(password: string, context: { email?: string } = {}): string | undefined {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH)
    return `Choisissez un mot de passe d’au moins ${PASSWORD_MIN_LENGTH} caractères.`;
  if (length > PASSWORD_MAX_LENGTH)
    return `Choisissez un mot de passe d’au plus ${PASSWORD_MAX_LENGTH} caractères.`;
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower) || /^(.)\1+$/.test(password) || isSequence(lower)) {
    return 'Ce mot de passe est trop courant : choisissez-en un autre, par exemple une phrase de plusieurs mots.';
  }
  const email = context.email?.toLowerCase();
  if (email && (lower === email || lower.includes(email.split('@')[0] ?? '\u0000'))) {
    return 'Le mot de passe ne doit pas reprendre votre adresse e-mail.';
  }
  return undefined;
}

function isSequence(text: string): boolean {
  const sequences = [
    '0123456789012345678901234567890',
    'abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz',
    'azertyuiopqsdfghjklmwxcvbn',
    'qwertyuiopasdfghjklzxcvbnm',
  ];
  return sequences.some((sequence) => sequence.includes(text));
}
