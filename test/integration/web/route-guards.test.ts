// Every declared route, checked against the access rules: a (route × role) → status matrix, and
// CSRF on every state-changing route. New routes are covered as soon as they are declared.
import type { Express } from 'express';
import request from 'supertest';
import type { Role } from '../../../src/domain/accounts/roles';
import { createAccount, csrfTokenOf, signedInAgent } from '../../support/accounts';
import { routeTable, sampleUrl } from '../../support/route-table';
import { buildTestApp } from '../../support/test-app';
import { useTestDatabase } from '../../support/test-database';

const database = useTestDatabase();
let app: Express;
const agents = {} as Record<Role, ReturnType<typeof request.agent>>;
const ROLES: Role[] = ['professionnel', 'commune', 'partenaire', 'moderateur'];

/** Who may open what; every other path is public. */
const AREAS: [RegExp, Role[]][] = [
  [/^\/professionnel(\/|$)/, ['professionnel']],
  [/^\/commune(\/|$)/, ['commune']],
  [/^\/partenaire(\/|$)/, ['partenaire']],
  [/^\/moderation(\/|$)/, ['moderateur']],
  [/^\/mon-compte(\/|$)/, ROLES],
];

beforeAll(async () => {
  ({ app } = await buildTestApp(database.current));
  for (const role of ROLES) agents[role] = await signedInAgent(app, await createAccount({ role }));
}, 60_000);

const routes = () => routeTable(app);
const allowedRoles = (path: string) => AREAS.find(([pattern]) => pattern.test(path))?.[1];

describe('route table', () => {
  it('declares the expected areas (the walk works)', () => {
    const paths = routes().map((route) => `${route.method} ${route.path}`);
    expect(paths).toEqual(
      expect.arrayContaining(['GET /professionnel', 'GET /moderation', 'POST /connexion', 'GET /mon-compte']),
    );
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
        const _csrf = await csrfTokenOf(agents[role], '/mon-compte');
        const status = (await agents[role].post(sampleUrl(route.path)).type('form').send({ _csrf })).status;
        if (status !== 403) failures.push(`${role} ${route.method} ${route.path}: ${status}`);
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);
});
