import fs from 'node:fs';
import path from 'node:path';
import { ConfigError, ENV_VARIABLES, loadConfig } from '../../../src/config';

describe('loadConfig', () => {
  it('has working defaults: embedded database, local tiles origin in the CSP', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      env: 'development',
      // `npm start` serves cached templates; only `npm run dev` (DEV_MODE=true) recompiles them.
      devMode: false,
      shutdownTimeoutMs: 10_000,
      host: '127.0.0.1',
      port: 3000,
      trustProxy: false,
      database: { uri: undefined, name: 'accueil-sante', embeddedRestartDelayMs: 2000 },
      geoImportOnStart: true,
      map: {
        tileUrl: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
        tileOrigin: 'https://tile.openstreetmap.org',
      },
    });
    expect(config.dataDir).toBe(path.join(config.projectRoot, 'data'));
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('gives the URL a browser opens (create-admin prints it, e-mails link to it)', () => {
    expect(loadConfig({}).publicUrl).toBe('http://127.0.0.1:3000');
    expect(loadConfig({ HOST: '0.0.0.0', PORT: '8080' }).publicUrl).toBe('http://localhost:8080');
    expect(loadConfig({ HOST: '::', PORT: '8080' }).publicUrl).toBe('http://localhost:8080');
    expect(loadConfig({ HOST: '::1' }).publicUrl).toBe('http://[::1]:3000');
    expect(
      loadConfig({ HOST: '0.0.0.0', PUBLIC_URL: 'https://accueil-sante.example.gouv.fr' }).publicUrl,
    ).toBe('https://accueil-sante.example.gouv.fr');
  });

  it('limits messages, first contacts and proposals, and groups e-mails, by default', () => {
    expect(loadConfig({})).toMatchObject({
      writingLimits: {
        messagesPerMinute: 10,
        messagesPerDay: 200,
        conversationMessagesPerMinute: 5,
        contactsPerDay: 20,
        proposalsPerMinute: 10,
        proposalsPerDay: 50,
      },
      emailGroupingMinutes: 10,
    });
  });

  it('schedules the daily digest and check-in e-mails in the service, except under tests unless asked', () => {
    expect(loadConfig({}).digest).toEqual({ schedule: true, hourInParis: 7 });
    expect(
      loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40), SMTP_URL: 'smtp://h:25' }).digest
        .schedule,
    ).toBe(true);
    expect(loadConfig({ NODE_ENV: 'test' }).digest.schedule).toBe(false);
    expect(loadConfig({ NODE_ENV: 'test', DIGEST_SCHEDULE: 'true' }).digest.schedule).toBe(true);
    expect(loadConfig({ DIGEST_SCHEDULE: 'false' }).digest.schedule).toBe(false);
  });

  it('reads and converts values; empty strings count as unset', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      SESSION_SECRET: 'x'.repeat(40),
      SMTP_URL: 'smtp://user:secret@smtp.example:587',
      PORT: '8080',
      TRUST_PROXY: 'true',
      MONGODB_URI: 'mongodb://db.example:27017/?replicaSet=rs0',
      MAP_TILE_URL: 'https://{s}.tile.example.org/{z}/{x}/{y}.png',
      HOST: '',
    });
    expect(config).toMatchObject({ isProduction: true, port: 8080, trustProxy: true, host: '127.0.0.1' });
    expect(config.database.uri).toBe('mongodb://db.example:27017/?replicaSet=rs0');
    expect(config.map.tileOrigin).toBe('https://*.tile.example.org');
  });

  it('takes the development mode only when asked, and never in production', () => {
    expect(loadConfig({ DEV_MODE: 'true' }).devMode).toBe(true);
    const production = { NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40), SMTP_URL: 'smtp://h' };
    expect(loadConfig({ ...production, DEV_MODE: 'true' }).devMode).toBe(false);
  });

  it.each([
    [{ PORT: 'abc' }, /^Invalid configuration: PORT .*port number.*\(got "abc"\)$/],
    [{ PORT: '70000' }, /^Invalid configuration: PORT /],
    [{ NODE_ENV: 'staging' }, /^Invalid configuration: NODE_ENV expected development, production or test/],
    [{ MONGODB_URI: 'postgres://x' }, /^Invalid configuration: MONGODB_URI expected a mongodb:\/\//],
    [{ TRUST_PROXY: 'maybe' }, /^Invalid configuration: TRUST_PROXY expected true or false/],
    [
      { MAP_TILE_URL: 'http://insecure/{z}/{x}/{y}.png' },
      /^Invalid configuration: MAP_TILE_URL expected an https:\/\//,
    ],
    [
      { NODE_ENV: 'production', SMTP_URL: 'smtp://h' },
      /^Invalid configuration: SESSION_SECRET is required in production/,
    ],
    [
      { NODE_ENV: 'production', SESSION_SECRET: 'y'.repeat(32) },
      /^Invalid configuration: SMTP_URL is required in production/,
    ],
    [
      { MONGODB_URI: 'mongodb://db.example:27017/' },
      /^Invalid configuration: SESSION_SECRET is required with MONGODB_URI/,
    ],
    [{ SHUTDOWN_TIMEOUT_SECONDS: '0' }, /^Invalid configuration: SHUTDOWN_TIMEOUT_SECONDS /],
    [{ SESSION_SECRET: 'short' }, /^Invalid configuration: SESSION_SECRET expected at least 32 characters/],
    [{ MESSAGES_PER_MINUTE: '0' }, /^Invalid configuration: MESSAGES_PER_MINUTE /],
    [
      { EMAIL_GROUPING_MINUTES: 'souvent' },
      /^Invalid configuration: EMAIL_GROUPING_MINUTES expected a number/,
    ],
  ])('rejects %j with one line naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
    try {
      loadConfig(env);
    } catch (error) {
      expect((error as Error).message).not.toContain('\n');
    }
  });
});

describe('.env.example', () => {
  const example = fs.readFileSync(path.join(loadConfig({}).projectRoot, '.env.example'), 'utf8');
  const assignments = example
    .split('\n')
    .filter((line) => /^[A-Z_]+=/.test(line))
    .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)] as const);

  it('documents every variable, each with a comment', () => {
    expect(assignments.map(([name]) => name).sort()).toEqual([...ENV_VARIABLES].sort());
    const lines = example.split('\n');
    for (const [name] of assignments) {
      const index = lines.findIndex((line) => line.startsWith(`${name}=`));
      expect(lines.slice(0, index).some((line) => line.startsWith('#'))).toBe(true);
    }
  });

  it('is a valid configuration whose values are the defaults', () => {
    const fromExample = loadConfig(Object.fromEntries(assignments));
    const defaults = loadConfig({});
    expect(fromExample).toEqual(defaults);
  });
});
