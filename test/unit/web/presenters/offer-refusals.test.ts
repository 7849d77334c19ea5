// Every reason the offer service gives for refusing a write has its status and its French sentence;
// a conflict names the offer as it now is.
import type { OfferRefusal, OfferWriteResult } from '../../../../src/services/offers/offer-service';
import type { OfferView } from '../../../../src/services/offers/offer-view';
import { offerRefusal } from '../../../../src/web/presenters/offer-refusals';

const offer = { title: 'Studio meublé' } as OfferView;
const refused = (reason: OfferRefusal): Extract<OfferWriteResult, { ok: false }> =>
  reason === 'conflict'
    ? { ok: false, reason, current: { title: 'Studio rénové' } as OfferView }
    : { ok: false, reason };

const REASONS: Record<OfferRefusal, number> = {
  'not-found': 404,
  conflict: 409,
  'not-allowed': 403,
  'not-applicable': 400,
};

it.each(Object.entries(REASONS))('words %s with status %i', (reason, status) => {
  const refusal = offerRefusal(refused(reason as OfferRefusal), offer);
  expect(refusal.status).toBe(status);
  expect(refusal.message).toMatch(/^[A-ZÀ-Ý]/);
});

it('names the offer as it now is in a conflict', () => {
  expect(offerRefusal(refused('conflict'), offer).message).toContain(
    'L’offre « Studio rénové » a été modifiée entre-temps',
  );
});

it('tells a pending account to wait for a moderator before publishing', () => {
  expect(offerRefusal(refused('not-allowed'), offer).message).toBe(
    'Votre compte doit être validé par un modérateur avant de pouvoir publier.',
  );
});
