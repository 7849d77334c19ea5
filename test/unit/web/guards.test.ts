import express from 'express';
import request from 'supertest';
import type { AccountStatus, Role } from '../../../src/domain/accounts/roles';
import { HttpError } from '../../../src/web/http-errors';
import { requireActiveAccount, requireRole } from '../../../src/web/middleware/guards';

/** A bare app whose requests carry the given user, with the guards under test on one route. */
function appAs(user: { role: Role; status: AccountStatus } | undefined) {
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
  app.get('/publier', ...requireRole('commune'), requireActiveAccount, (_req, res) => res.send('ok'));
  app.post('/publier', ...requireRole('commune'), requireActiveAccount, (_req, res) => res.send('ok'));
  app.use((error: HttpError, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    res.status(error.status).send(error.message);
  });
  return app;
}

describe('guards', () => {
  it('let an active commune through', async () => {
    await request(appAs({ role: 'commune', status: 'actif' }))
      .get('/publier')
      .expect(200, 'ok');
  });

  it('stop a pending commune from acting, with the reason', async () => {
    const response = await request(appAs({ role: 'commune', status: 'en-attente' }))
      .post('/publier')
      .expect(403);
    expect(response.text).toContain('validé par un modérateur');
  });

  it('refuse other roles and send anonymous visitors to the login page', async () => {
    await request(appAs({ role: 'professionnel', status: 'actif' }))
      .get('/publier')
      .expect(403);
    const anonymous = await request(appAs(undefined)).get('/publier').expect(302);
    expect(anonymous.headers.location).toBe('/connexion?retour=%2Fpublier');
    await request(appAs(undefined)).post('/publier').expect(403);
  });
});
