// The database-backed rate limiter itself, on the app's single connection: exact counts under
// concurrent requests, the check after a password, the pacing of e-mails, the sweep of ended windows,
// and counters shared by two instances of the service.
import request from 'supertest';
import { AuditEventModel } from '../../../src/models/audit-event';
import { RateLimitCounterModel } from '../../../src/models/rate-limit-counter';
import { createAuditLog } from '../../../src/services/audit/audit-log';
import {
  type Counted,
  LIMIT_REACHED_ACTION,
  createRateLimiter,
} from '../../../src/services/limits/rate-limiter';
import { buildTestApp } from '../../support/test-app';
import { useTestDatabase } from '../../support/test-database';

const database = useTestDatabase();
const MINUTE = 60_000;
let clock = Date.UTC(2030, 0, 7, 10, 0, 0);
const limiter = createRateLimiter({ audit: createAuditLog(), now: () => clock });

const counted = (name: string, key: string, max = 10): Counted => ({
  limit: { name, max, windowMs: MINUTE },
  key,
  journal: async () => ({ actor: { id: null, label: 'test' }, target: { type: 'cle', id: key } }),
});

it('counts concurrent uses exactly and journalises the first refusal only', async () => {
  const limit = counted('essai-concurrent', 'k1');
  const outcomes = await Promise.all(Array.from({ length: 50 }, () => limiter.hit([limit])));
  expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(10);
  expect(outcomes.find((outcome) => !outcome.ok)).toEqual({
    ok: false,
    reason: 'rate-limited',
    retryAfterSeconds: 60,
  });
  expect(await AuditEventModel.countDocuments({ action: LIMIT_REACHED_ACTION, targetId: 'k1' })).toBe(1);
});

it('refuses a right password checked while concurrent wrong guesses reached the lock', async () => {
  const limit = counted('essai-mot-de-passe', 'k2');
  const wrong = () => limiter.failuresOnly([limit], async () => undefined);
  const outcome = await limiter.failuresOnly([limit], async () => {
    // While this password is being checked, ten wrong guesses sent at the same time fail.
    await Promise.all(Array.from({ length: 10 }, wrong));
    return 'le bon mot de passe';
  });
  expect(outcome).toMatchObject({ ok: false, reason: 'rate-limited' });
  // The refused attempt counted nothing.
  const [stored] = await RateLimitCounterModel.find({ _id: /^essai-mot-de-passe:/ }).lean();
  expect(stored?.count).toBe(10);
});

it('paces: one caller wins per gap, even at once', async () => {
  const claims = await Promise.all(
    Array.from({ length: 20 }, () => limiter.pace('courriel-essai', 'k3', 10 * MINUTE)),
  );
  expect(claims.filter(Boolean)).toHaveLength(1);
  clock += 9 * MINUTE;
  expect(await limiter.pace('courriel-essai', 'k3', 10 * MINUTE)).toBe(false);
  clock += MINUTE;
  expect(await limiter.pace('courriel-essai', 'k3', 10 * MINUTE)).toBe(true);
});

it('sweeps the counters of ended windows only', async () => {
  await limiter.hit([counted('essai-balayage', 'ancien')]);
  clock += MINUTE;
  await limiter.hit([counted('essai-balayage', 'courant')]);
  expect(await limiter.sweep()).toBeGreaterThanOrEqual(1);
  const left = await RateLimitCounterModel.find({ _id: /^essai-balayage:/ }).lean();
  expect(left).toHaveLength(1);
  expect(left.every((counter) => counter.expiresAt.getTime() > clock)).toBe(true);
});

it('is shared by two instances of the service on one database (open data API)', async () => {
  const environment = { OPEN_DATA_REQUESTS_PER_MINUTE: '4' };
  const first = await buildTestApp(database.current, environment, { limitClock: () => clock });
  const second = await buildTestApp(database.current, environment, { limitClock: () => clock });
  const statuses: number[] = [];
  for (let n = 0; n < 6; n += 1) {
    const instance = n % 2 === 0 ? first.app : second.app;
    statuses.push((await request(instance).get('/api/v1/communes/39198')).status);
  }
  expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);
}, 60_000);
