// The application served on a free local port, and a headless browser to open it: what every
// browser test starts with. Outside requests (map tiles) are blocked, as on a closed network.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import type { Config } from '../../src/config';
import type { Services } from '../../src/services';
import { launchBrowser, seriousAccessibilityViolations } from './browser';
import { useTestApp } from './test-app';

// A browser test loads several pages and runs axe on each: on a busy machine (CI, two cores) that
// takes longer than the 30 s of the other tests. A test that needs more still says so itself.
jest.setTimeout(120_000);

export interface BrowserApp {
  baseUrl: string;
  browser: Browser;
  server: Server;
}

export async function serveInBrowser(app: Express): Promise<BrowserApp> {
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { baseUrl, server, browser: await launchBrowser() };
}

/** A browser test file's app (for supertest too), served to a headless browser, with its services and configuration. */
export interface ServedTestApp extends BrowserApp {
  app: Express;
  services: Services;
  config: Config;
}

/**
 * Builds the app on the calling file's own database and serves it to a headless browser for the
 * whole file (closed after its tests). Its fields are filled before the file's own `beforeAll` runs
 * (hooks run in the order they are registered: call this first).
 */
export function useBrowserApp(): ServedTestApp {
  const built = useTestApp();
  const served = {} as ServedTestApp;
  beforeAll(async () => {
    Object.assign(
      served,
      { app: built.app, services: built.services, config: built.config },
      await serveInBrowser(built.app),
    );
  }, 60_000);
  afterAll(() => closeBrowserApp('browser' in served ? served : undefined));
  return served;
}

export async function closeBrowserApp(served: BrowserApp | undefined): Promise<void> {
  await served?.browser.close();
  await new Promise((resolve) => served?.server.close(resolve) ?? resolve(undefined));
}

/** A page in a fresh context of `browser`, collecting script and CSP errors (failed tile loads aside). */
export async function openPageIn(
  browser: Browser,
  baseUrl: string,
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext(options);
  await context.route(
    (url) => !url.href.startsWith(baseUrl),
    (route) => route.abort(),
  );
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !/Failed to load resource/.test(message.text()))
      problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return { context, page, problems };
}

/** The same, on a served app. */
export function openPage(
  served: BrowserApp,
  options: { javaScriptEnabled?: boolean } = {},
): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  return openPageIn(served.browser, served.baseUrl, { javaScriptEnabled: options.javaScriptEnabled ?? true });
}

export async function logInThroughTheForm(
  page: Page,
  baseUrl: string,
  account: { email: string; password: string },
) {
  await page.goto(`${baseUrl}/connexion`);
  await page.getByLabel('Adresse e-mail').fill(account.email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(account.password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForLoadState('load');
}

export async function expectAccessible(page: Page, path: string): Promise<void> {
  expect({ path, violations: await seriousAccessibilityViolations(page) }).toEqual({ path, violations: [] });
}
