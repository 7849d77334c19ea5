// The change journal that keeps instances' read models in step: no change is missed when an
// instance is slow between writing a document and recording it, when it never records it, when two
// get the same number, or when a follower falls behind a trimmed journal.
import { Types } from 'mongoose';
import { ChangeCounterModel, ChangeModel } from '../../../src/models/change';
import { OfferModel } from '../../../src/models/offer';
import { OfferReadModel } from '../../../src/services/offers/offer-read-model';
import { toOfferView } from '../../../src/services/offers/offer-view';
import { ChangeJournal, journalKey } from '../../../src/services/read-models/change-journal';
import { ReadModelRegistry } from '../../../src/services/read-models/registry';
import { useTestDatabase } from '../../support/test-database';

useTestDatabase();

const GRACE_MS = 150;
const HOUR = 3_600_000;

/** An instance with the offers read model, polling only when told. */
async function instance() {
  const registry = new ReadModelRegistry();
  const offers = registry.add(new OfferReadModel());
  await registry.load();
  registry.start({ pollMs: HOUR, graceMs: GRACE_MS, reconcileMs: HOUR, trimMs: HOUR, log: () => undefined });
  return { registry, offers };
}

let count = 0;
/** An offer written to the database only (no read model, no journal). */
async function storedOffer() {
  count += 1;
  const stored = await OfferModel.create({
    commune: '39198',
    type: 'aide-financiere',
    title: `Aide ${count}`,
    description: 'Une aide de la commune.',
    status: 'publiee',
    availableFrom: new Date('2026-01-01'),
    audiences: ['installation'],
    contact: { name: 'Mairie' },
    details: { amountEur: 1000, funder: 'Commune', conditions: 'S’installer', commitmentMonths: 12 },
    revision: 1,
    createdBy: new Types.ObjectId(),
    updatedBy: new Types.ObjectId(),
  });
  return toOfferView(stored.toObject());
}

/** A number taken by an instance that has not written its entry yet. */
async function allocateWithoutEntry(): Promise<number> {
  const counter = await ChangeCounterModel.findOneAndUpdate(
    { _id: 'changes' },
    { $inc: { seq: 1 } },
    { upsert: true, returnDocument: 'after' },
  ).lean();
  return counter?.seq ?? 0;
}

let writer: Awaited<ReturnType<typeof instance>>;
let follower: Awaited<ReturnType<typeof instance>>;

beforeEach(async () => {
  writer = await instance();
  follower = await instance();
});

afterEach(async () => {
  await writer.registry.stop();
  await follower.registry.stop();
});

/** The writer stores an offer and puts it in its read model (recorded in the journal). */
async function written() {
  const offer = await storedOffer();
  writer.offers.put(offer);
  await writer.registry.flush();
  return offer;
}

it('applies what came after a number still being written, then that number once written', async () => {
  const slow = await allocateWithoutEntry();
  const late = await storedOffer();
  const quick = await written();

  await follower.registry.poll();
  expect(follower.offers.get(quick.id)).toBeDefined();
  expect(follower.offers.get(late.id)).toBeUndefined();

  await ChangeModel.create({
    _id: journalKey(slow),
    collectionName: 'offers',
    ids: [late.id],
    origin: 'slow',
  });
  await follower.registry.poll();
  expect(follower.offers.get(late.id)?.title).toBe(late.title);
});

it('seals a number never written after the grace: the late writer’s entry then goes under a new number', async () => {
  const slow = await allocateWithoutEntry();
  const late = await storedOffer();
  await follower.registry.poll();
  await new Promise((resolve) => setTimeout(resolve, GRACE_MS + 50));
  await follower.registry.poll();
  await expect(ChangeModel.findById(journalKey(slow)).lean()).resolves.toMatchObject({ sealed: true });

  // The late writer's insert under the sealed number fails…
  await expect(
    ChangeModel.create({ _id: journalKey(slow), collectionName: 'offers', ids: [late.id], origin: 'slow' }),
  ).rejects.toMatchObject({ code: 11000 });
  // …and `record` takes another one, even if the counter hands out the sealed number again (as
  // FerretDB may when two connections increment it at once).
  await ChangeCounterModel.updateOne({ _id: 'changes' }, { $set: { seq: slow - 1 } });
  await new ChangeJournal('slow').record('offers', [late.id]);
  await follower.registry.poll();
  expect(follower.offers.get(late.id)?.title).toBe(late.title);
});

it('applies deletions, and not its own changes twice', async () => {
  const offer = await written();
  await follower.registry.poll();
  expect(follower.offers.get(offer.id)).toBeDefined();

  await OfferModel.deleteOne({ _id: offer.id });
  writer.offers.remove(offer.id);
  await writer.registry.flush();
  const version = writer.offers.version;
  await writer.registry.poll();
  expect(writer.offers.version).toBe(version);
  await follower.registry.poll();
  expect(follower.offers.get(offer.id)).toBeUndefined();
});

it('reads everything again when the journal was trimmed past its position', async () => {
  const first = await written();
  const second = await written();
  await writer.registry.journal.trim((await writer.registry.journal.head()).seq + 1);
  await expect(ChangeModel.countDocuments()).resolves.toBe(0);

  await follower.registry.poll();
  expect(follower.offers.get(first.id)).toBeDefined();
  expect(follower.offers.get(second.id)).toBeDefined();
});

it('repairs by reconciliation a change that was never recorded (a crash between the two writes)', async () => {
  const known = await written();
  const ahead = await written();
  await follower.registry.poll();
  const unrecorded = await storedOffer();
  await OfferModel.deleteOne({ _id: known.id });
  // A copy ahead of the database (a backup restored): the database wins.
  follower.offers.apply(ahead.id, { ...ahead, title: 'Perdue', revision: 99 });

  await follower.registry.reconcile();
  expect(follower.offers.get(unrecorded.id)).toBeDefined();
  expect(follower.offers.get(known.id)).toBeUndefined();
  expect(follower.offers.get(ahead.id)).toMatchObject({ title: ahead.title, revision: 1 });
});

it('keys its entries by zero-padded strings (the embedded database looks strings up by index), and deletes numbered ones at load', async () => {
  await ChangeModel.collection.insertOne({
    _id: 7 as never,
    collectionName: 'offers',
    ids: [],
    origin: 'old',
  });
  const offer = await written();
  const { seq } = await writer.registry.journal.head();
  await expect(ChangeModel.findById(journalKey(seq)).lean()).resolves.toMatchObject({ ids: [offer.id] });
  expect(journalKey(seq)).toMatch(/^0+[1-9]\d*$/);
  expect([journalKey(9), journalKey(10), journalKey(100)].sort()).toEqual([
    journalKey(9),
    journalKey(10),
    journalKey(100),
  ]);

  await new ReadModelRegistry().load();
  await expect(ChangeModel.collection.countDocuments({ _id: 7 as never })).resolves.toBe(0);
  await expect(ChangeModel.findById(journalKey(seq)).lean()).resolves.not.toBeNull();
});
