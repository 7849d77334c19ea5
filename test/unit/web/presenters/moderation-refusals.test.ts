// Every reason the moderation service gives for not applying a decision has its status, its field
// and its French sentence; a decision taken in between is a conflict (409), not a bad request.
import { MODERATION_REFUSALS } from '../../../../src/web/presenters/moderation-refusals';

it.each(Object.entries(MODERATION_REFUSALS))('words %s', (_reason, refusal) => {
  expect([400, 409]).toContain(refusal.status);
  expect(['action', 'reason']).toContain(refusal.field);
  expect(refusal.message).toMatch(/^[A-ZÀ-Ý].+\.$/);
});

it('tells a conflict (409) from a refused decision (400)', () => {
  expect(MODERATION_REFUSALS.conflict).toEqual({
    status: 409,
    field: 'action',
    message: 'Le compte a changé entre-temps : rechargez la page.',
  });
  expect(MODERATION_REFUSALS['not-applicable'].status).toBe(400);
  expect(MODERATION_REFUSALS['reason-required'].field).toBe('reason');
});
