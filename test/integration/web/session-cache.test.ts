// Sessions and signed-in accounts are served from memory for SESSION_CACHE_SECONDS (every page
// needs them): what this process writes counts at the next request; what another instance writes
// (here, raw driver writes, which no mongoose hook sees) counts once the memory is that old.
import type { Express } from 'express';
import mongoose from 'mongoose';
import { promisify } from 'node:util';
import type { SessionData } from 'express-session';
import { SessionModel } from '../../../src/models/session';
import { UserModel } from '../../../src/models/user';
import { DatabaseSessionStore } from '../../../src/web/session/database-session-store';
import { createSessionRecords } from '../../../src/services/sessions/session-records';
import { createAccount, signedInAgent } from '../../support/accounts';
import { buildTestApp } from '../../support/test-app';
import { useTestDatabase } from '../../support/test-database';

const database = useTestDatabase();
let cached: Express;
let uncached: Express;
/** Remembers for one second: long enough to see the memory served, short enough to wait out. */
let shortLived: Express;

beforeAll(async () => {
  ({ app: cached } = await buildTestApp(database.current, { SESSION_CACHE_SECONDS: '300' }));
  ({ app: uncached } = await buildTestApp(database.current, { SESSION_CACHE_SECONDS: '0' }));
  ({ app: shortLived } = await buildTestApp(database.current, { SESSION_CACHE_SECONDS: '1' }));
}, 60_000);

/** Counts the database reads of a model by id during `run`. */
async function readsOf(model: typeof SessionModel | typeof UserModel, run: () => Promise<unknown>) {
  const findById = jest.spyOn(model, 'findById');
  try {
    await run();
    return findById.mock.calls.length;
  } finally {
    findById.mockRestore();
  }
}

const suspendBehindTheHooks = (id: string) =>
  mongoose.connection
    .collection('users')
    .updateOne({ _id: new mongoose.Types.ObjectId(id) }, { $set: { status: 'suspendu' } });

/** A professional who saw a page, then whose account another instance suspended. */
async function suspendedElsewhere(app: Express) {
  const account = await createAccount({ role: 'professionnel' });
  const agent = await signedInAgent(app, account);
  await agent.get('/professionnel').expect(200);
  await suspendBehindTheHooks(account.id);
  return agent;
}

describe('the session and account caches', () => {
  it('read the session and the account from the database once for several pages', async () => {
    const agent = await signedInAgent(cached, await createAccount({ role: 'professionnel' }));
    await agent.get('/professionnel').expect(200);
    const pages = async () => {
      for (let i = 0; i < 3; i += 1) await agent.get('/professionnel').expect(200);
    };
    expect(await readsOf(SessionModel, pages)).toBe(0);
    expect(await readsOf(UserModel, pages)).toBe(0);
  });

  it('serve a session and account changed by another instance until they are SESSION_CACHE_SECONDS old', async () => {
    const agent = await suspendedElsewhere(shortLived);
    // Remembered for SESSION_CACHE_SECONDS=1…
    await agent.get('/professionnel').expect(200);
    // …then read again: the suspension counts.
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    await agent.get('/professionnel').expect(302);
  });

  it('serve a deleted session as such once it is SESSION_CACHE_SECONDS old', async () => {
    const agent = await signedInAgent(shortLived, await createAccount({ role: 'professionnel' }));
    await agent.get('/professionnel').expect(200);
    await mongoose.connection.collection('sessions').deleteMany({});
    await agent.get('/professionnel').expect(200);
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    await agent.get('/professionnel').expect(302);
  });

  it('with 300 seconds, keep serving a session and account changed by another instance', async () => {
    const agent = await suspendedElsewhere(cached);
    await agent.get('/professionnel').expect(200);
  });

  it('with 0 seconds, see a session deleted by another instance at the next request', async () => {
    const agent = await signedInAgent(uncached, await createAccount({ role: 'professionnel' }));
    await agent.get('/professionnel').expect(200);
    await mongoose.connection.collection('sessions').deleteMany({});
    await agent.get('/professionnel').expect(302);
  });

  it('with 0 seconds, see an account suspended by another instance at the next request', async () => {
    const agent = await suspendedElsewhere(uncached);
    await agent.get('/professionnel').expect(302);
  });

  it('forget a session or an account written in this process, whatever the kind of write', async () => {
    const account = await createAccount({ role: 'professionnel', name: 'Avant' });
    const agent = await signedInAgent(cached, account);
    const page = async () => (await agent.get('/mon-compte').expect(200)).text;
    expect(await page()).toContain('Avant');

    await UserModel.updateOne({ _id: account.id }, { $set: { name: 'Par updateOne' } });
    expect(await page()).toContain('Par updateOne');

    const user = await UserModel.findById(account.id);
    if (!user) throw new Error('account not found');
    user.name = 'Par save';
    await user.save();
    expect(await page()).toContain('Par save');

    await UserModel.updateMany({ role: 'professionnel' }, { $set: { name: 'Par updateMany' } });
    expect(await page()).toContain('Par updateMany');

    await UserModel.findOneAndUpdate({ email: account.email }, { $set: { name: 'Par findOneAndUpdate' } });
    expect(await page()).toContain('Par findOneAndUpdate');

    await SessionModel.deleteMany({});
    await agent.get('/mon-compte').expect(302);
  });

  it("pushes a session's expiry back without the page waiting for the write, nor reading the session again", async () => {
    const store = new DatabaseSessionStore(createSessionRecords(), 3_600_000, 300_000);
    const set = promisify(store.set.bind(store));
    const get = promisify(store.get.bind(store)) as (sid: string) => Promise<SessionData | null>;
    const touch = promisify(store.touch.bind(store));
    const sid = 'touch-off-the-path';
    const session = (expires: Date) =>
      ({
        cookie: { originalMaxAge: 3_600_000, expires },
        flash: { type: 'success', message: 'gardée' },
      }) as unknown as SessionData;
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const updateOne = jest.spyOn(SessionModel, 'updateOne');
    try {
      await set(sid, session(new Date(Date.now() + 3_600_000)));
      const later = new Date(Date.now() + 3_600_000 + 120_000);
      // The database write is held back until `release`.
      updateOne.mockImplementation(((filter: object, update: object) =>
        held.then(() => SessionModel.collection.updateOne(filter, update))) as never);
      await touch(sid, session(later));
      expect(updateOne).toHaveBeenCalledTimes(1);
      expect(
        await readsOf(SessionModel, async () => expect((await get(sid))?.flash?.message).toBe('gardée')),
      ).toBe(0);
      release();
      await held;
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect((await SessionModel.collection.findOne({ _id: sid as never }))?.expiresAt).toEqual(later);
    } finally {
      release();
      updateOne.mockRestore();
      store.close();
    }
  });

  it("pushes a session's expiry once a minute even while no copy of it is kept (overlapping pages of one session)", async () => {
    const store = new DatabaseSessionStore(createSessionRecords(), 3_600_000, 300_000);
    const set = promisify(store.set.bind(store));
    const touch = promisify(store.touch.bind(store));
    const sid = 'touch-without-copy';
    const session = (expires: Date) =>
      ({ cookie: { originalMaxAge: 3_600_000, expires } }) as unknown as SessionData;
    const stored = Date.now() + 3_600_000;
    try {
      await set(sid, session(new Date(stored)));
      // A write of this process forgets the copy kept, as overlapping saves of one session do.
      await SessionModel.updateOne({ _id: sid }, { $set: { expiresAt: new Date(stored) } });
      const updateOne = jest.spyOn(SessionModel, 'updateOne');
      try {
        await touch(sid, session(new Date(stored + 120_000)));
        await touch(sid, session(new Date(stored + 121_000)));
        await touch(sid, session(new Date(stored + 150_000)));
        expect(updateOne).toHaveBeenCalledTimes(1);
      } finally {
        updateOne.mockRestore();
      }
      expect((await SessionModel.findById(sid).lean())?.expiresAt.getTime()).toBe(stored + 120_000);
    } finally {
      store.close();
    }
  });

  // express-session sends a redirect before its save completes (all but the last byte), and a
  // browser follows it at once: the next request must see the saved session (its flash message).
  it.each([
    ['300', 300_000],
    ['0', 0],
  ])(
    'serve a session being saved or deleted as such before the write completes (SESSION_CACHE_SECONDS=%s)',
    async (_seconds, recheckMs) => {
      const store = new DatabaseSessionStore(createSessionRecords(), 3_600_000, recheckMs);
      const set = promisify(store.set.bind(store));
      const get = promisify(store.get.bind(store)) as (sid: string) => Promise<SessionData | null>;
      const destroy = promisify(store.destroy.bind(store));
      const sid = `course-${String(recheckMs)}`;
      const withFlash = (message: string) =>
        ({ cookie: { originalMaxAge: 3_600_000 }, flash: { type: 'success', message } }) as SessionData;
      try {
        await set(sid, withFlash('avant'));
        expect((await get(sid))?.flash?.message).toBe('avant');

        const saving = set(sid, withFlash('après'));
        expect((await get(sid))?.flash?.message).toBe('après');
        await saving;
        expect((await get(sid))?.flash?.message).toBe('après');

        const deleting = destroy(sid);
        expect(await get(sid)).toBeNull();
        await deleting;
        expect(await get(sid)).toBeNull();
      } finally {
        store.close();
      }
    },
  );
});
