// The view engine: with the view cache (npm start), partials are read once; without it (npm run
// dev), an edited partial shows at the next page.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import { ExpressHandlebars } from 'express-handlebars';
import request from 'supertest';
import type { Config } from '../../../src/config';
import { setUpViewEngine } from '../../../src/web/middleware/set-up-view-engine';

function viewsFolder(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'accueil-sante-views-'));
  for (const [file, text] of Object.entries({
    'views/layouts/main.hbs': '<main>{{{body}}}</main>',
    'views/pages/page.hbs': '{{> greeting}}',
    'views/partials/greeting.hbs': 'Bonjour',
  })) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  }
  return root;
}

async function pagesAroundAnEdit(devMode: boolean): Promise<[string, string]> {
  const root = viewsFolder();
  const app = express();
  setUpViewEngine(app, { projectRoot: root, devMode } as Config);
  app.get('/', (_req, res) => res.render('page'));
  const before = (await request(app).get('/').expect(200)).text;
  fs.writeFileSync(path.join(root, 'views/partials/greeting.hbs'), 'Bonsoir');
  const after = (await request(app).get('/').expect(200)).text;
  fs.rmSync(root, { recursive: true, force: true });
  return [before, after];
}

it('reads the partials once with the view cache, at every page without it', async () => {
  expect(await pagesAroundAnEdit(false)).toEqual(['<main>Bonjour</main>', '<main>Bonjour</main>']);
  expect(await pagesAroundAnEdit(true)).toEqual(['<main>Bonjour</main>', '<main>Bonsoir</main>']);
});

it('with the view cache, lists the partials folder for the first page only', async () => {
  const root = viewsFolder();
  const app = express();
  setUpViewEngine(app, { projectRoot: root, devMode: false } as Config);
  app.get('/', (_req, res) => res.render('page'));
  await request(app).get('/').expect(200);
  const listed = jest.spyOn(ExpressHandlebars.prototype, 'getTemplates');
  try {
    for (let page = 0; page < 3; page += 1) await request(app).get('/').expect(200);
    expect(listed).not.toHaveBeenCalled();
  } finally {
    listed.mockRestore();
    fs.rmSync(root, { recursive: true, force: true });
  }
});
