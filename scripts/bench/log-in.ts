// Logs in through the login form, as a browser would, for the HTTP benchmarks.

/** The `name=value` pairs of a response's Set-Cookie headers, as a Cookie header. */
const cookiesOf = (response: Response): string =>
  response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .join('; ');

/** Returns the Cookie header of a signed-in session. */
export async function logIn(baseUrl: string, email: string, password: string): Promise<string> {
  const form = await fetch(`${baseUrl}/connexion`);
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await form.text())?.[1];
  if (!csrf) throw new Error('no CSRF token on the login page');
  const answer = await fetch(`${baseUrl}/connexion`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookiesOf(form) },
    body: new URLSearchParams({ _csrf: csrf, email, password }).toString(),
  });
  const cookie = cookiesOf(answer);
  if (answer.status !== 303 && answer.status !== 302) throw new Error(`login of ${email}: ${answer.status}`);
  if (!cookie) throw new Error(`login of ${email}: no session cookie`);
  return cookie;
}
