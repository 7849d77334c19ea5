/** Longer paths are never kept to come back to (nor copied into a Location header). */
export const MAX_REDIRECT_LENGTH = 500;

/**
 * The path to go to after logging in, only if it stays on this site: a single leading slash,
 * no scheme, no protocol-relative "//host" or "/\host", no control characters.
 */
export function localRedirectPath(candidate: unknown): string | undefined {
  if (typeof candidate !== 'string' || candidate.length > MAX_REDIRECT_LENGTH) return undefined;
  if (!/^\/(?![/\\])/.test(candidate)) return undefined;
  if (
    [...candidate].some((character) => character <= '\u001f' || character === '\u007f' || character === '\\')
  ) {
    return undefined;
  }
  return candidate;
}
