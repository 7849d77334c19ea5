import express from 'express';
import request from 'supertest';
import type { AccountStatus, Role } from '../../../../src/domain/accounts/roles';
import { type Access, admits, allow } from '../../../../src/web/access/access';
import { HttpError } from '../../../../src/web/http-errors';

/** A bare app whose requests carry the given user, with one route declared as `access`. */
function appAs(user: { role: Role; status: AccountStatus } | undefined, access: Access) {
  const app = express();
  app.use((req, _res, next) => {
    if (user)
      req.user = {
        ...user,
        id: '1',
        email: 'a@b.fr',
        name: 'A',
        credentialsVersion: 1,
        commune: null,
        partner: null,
        professional: null,
        createdAt: new Date(),
      };
    next();
  });
  app.get('/page', allow(access), (_req, res) => res.send('ok'));
  app.post('/page', allow(access), (_req, res) => res.send('ok'));
  app.use((error: HttpError, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    res.status(error.status).send(error.message);
  });
  return app;
}

const communeOnly: Access = { role: 'commune', validated: true };

describe('allow', () => {
  it('lets a validated commune through a validated-only route', async () => {
    await request(appAs({ role: 'commune', status: 'actif' }, communeOnly))
      .get('/page')
      .expect(200, 'ok');
  });

  it('stops a pending or refused commune, with the reason', async () => {
    for (const status of ['en-attente', 'rejete'] as const) {
      const response = await request(appAs({ role: 'commune', status }, communeOnly))
        .post('/page')
        .expect(403);
      expect(response.text).toContain('validé par un modérateur');
    }
  });

  it('lets a pending commune use a route declared for pending accounts', async () => {
    await request(appAs({ role: 'commune', status: 'en-attente' }, { role: 'commune', validated: false }))
      .get('/page')
      .expect(200);
  });

  it('refuses other roles and sends anonymous visitors to the login page', async () => {
    await request(appAs({ role: 'professionnel', status: 'actif' }, communeOnly))
      .get('/page')
      .expect(403);
    const anonymous = await request(appAs(undefined, communeOnly)).get('/page').expect(302);
    expect(anonymous.headers.location).toBe('/connexion?retour=%2Fpage');
    await request(appAs(undefined, communeOnly)).post('/page').expect(403);
  });

  it('answers "not found" when the owner check fails', async () => {
    const access: Access = { role: 'commune', validated: false, owner: () => false };
    await request(appAs({ role: 'commune', status: 'actif' }, access))
      .get('/page')
      .expect(404);
  });

  it('admits anyone on public routes, any signed-in role on "signed-in" ones', () => {
    expect(admits({ role: 'anyone' }, undefined)).toBe(true);
    expect(admits({ role: 'signed-in', validated: false }, undefined)).toBe(false);
    expect(
      admits({ role: 'signed-in', validated: false }, { role: 'partenaire', status: 'en-attente' }),
    ).toBe(true);
    expect(
      admits({ role: ['commune', 'partenaire'], validated: true }, { role: 'partenaire', status: 'actif' }),
    ).toBe(true);
  });
});
