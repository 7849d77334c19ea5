// The in-memory offer read model stays the store of record's copy: loaded at start, updated by the
// service's own writes, and by what another instance wrote once the change journal is read.
import { Types } from 'mongoose';
import { OfferModel } from '../../../src/models/offer';
import { createAuditLog } from '../../../src/services/audit/audit-log';
import { OfferReadModel } from '../../../src/services/offers/offer-read-model';
import { createOfferService } from '../../../src/services/offers/offer-service';
import { ReadModelRegistry } from '../../../src/services/read-models/registry';
import { aidOffer } from '../../support/offers';
import { useTestDatabase } from '../../support/test-database';

useTestDatabase();

const input = aidOffer('Aide à l’installation', {
  amountEur: 5000,
  funder: 'Commune',
  conditions: 'S’installer',
});
const staff = {
  id: new Types.ObjectId().toHexString(),
  email: 'a@mairie.example',
  communeCode: '39198',
  active: true,
};

/** An instance's offers, following the journal only when `poll` is called. */
async function instance() {
  const registry = new ReadModelRegistry();
  const offers = registry.add(new OfferReadModel());
  await registry.load();
  const hour = 3_600_000;
  registry.start({ pollMs: hour, graceMs: hour, reconcileMs: hour, trimMs: hour, log: () => undefined });
  return { registry, offers };
}

it('sees its own writes at once, and other instances’ writes once the journal is read', async () => {
  const mine = await instance();
  const other = await instance();
  const service = createOfferService(mine.offers, createAuditLog());
  try {
    const created = await service.create(staff, 'aide-financiere', input, { publish: true });
    expect(mine.offers.get(created.id)?.status).toBe('publiee');
    expect(other.offers.get(created.id)).toBeUndefined();

    await mine.registry.flush();
    await other.registry.poll();
    expect(other.offers.get(created.id)?.title).toBe('Aide à l’installation');
    expect(other.offers.ofCommune('39198')).toHaveLength(1);

    await service.transition(staff, created.id, 'pourvoir', created.revision);
    await mine.registry.flush();
    await other.registry.poll();
    expect(other.offers.get(created.id)?.status).toBe('pourvue');
    await expect(OfferModel.countDocuments()).resolves.toBe(1);
  } finally {
    await mine.registry.stop();
    await other.registry.stop();
  }
});

it('refuses a second save from a stale revision (compare-and-set), keeping the first', async () => {
  const model = new OfferReadModel();
  const service = createOfferService(model, createAuditLog());
  const created = await service.create(staff, 'aide-financiere', input);
  const first = await service.update(staff, created.id, created.revision, {
    ...input,
    title: 'Première version',
  });
  const second = await service.update(staff, created.id, created.revision, {
    ...input,
    title: 'Seconde version',
  });
  expect(first.ok).toBe(true);
  expect(second).toMatchObject({ ok: false, reason: 'conflict', current: { title: 'Première version' } });
  await expect(OfferModel.findById(created.id).lean()).resolves.toMatchObject({
    title: 'Première version',
    revision: 2,
  });
});

it('does not let another commune touch an offer (not found)', async () => {
  const model = new OfferReadModel();
  const service = createOfferService(model, createAuditLog());
  const created = await service.create(staff, 'aide-financiere', input);
  const stranger = { ...staff, communeCode: '22278' };
  await expect(service.update(stranger, created.id, 1, { ...input, title: 'Pirate' })).resolves.toEqual({
    ok: false,
    reason: 'not-found',
  });
  await expect(service.transition(stranger, created.id, 'archiver', 1)).resolves.toEqual({
    ok: false,
    reason: 'not-found',
  });
  expect(service.getOwned(stranger, created.id)).toBeUndefined();
});

it('refuses publication by a pending account', async () => {
  const model = new OfferReadModel();
  const service = createOfferService(model, createAuditLog());
  const pending = { ...staff, active: false };
  const draft = await service.create(pending, 'aide-financiere', input, { publish: true });
  expect(draft.status).toBe('brouillon');
  await expect(service.transition(pending, draft.id, 'publier', draft.revision)).resolves.toMatchObject({
    ok: false,
    reason: 'not-allowed',
  });
});
