// The error handler, in production and development modes, on the real views.
import * as cheerio from 'cheerio';
import express from 'express';
import request from 'supertest';
import { loadConfig } from '../../../src/config';
import { errorHandler } from '../../../src/web/middleware/error-handler';
import { setUpViewEngine } from '../../../src/web/middleware/set-up-view-engine';

function appThatFails(error: unknown, showStack: boolean) {
  const app = express();
  setUpViewEngine(app, loadConfig({ NODE_ENV: 'test' }));
  app.get(['/page', '/api/thing'], () => {
    throw error;
  });
  const logged: unknown[] = [];
  app.use(errorHandler({ showStack, log: (e) => logged.push(e) }));
  return { app, logged };
}

describe('errorHandler', () => {
  const bug = new Error('secret internal detail');

  it('answers a French 500 page without the stack trace in production, and logs the error', async () => {
    const { app, logged } = appThatFails(bug, false);
    const response = await request(app).get('/page').expect(500);
    const $ = cheerio.load(response.text);
    expect($('h1').text()).toMatch(/Erreur inattendue/);
    expect(response.text).not.toContain('secret internal detail');
    expect(response.text).not.toContain('error-handler.test');
    expect(logged).toEqual([bug]);
  });

  it('shows the stack trace in development', async () => {
    const { app } = appThatFails(bug, true);
    const response = await request(app).get('/page').expect(500);
    expect(cheerio.load(response.text)('pre').text()).toContain('secret internal detail');
  });

  it('answers JSON without details under /api', async () => {
    const { app } = appThatFails(bug, false);
    const response = await request(app).get('/api/thing').expect(500);
    expect(response.body).toEqual({ error: { status: 500, message: 'Erreur inattendue' } });
  });

  it('turns "database unreachable" driver errors into a French 503 with Retry-After', async () => {
    const unreachable = Object.assign(new Error('connection refused'), { name: 'MongoServerSelectionError' });
    const { app, logged } = appThatFails(unreachable, false);
    const response = await request(app).get('/page').expect(503).expect('Retry-After', '30');
    expect(cheerio.load(response.text)('h1').text()).toMatch(/indisponible/);
    expect(logged).toEqual([]);
  });

  it('keeps the status of client errors raised by middleware', async () => {
    const tooLarge = Object.assign(new Error('request entity too large'), { status: 413 });
    const { app } = appThatFails(tooLarge, false);
    const response = await request(app).get('/page').expect(413);
    expect(cheerio.load(response.text)('h1').text()).toMatch(/Requête invalide/);
  });
});
