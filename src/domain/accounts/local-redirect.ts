/**
 * The path to go to after logging in, only if it stays on this site: a single leading slash,
 * no scheme, no protocol-relative "//host" or "/\host", no control characters.
 */
export function localRedirectPath(candidate: unknown): string | undefined {
  if (typeof candidate !== 'string' || candidate.length > 500) return undefined;
  if (!/^\/(?![/\\])/.test(candidate)) return undefined;
  if (
    [...candidate].some((character) => character <= '\u001f' || character === '\u007f' || character === '\\')
  ) {
    return undefined;
  }
  return candidate;
}
