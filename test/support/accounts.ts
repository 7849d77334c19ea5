// Accounts and signed-in browsers for HTTP tests.
import * as cheerio from 'cheerio';
import type { Express } from 'express';
import { Types } from 'mongoose';
import request from 'supertest';
import type {
  AccountStatus,
  CommuneFunction,
  PartnerType,
  Role,
  TerritoryLevel,
} from '../../src/domain/accounts/roles';
import { UserModel } from '../../src/models/user';
import { UserEmailModel } from '../../src/models/user-email';
import { createPasswordHasher } from '../../src/services/accounts/password-hasher';
import { listOutbox } from '../../src/services/mail/outbox';

export const TEST_PASSWORD = 'une phrase de passe solide';

const hasher = createPasswordHasher({ memoryKib: 8192, passes: 1 });
let counter = 0;

export interface TestAccountOptions {
  role: Role;
  status?: AccountStatus;
  email?: string;
  name?: string;
  password?: string;
  commune?: { code: string; fonction: CommuneFunction };
  partner?: { type: PartnerType; nom: string; territoire: { niveau: TerritoryLevel; code: string } };
}

/** Creates an account directly in the database (as the sign-up and moderation would leave it). */
export async function createAccount(
  options: TestAccountOptions,
): Promise<{ id: string; email: string; password: string }> {
  counter += 1;
  const id = new Types.ObjectId();
  const email = options.email ?? `${options.role}-${counter}-${id.toHexString().slice(-6)}@exemple.fr`;
  const password = options.password ?? TEST_PASSWORD;
  await UserEmailModel.create({ _id: email, userId: id });
  await UserModel.create({
    _id: id,
    email,
    name: options.name ?? `Personne ${counter}`,
    role: options.role,
    status: options.status ?? 'actif',
    passwordHash: await hasher.hash(password),
    emailVerifiedAt: new Date(),
    commune:
      options.commune ??
      (options.role === 'commune' ? { code: '39198', fonction: 'maire' as const } : undefined),
    partner:
      options.partner ??
      (options.role === 'partenaire'
        ? {
            type: 'ars' as const,
            nom: 'ARS Bourgogne-Franche-Comté',
            territoire: { niveau: 'region' as const, code: '27' },
          }
        : undefined),
  });
  return { id: String(id), email, password };
}

/** The CSRF token of the agent's session, read from a page's form. */
export async function csrfTokenOf(
  agent: ReturnType<typeof request.agent>,
  path = '/connexion',
): Promise<string> {
  const page = await agent.get(path);
  const token = cheerio.load(page.text)('input[name="_csrf"]').first().val();
  if (typeof token !== 'string' || token.length === 0)
    throw new Error(`no CSRF token on ${path} (${page.status})`);
  return token;
}

type Agent = ReturnType<typeof request.agent>;

/** Logs the agent in through the login form; returns the response (its Set-Cookie holds the session). */
export async function logIn(agent: Agent, account: { email: string; password: string }) {
  const _csrf = await csrfTokenOf(agent);
  const response = await agent
    .post('/connexion')
    .type('form')
    .send({ _csrf, email: account.email, password: account.password });
  if (response.status !== 303) throw new Error(`login failed for ${account.email}: ${response.status}`);
  return response;
}

/** A supertest agent (it keeps cookies) logged in as the account. */
export async function signedInAgent(
  app: Express,
  account: { email: string; password: string },
): Promise<Agent> {
  const agent = request.agent(app);
  await logIn(agent, account);
  return agent;
}

/** The session cookie ("name=value") of a fresh login, to replay it elsewhere. */
export function sessionCookieOf(response: { headers: Record<string, unknown> }): string {
  const cookie = String((response.headers['set-cookie'] as string[] | undefined)?.[0] ?? '').split(';')[0];
  if (!cookie) throw new Error('no session cookie');
  return cookie;
}

/** Messages sent to an address, newest first, from the test app's outbox (config.mail.outboxDir). */
export function emailsTo(outboxDir: string, to: string) {
  return listOutbox(outboxDir).filter((message) => message.to.includes(to));
}

/** The first link to this service in a message's text. */
export function linkIn(text: string, pathPrefix: string): string {
  const match = new RegExp(`https?://[^\\s]+(${pathPrefix}[^\\s]*)`).exec(text);
  if (!match?.[1]) throw new Error(`no ${pathPrefix} link in: ${text}`);
  return match[1];
}
