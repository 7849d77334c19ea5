// Forms as a browser sends them: checkbox groups as repeated keys (never "audiences[0]", which is
// refused), the session's CSRF token read from a page first, and a page's form read back as it is
// shown (what a browser would send unchanged).
import * as cheerio from 'cheerio';
import type request from 'supertest';
import { csrfTokenOf } from './accounts';

type Agent = ReturnType<typeof request.agent>;
export type FormFields = Record<string, string | string[]>;

/** A form body, with repeated keys for checkbox groups. */
export function encodeForm(fields: FormFields | URLSearchParams): string {
  if (fields instanceof URLSearchParams) return fields.toString();
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(fields))
    for (const item of [value].flat()) params.append(name, item);
  return params.toString();
}

/** Posts the fields with the session's CSRF token, read first from the page `from`. */
export async function submitForm(
  agent: Agent,
  from: string,
  path: string,
  fields: FormFields | URLSearchParams,
) {
  const _csrf = await csrfTokenOf(agent, from);
  const body = new URLSearchParams(encodeForm(fields));
  body.set('_csrf', _csrf);
  return agent.post(path).type('form').send(body.toString());
}

/** What a browser would send for a form of the page, as it is shown (its CSRF token included). */
export function formOf(html: string, selector = 'form[novalidate]'): URLSearchParams {
  const $ = cheerio.load(html);
  const form = $(selector);
  if (form.length !== 1) throw new Error(`${form.length} forms match ${selector}`);
  const params = new URLSearchParams();
  form.find('input, textarea, select').each((_i, element) => {
    const field = $(element);
    const name = field.attr('name');
    if (!name) return;
    const tag = String(field.prop('tagName')).toLowerCase();
    if (tag === 'textarea') return void params.append(name, field.text());
    if (tag === 'select') {
      // A disabled option (a placeholder) is not sent.
      const option = field.find('option[selected]').first();
      if (option.length && option.attr('disabled') === undefined)
        params.append(name, option.attr('value') ?? '');
      return;
    }
    const type = field.attr('type');
    if ((type === 'checkbox' || type === 'radio') && field.attr('checked') === undefined) return;
    params.append(name, field.attr('value') ?? '');
  });
  return params;
}
