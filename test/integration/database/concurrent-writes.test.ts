// Guards the rule of ../shared/notes/embedded-database.md: FerretDB 1.24 loses concurrent updates
// unless the application talks to it over one connection. These writes go through the app's own
// connection code, concurrently, and nothing may be lost.
import mongoose from 'mongoose';
import { useTestDatabase } from '../../support/test-database';

const database = useTestDatabase();

describe('concurrent writes through the application connection', () => {
  const counters = () =>
    database.current.connection.collection<{ _id: string; n?: number; v?: number }>('counters');

  it('uses a single connection to the embedded server', () => {
    const client = mongoose.connection.getClient();
    expect(client.options.maxPoolSize).toBe(1);
  });

  it('loses no $inc among 200 concurrent ones', async () => {
    await counters().insertOne({ _id: 'inc', n: 0 });
    await Promise.all(
      Array.from({ length: 200 }, () => counters().updateOne({ _id: 'inc' }, { $inc: { n: 1 } })),
    );
    await expect(counters().findOne({ _id: 'inc' })).resolves.toMatchObject({ n: 200 });
  });

  it('lets exactly one of 20 concurrent compare-and-set updates win, every round', async () => {
    for (let round = 0; round < 5; round += 1) {
      const id = `cas-${round}`;
      await counters().insertOne({ _id: id, v: 0 });
      const results = await Promise.all(
        Array.from({ length: 20 }, () => counters().updateOne({ _id: id, v: 0 }, { $set: { v: 1 } })),
      );
      expect(results.filter((result) => result.modifiedCount === 1)).toHaveLength(1);
    }
  });

  it('lets exactly one of 20 concurrent findOneAndUpdate claims win', async () => {
    await counters().insertOne({ _id: 'claim', v: 0 });
    const claims = await Promise.all(
      Array.from({ length: 20 }, () =>
        counters().findOneAndUpdate({ _id: 'claim', v: 0 }, { $set: { v: 1 } }),
      ),
    );
    expect(claims.filter((claim) => claim !== null)).toHaveLength(1);
  });
});
