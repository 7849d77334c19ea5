// Every declared route, checked against the access rules: a (route × role) → status matrix, for
// validated accounts and for pending ones (commune and partner accounts no moderator validated yet),
// and CSRF on every state-changing route. New routes are covered as soon as they are declared.
import type { Express } from 'express';
import express from 'express';
import request from 'supertest';
import type { Role } from '../../../src/domain/accounts/roles';
import { allow, anyone } from '../../../src/web/access/access';
import { assertEveryRouteDeclared } from '../../../src/web/access/route-table';
import { createAccount, csrfTokenOf, signedInAgent } from '../../support/accounts';
import { routeTable, sampleUrl } from '../../support/route-table';
import { buildTestApp } from '../../support/test-app';
import { useTestDatabase } from '../../support/test-database';

const database = useTestDatabase();
let app: Express;
type Agent = ReturnType<typeof request.agent>;
const agents = {} as Record<Role, Agent>;
const ROLES: Role[] = ['professionnel', 'commune', 'partenaire', 'moderateur'];
/** The roles whose accounts wait for a moderator (professionals and moderators never do). */
const PENDING_ROLES = ['commune', 'partenaire'] as const;
const pendingAgents = {} as Record<(typeof PENDING_ROLES)[number], Agent>;

/** Who may open what; every other path is public. */
const AREAS: [RegExp, Role[]][] = [
  [/^\/professionnel(\/|$)/, ['professionnel']],
  [/^\/commune(\/|$)/, ['commune']],
  [/^\/partenaire(\/|$)/, ['partenaire']],
  [/^\/moderation(\/|$)/, ['moderateur']],
  [/^\/mon-compte(\/|$)/, ROLES],
];

/**
 * What a pending account may use in its role's area: its own account, and, for a commune, preparing
 * its own drafts (one offer's routes answer "not found" unless it is a draft this account wrote);
 * a partner only its home page, which says it waits. Nothing else of the commune or of partners.
 */
const PENDING_MAY: RegExp[] = [
  /^\/mon-compte(\/|$)/,
  /^\/commune$/,
  /^\/commune\/offres\/nouvelle(\/:type)?$/,
  /^\/commune\/offres\/:id(\/(modifier|dupliquer|statut))?$/,
  /^\/partenaire$/,
];

beforeAll(async () => {
  ({ app } = await buildTestApp(database.current));
  for (const role of ROLES) agents[role] = await signedInAgent(app, await createAccount({ role }));
  for (const role of PENDING_ROLES)
    pendingAgents[role] = await signedInAgent(app, await createAccount({ role, status: 'en-attente' }));
}, 60_000);

const routes = () => routeTable(app);
const allowedRoles = (path: string) => AREAS.find(([pattern]) => pattern.test(path))?.[1];
const pendingMay = (path: string) => PENDING_MAY.some((pattern) => pattern.test(path));

/** The request a role's agent makes on a route: GET as is, other methods with a valid CSRF token. */
async function attempt(agent: Agent, route: { method: string; path: string }) {
  const url = sampleUrl(route.path);
  if (route.method === 'GET') return agent.get(url);
  const _csrf = await csrfTokenOf(agent, '/mon-compte');
  return agent[route.method.toLowerCase() as 'post'](url).type('form').send({ _csrf });
}

describe('route table', () => {
  it('declares the expected areas (the walk works)', () => {
    const paths = routes().map((route) => `${route.method} ${route.path}`);
    expect(paths).toEqual(
      expect.arrayContaining(['GET /professionnel', 'GET /moderation', 'POST /connexion', 'GET /mon-compte']),
    );
  });

  it('gives every route an access declaration that matches its area', () => {
    const failures: string[] = [];
    for (const route of routes()) {
      const access = route.access;
      const expected = allowedRoles(route.path);
      if (!access) failures.push(`${route.method} ${route.path}: no declaration`);
      else if (!expected && access.role !== 'anyone')
        failures.push(`${route.method} ${route.path}: public path declared for ${String(access.role)}`);
      else if (expected && access.role === 'anyone')
        failures.push(`${route.method} ${route.path}: protected path declared public`);
    }
    expect(failures).toEqual([]);
  });

  it('refuses to build an app with a route that declares nothing, or not first', () => {
    const declared = express.Router();
    declared.get('/a', anyone, (_req, res) => res.end());
    const bare = express();
    bare.use(declared);
    expect(() => assertEveryRouteDeclared(bare)).not.toThrow();
    bare.get('/b', (_req, res) => res.end());
    bare.post(
      '/c',
      (_req, _res, next) => next(),
      allow({ role: 'commune', validated: true }),
      (_req, res) => res.end(),
    );
    expect(() => assertEveryRouteDeclared(bare)).toThrow('GET /b, POST /c');
  });

  it('changes nothing through GET: every route that logs out, deletes or decides is a POST', () => {
    const getPaths = routes()
      .filter((route) => route.method === 'GET')
      .map((route) => route.path);
    expect(getPaths.filter((path) => /deconnexion|suppression|decision|statut|dupliquer/.test(path))).toEqual(
      [],
    );
  });
});

describe('protected pages', () => {
  it('send anonymous visitors to the login page, refuse other roles (403) and let the right ones in', async () => {
    const failures: string[] = [];
    for (const route of routes().filter((r) => r.method === 'GET' && allowedRoles(r.path))) {
      const url = sampleUrl(route.path);
      const anonymous = await request(app).get(url);
      if (anonymous.status !== 302 || !String(anonymous.headers.location).startsWith('/connexion?retour=')) {
        failures.push(`anonymous GET ${url}: ${anonymous.status}`);
      }
      for (const role of ROLES) {
        const status = (await agents[role].get(url)).status;
        const allowed = allowedRoles(route.path)?.includes(role);
        if (allowed ? status === 403 || status === 302 || status >= 500 : status !== 403) {
          failures.push(`${role} GET ${url}: ${status}`);
        }
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);
});

describe('pending accounts', () => {
  it('are refused (403) every route of their area but their own account and drafts, GET and POST alike', async () => {
    const failures: string[] = [];
    for (const role of PENDING_ROLES) {
      // Logging out is public and would end the walk.
      for (const route of routes().filter((r) => r.path !== '/deconnexion')) {
        const allowed = allowedRoles(route.path);
        const status = (await attempt(pendingAgents[role], route)).status;
        const expectedRefusal = allowed !== undefined && !(allowed.includes(role) && pendingMay(route.path));
        if (expectedRefusal ? status !== 403 : status === 403 || status >= 500)
          failures.push(`pending ${role} ${route.method} ${route.path}: ${status}`);
      }
    }
    expect(failures).toEqual([]);
  }, 180_000);
});

describe('state-changing routes', () => {
  it('all refuse a request without a CSRF token (403)', async () => {
    const failures: string[] = [];
    for (const route of routes().filter((r) => r.method !== 'GET')) {
      const response = await agents.professionnel[route.method.toLowerCase() as 'post'](sampleUrl(route.path))
        .type('form')
        .send({});
      if (response.status !== 403) failures.push(`${route.method} ${route.path}: ${response.status}`);
    }
    expect(failures).toEqual([]);
  }, 60_000);

  it('refuse the wrong roles even with a valid token (403)', async () => {
    const failures: string[] = [];
    for (const route of routes().filter((r) => r.method !== 'GET' && allowedRoles(r.path))) {
      for (const role of ROLES.filter((r) => !allowedRoles(route.path)?.includes(r))) {
        const status = (await attempt(agents[role], route)).status;
        if (status !== 403) failures.push(`${role} ${route.method} ${route.path}: ${status}`);
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);
});
