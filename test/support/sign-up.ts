// Signing up and confirming the address through the forms, as a person would.
import type request from 'supertest';
import { csrfTokenOf, emailsTo, linkIn } from './accounts';

type Agent = ReturnType<typeof request.agent>;

/** Posts the sign-up form of a role (its CSRF token read from the form first). */
export async function signUp(agent: Agent, role: string, fields: Record<string, string>) {
  const _csrf = await csrfTokenOf(agent, `/inscription/${role}`);
  return agent
    .post(`/inscription/${role}`)
    .type('form')
    .send({ _csrf, ...fields });
}

/** Uses the verification link of the newest e-mail sent to the address. */
export async function confirmFromOutbox(agent: Agent, outboxDir: string, email: string) {
  const message = emailsTo(outboxDir, email)[0];
  if (!message) throw new Error(`no e-mail to ${email}`);
  const path = linkIn(message.text, '/verification-email/');
  const _csrf = await csrfTokenOf(agent, path);
  return agent.post(path).type('form').send({ _csrf });
}
