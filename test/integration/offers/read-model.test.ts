// The in-memory offer read model stays the store of record's copy: loaded at start, updated by the
// service's own writes, and refreshed from what another instance wrote.
import { Types } from 'mongoose';
import { OfferModel } from '../../../src/models/offer';
import { createAuditLog } from '../../../src/services/audit/audit-log';
import { OfferReadModel } from '../../../src/services/offers/offer-read-model';
import {
  createOfferService,
  loadOfferReadModel,
  refreshOfferReadModel,
} from '../../../src/services/offers/offer-service';
import type { OfferInput } from '../../../src/services/offers/offer-input';
import { useTestDatabase } from '../../support/test-database';

useTestDatabase();

const input: OfferInput = {
  title: 'Aide à l’installation',
  description: 'Une aide de la commune pour s’installer.',
  availableFrom: new Date('2026-01-01'),
  expiresAt: null,
  audiences: ['installation'],
  professions: [],
  contact: { name: 'Mairie', email: '', phone: '' },
  details: { amountEur: 5000, funder: 'Commune', conditions: 'S’installer', commitmentMonths: 36 },
};
const staff = {
  id: new Types.ObjectId().toHexString(),
  email: 'a@mairie.example',
  communeCode: '39198',
  active: true,
};

it('sees its own writes at once, and other instances’ writes after a refresh', async () => {
  const mine = new OfferReadModel();
  const watermark = await loadOfferReadModel(mine);
  const other = new OfferReadModel();
  await loadOfferReadModel(other);
  const service = createOfferService(mine, createAuditLog());

  const created = await service.create(staff, 'aide-financiere', input, { publish: true });
  expect(mine.get(created.id)?.status).toBe('publiee');
  expect(other.get(created.id)).toBeUndefined();

  const next = await refreshOfferReadModel(other, watermark);
  expect(other.get(created.id)?.title).toBe('Aide à l’installation');
  expect(next.getTime()).toBeGreaterThan(watermark.getTime());

  await service.transition(staff, created.id, 'pourvoir', created.revision);
  await refreshOfferReadModel(other, next);
  expect(other.get(created.id)?.status).toBe('pourvue');
  await expect(OfferModel.countDocuments()).resolves.toBe(1);
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
