// Reads the environment once, validates it with zod and freezes the result.
// A bad value stops start-up with one line naming the variable (see src/server.ts).
import path from 'node:path';
import { z } from 'zod';
import { findProjectRoot } from './project-root';

const PROJECT_ROOT = findProjectRoot(__dirname);

const booleanString = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'expected true or false' })
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

/** A number of actions allowed in a window (a rate limit). */
const allowance = (fallback: number) =>
  z.coerce.number({ error: 'expected a number' }).int().min(1).max(100_000).default(fallback);

const urlTemplate = z.string().regex(/^https:\/\/[^\s"'<>]+$/, {
  error: 'expected an https:// URL template such as https://tile.openstreetmap.org/{z}/{x}/{y}.png',
});

/** A line of the legal notice (publisher, host…): unset, the pages show a placeholder. */
const legalText = z.string().trim().min(2).max(300).optional();

const envSchema = z.object({
  NODE_ENV: z
    .enum(['development', 'production', 'test'], { error: 'expected development, production or test' })
    .default('development'),
  // Templates recompiled at each request, stack traces on error pages, no browser caching of
  // assets: for editing the service (`npm run dev`), never for serving it.
  DEV_MODE: booleanString.default(false),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce
    .number({ error: 'expected a port number' })
    .int()
    .min(0)
    .max(65535, { error: 'expected a port number between 0 and 65535' })
    .default(3000),
  TRUST_PROXY: booleanString.default(false),
  MONGODB_URI: z
    .string()
    .regex(/^mongodb(\+srv)?:\/\/.+/, { error: 'expected a mongodb:// or mongodb+srv:// connection string' })
    .optional(),
  MONGODB_DB_NAME: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,60}$/, { error: 'expected letters, digits, - or _ (at most 60)' })
    .default('accueil-sante'),
  DATA_DIR: z.string().min(1).default('data'),
  EMBEDDED_DB_RESTART_DELAY_MS: z.coerce
    .number({ error: 'expected a number of milliseconds' })
    .int()
    .min(0)
    .max(600_000)
    .default(2000),
  GEO_IMPORT_ON_START: booleanString.default(true),
  DEMO_DATA_ON_FIRST_START: booleanString.default(true),
  MAP_TILE_URL: urlTemplate.default('https://tile.openstreetmap.org/{z}/{x}/{y}.png'),
  MAP_TILE_ATTRIBUTION: z.string().min(1).max(300).default('© contributeurs OpenStreetMap'),
  PUBLIC_URL: z
    .string()
    .regex(/^https?:\/\/[^\s/]+$/, {
      error: 'expected the site origin, e.g. https://accueil-sante.example.gouv.fr',
    })
    .optional(),
  SESSION_SECRET: z.string().min(32, { error: 'expected at least 32 characters' }).optional(),
  SESSION_IDLE_MINUTES: z.coerce
    .number({ error: 'expected a number of minutes' })
    .int()
    .min(5)
    .max(10_080)
    .default(120),
  SESSION_ABSOLUTE_HOURS: z.coerce
    .number({ error: 'expected a number of hours' })
    .int()
    .min(1)
    .max(720)
    .default(12),
  /** Unset: silent in tests, info elsewhere. */
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      error: 'expected fatal, error, warn, info, debug, trace or silent',
    })
    .optional(),
  SESSION_CACHE_SECONDS: z.coerce
    .number({ error: 'expected a number of seconds' })
    .int()
    .min(0)
    .max(300)
    .default(10),
  READ_MODEL_SYNC_MS: z.coerce
    .number({ error: 'expected a number of milliseconds' })
    .int()
    .min(100)
    .max(60_000)
    .default(2000),
  READ_MODEL_RECONCILE_MINUTES: z.coerce
    .number({ error: 'expected a number of minutes' })
    .int()
    .min(1)
    .max(1440)
    .default(10),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/.+/, { error: 'expected an smtp:// or smtps:// URL' })
    .optional(),
  MAIL_FROM: z.string().min(3).max(200).default('Accueil Santé <ne-pas-repondre@accueil-sante.localhost>'),
  // Unset: the service schedules the digest itself (safe on every instance: each e-mail is claimed
  // once in the database), except under tests, which run it when they mean to.
  DIGEST_SCHEDULE: booleanString.optional(),
  DIGEST_HOUR: z.coerce
    .number({ error: 'expected an hour from 0 to 23' })
    .int({ error: 'expected an hour from 0 to 23' })
    .min(0, { error: 'expected an hour from 0 to 23' })
    .max(23, { error: 'expected an hour from 0 to 23' })
    .default(7),
  PASSWORD_HASH_MEMORY_KIB: z.coerce
    .number({ error: 'expected a number of KiB' })
    .int()
    .min(8192)
    .max(1_048_576)
    .default(19_456),
  PASSWORD_HASH_PASSES: z.coerce.number({ error: 'expected a number' }).int().min(1).max(10).default(2),
  LOGIN_MAX_FAILURES: z.coerce.number({ error: 'expected a number' }).int().min(3).max(1000).default(10),
  LOGIN_FAILURE_WINDOW_MINUTES: z.coerce
    .number({ error: 'expected a number of minutes' })
    .int()
    .min(1)
    .max(1440)
    .default(15),
  OPEN_DATA_REQUESTS_PER_MINUTE: z.coerce
    .number({ error: 'expected a number of requests' })
    .int()
    .min(1)
    .max(100_000)
    .default(120),
  MESSAGES_PER_MINUTE: allowance(10),
  MESSAGES_PER_DAY: allowance(200),
  CONVERSATION_MESSAGES_PER_MINUTE: allowance(5),
  CONTACTS_PER_DAY: allowance(20),
  PROPOSALS_PER_MINUTE: allowance(10),
  PROPOSALS_PER_DAY: allowance(50),
  SHUTDOWN_TIMEOUT_SECONDS: z.coerce
    .number({ error: 'expected a number of seconds' })
    .int()
    .min(1)
    .max(600)
    .default(10),
  EMAIL_GROUPING_MINUTES: z.coerce
    .number({ error: 'expected a number of minutes' })
    .int()
    .min(0)
    .max(1440)
    .default(10),
  LEGAL_PUBLISHER: legalText,
  LEGAL_PUBLISHER_ADDRESS: legalText,
  LEGAL_PUBLICATION_DIRECTOR: legalText,
  LEGAL_HOST: legalText,
  LEGAL_HOST_ADDRESS: legalText,
  LEGAL_CONTACT_EMAIL: z.email({ error: 'expected an e-mail address' }).max(254).optional(),
});

/**
 * What production cannot run without: a real session secret and a way to send e-mail. A shared
 * database (MONGODB_URI) needs the secret too: without it each instance would draw its own, keep
 * it in its own data folder and reject the cookies the other instances signed.
 */
const productionRequirements = envSchema.superRefine((env, context) => {
  if (env.MONGODB_URI && !env.SESSION_SECRET) {
    context.addIssue({
      code: 'custom',
      path: ['SESSION_SECRET'],
      message:
        'is required with MONGODB_URI (the same value, at least 32 random characters, on every instance)',
    });
    return;
  }
  if (env.NODE_ENV !== 'production') return;
  if (!env.SESSION_SECRET) {
    context.addIssue({
      code: 'custom',
      path: ['SESSION_SECRET'],
      message: 'is required in production (at least 32 random characters)',
    });
  }
  if (!env.SMTP_URL) {
    context.addIssue({
      code: 'custom',
      path: ['SMTP_URL'],
      message: 'is required in production (smtp:// or smtps:// URL)',
    });
  }
});

export type Env = z.infer<typeof envSchema>;

/** Every variable the service reads (each one is documented in .env.example). */
export const ENV_VARIABLES = Object.keys(envSchema.shape);

export interface Config {
  env: Env['NODE_ENV'];
  isProduction: boolean;
  isDevelopment: boolean;
  /** `npm run dev`: templates recompiled at each request, stack traces shown, assets not cached. */
  devMode: boolean;
  host: string;
  port: number;
  trustProxy: boolean;
  /** Level of the JSON logs on standard output (requests, errors). */
  logLevel: NonNullable<Env['LOG_LEVEL']>;
  /** Root of the repository (where package.json lives), whether run from src or dist. */
  projectRoot: string;
  dataDir: string;
  database: {
    /** Set: use this MongoDB. Unset: start the embedded FerretDB. */
    uri: string | undefined;
    name: string;
    embeddedRestartDelayMs: number;
  };
  geoImportOnStart: boolean;
  /** Seed demo data when the database has no account and no offer (never in production). */
  demoDataOnFirstStart: boolean;
  map: { tileUrl: string; tileAttribution: string; tileOrigin: string };
  /** Origin used in links sent by e-mail. */
  publicUrl: string;
  session: {
    /** Unset outside production: the service keeps a random one in DATA_DIR. */
    secret: string | undefined;
    idleMinutes: number;
    absoluteHours: number;
    /** Cookies marked Secure (and __Host- prefixed): HTTPS is in front. */
    secureCookies: boolean;
    /**
     * How long a session and its account are served from memory before being read again: what
     * another instance changed (a logout, a suspension) counts after at most this long.
     */
    cacheSeconds: number;
  };
  /**
   * In-memory read models: a change made by any instance is applied by every other one within
   * `syncMs`; every read model is compared with its collection every `reconcileMinutes`.
   */
  readModels: { syncMs: number; reconcileMinutes: number };
  mail: { from: string; smtpUrl: string | undefined; outboxDir: string };
  /** The daily digest of notifications inside the service (else: `npm run jobs:digest` from cron). */
  digest: { schedule: boolean; hourInParis: number };
  passwordHash: { memoryKib: number; passes: number };
  loginLimits: { maxFailures: number; windowMinutes: number };
  /** Requests to the open data API (/api/v1) allowed per IP and minute. */
  openDataLimits: { perMinute: number };
  /**
   * What one account may write: messages (replies and first messages), new conversations with
   * communes, "Proposer nos offres"; and messages per conversation and side.
   */
  writingLimits: {
    messagesPerMinute: number;
    messagesPerDay: number;
    conversationMessagesPerMinute: number;
    contactsPerDay: number;
    proposalsPerMinute: number;
    proposalsPerDay: number;
  };
  /** Immediate e-mails about one conversation: at most one per recipient in this many minutes (0: each one). */
  emailGroupingMinutes: number;
  /** On SIGTERM, requests still running after this long are cut and the process exits. */
  shutdownTimeoutMs: number;
  /**
   * Who publishes and hosts the service, for the mentions légales, and where people write about
   * their data and accessibility; unset: the pages say it is not configured.
   */
  legal: {
    publisher: string | undefined;
    publisherAddress: string | undefined;
    publicationDirector: string | undefined;
    host: string | undefined;
    hostAddress: string | undefined;
    contactEmail: string | undefined;
  };
}

export class ConfigError extends Error {}

/** Parses and validates an environment (process.env by default). Throws ConfigError with a one-line message. */
/**
 * Where a browser reaches the service when PUBLIC_URL is not set: the listening address, with a
 * wildcard (0.0.0.0, ::) as "localhost" and an IPv6 address in brackets, so that the links printed
 * (create-admin) and e-mailed open.
 */
export function localUrl(host: string, port: number): string {
  const browsable = host === '0.0.0.0' || host === '::' || host === '[::]' ? 'localhost' : host;
  const bracketed = browsable.includes(':') && !browsable.startsWith('[') ? `[${browsable}]` : browsable;
  return `http://${bracketed}:${String(port)}`;
}

export function loadConfig(environment: NodeJS.ProcessEnv = process.env): Readonly<Config> {
  // Empty strings in .env files mean "not set".
  const cleaned = Object.fromEntries(Object.entries(environment).filter(([, value]) => value !== ''));
  const parsed = productionRequirements.safeParse(cleaned);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue?.path[0] ?? 'environment');
    const received = environment[variable];
    throw new ConfigError(
      `Invalid configuration: ${variable} ${issue?.message ?? 'is invalid'}` +
        (received === undefined ? '' : ` (got "${received}")`),
    );
  }
  const env = parsed.data;
  const dataDir = path.resolve(PROJECT_ROOT, env.DATA_DIR);
  return Object.freeze({
    env: env.NODE_ENV,
    isProduction: env.NODE_ENV === 'production',
    isDevelopment: env.NODE_ENV === 'development',
    devMode: env.DEV_MODE && env.NODE_ENV !== 'production',
    host: env.HOST,
    port: env.PORT,
    trustProxy: env.TRUST_PROXY,
    logLevel: env.LOG_LEVEL ?? (env.NODE_ENV === 'test' ? 'silent' : 'info'),
    projectRoot: PROJECT_ROOT,
    dataDir,
    database: {
      uri: env.MONGODB_URI,
      name: env.MONGODB_DB_NAME,
      embeddedRestartDelayMs: env.EMBEDDED_DB_RESTART_DELAY_MS,
    },
    geoImportOnStart: env.GEO_IMPORT_ON_START,
    demoDataOnFirstStart: env.DEMO_DATA_ON_FIRST_START && env.NODE_ENV !== 'production',
    map: {
      tileUrl: env.MAP_TILE_URL,
      tileAttribution: env.MAP_TILE_ATTRIBUTION,
      tileOrigin: tileOrigin(env.MAP_TILE_URL),
    },
    publicUrl: env.PUBLIC_URL ?? localUrl(env.HOST, env.PORT),
    session: {
      secret: env.SESSION_SECRET,
      idleMinutes: env.SESSION_IDLE_MINUTES,
      absoluteHours: env.SESSION_ABSOLUTE_HOURS,
      secureCookies: env.TRUST_PROXY || env.PUBLIC_URL?.startsWith('https://') === true,
      cacheSeconds: env.SESSION_CACHE_SECONDS,
    },
    readModels: { syncMs: env.READ_MODEL_SYNC_MS, reconcileMinutes: env.READ_MODEL_RECONCILE_MINUTES },
    mail: { from: env.MAIL_FROM, smtpUrl: env.SMTP_URL, outboxDir: path.join(dataDir, 'outbox') },
    digest: { schedule: env.DIGEST_SCHEDULE ?? env.NODE_ENV !== 'test', hourInParis: env.DIGEST_HOUR },
    passwordHash: { memoryKib: env.PASSWORD_HASH_MEMORY_KIB, passes: env.PASSWORD_HASH_PASSES },
    loginLimits: { maxFailures: env.LOGIN_MAX_FAILURES, windowMinutes: env.LOGIN_FAILURE_WINDOW_MINUTES },
    openDataLimits: { perMinute: env.OPEN_DATA_REQUESTS_PER_MINUTE },
    writingLimits: {
      messagesPerMinute: env.MESSAGES_PER_MINUTE,
      messagesPerDay: env.MESSAGES_PER_DAY,
      conversationMessagesPerMinute: env.CONVERSATION_MESSAGES_PER_MINUTE,
      contactsPerDay: env.CONTACTS_PER_DAY,
      proposalsPerMinute: env.PROPOSALS_PER_MINUTE,
      proposalsPerDay: env.PROPOSALS_PER_DAY,
    },
    emailGroupingMinutes: env.EMAIL_GROUPING_MINUTES,
    shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_SECONDS * 1000,
    legal: {
      publisher: env.LEGAL_PUBLISHER,
      publisherAddress: env.LEGAL_PUBLISHER_ADDRESS,
      publicationDirector: env.LEGAL_PUBLICATION_DIRECTOR,
      host: env.LEGAL_HOST,
      hostAddress: env.LEGAL_HOST_ADDRESS,
      contactEmail: env.LEGAL_CONTACT_EMAIL,
    },
  });
}

/** The origin (with a wildcard for Leaflet's {s} subdomains) that the CSP must allow for images. */
function tileOrigin(template: string): string {
  const withoutSubdomain = template.replace('{s}.', '*.');
  const match = /^https:\/\/[^/]+/.exec(withoutSubdomain);
  return match ? match[0] : withoutSubdomain;
}
