// Did they stay? Check-ins 6, 12 and 24 months after a confirmed installation, their states at a
// given time, and answers: idempotent per check-in, nothing more asked once the person has left.
import fc from 'fast-check';
import { recordCheckInAnswer, type CheckInReply } from '../../../../src/domain/retention/check-in-answers';
import {
  addMonthsClamped,
  CHECK_IN_MONTHS,
  type CheckInAnswer,
  checkInSchedule,
  dueCheckIn,
  nextCheckIn,
} from '../../../../src/domain/retention/check-in-schedule';
import { RETENTION_LEVER_LABELS, RETENTION_LEVERS } from '../../../../src/domain/retention/retention-levers';

const at = (iso: string) => new Date(`${iso}T09:30:00Z`);
const CONFIRMED = at('2026-01-15');

const stayed = (checkIn: 6 | 12 | 24, answeredAt = at('2026-07-20')): CheckInAnswer => ({
  checkIn,
  answeredAt,
  stillPractising: true,
  failedLevers: [],
});

const states = (answers: readonly CheckInAnswer[], now: Date, confirmedAt = CONFIRMED) =>
  checkInSchedule(confirmedAt, answers, now).map((status) => status.state);

describe('check-in dates', () => {
  it('falls 6, 12 and 24 months after the confirmation, at the same time of day', () => {
    expect(checkInSchedule(CONFIRMED, [], CONFIRMED).map((status) => status.dueAt.toISOString())).toEqual([
      '2026-07-15T09:30:00.000Z',
      '2027-01-15T09:30:00.000Z',
      '2028-01-15T09:30:00.000Z',
    ]);
  });

  it('moves a day the month lacks to its last day', () => {
    expect(addMonthsClamped(at('2026-08-31'), 6).toISOString()).toBe('2027-02-28T09:30:00.000Z');
    expect(addMonthsClamped(at('2027-08-31'), 6).toISOString()).toBe('2028-02-29T09:30:00.000Z');
    expect(addMonthsClamped(at('2026-01-31'), 6).toISOString()).toBe('2026-07-31T09:30:00.000Z');
    expect(addMonthsClamped(at('2026-03-31'), 6).toISOString()).toBe('2026-09-30T09:30:00.000Z');
    expect(addMonthsClamped(at('2028-02-29'), 12).toISOString()).toBe('2029-02-28T09:30:00.000Z');
  });

  it('never lands before the confirmation nor out of order, whatever the day', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
        (date) => {
          const dues = CHECK_IN_MONTHS.map((months) => addMonthsClamped(date, months).getTime());
          expect(dues[0]).toBeGreaterThan(date.getTime());
          expect(dues).toEqual([...dues].sort((a, b) => a - b));
          const expectedMonth = (date.getUTCFullYear() * 12 + date.getUTCMonth() + 6) % 12;
          expect(addMonthsClamped(date, 6).getUTCMonth()).toBe(expectedMonth);
        },
      ),
    );
  });
});

describe('check-in states', () => {
  it('asks nothing before six months, then the check-in due', () => {
    expect(states([], at('2026-07-14'))).toEqual(['a-venir', 'a-venir', 'a-venir']);
    expect(nextCheckIn(CONFIRMED, [], at('2026-07-14'))?.checkIn).toBe(6);
    expect(states([], at('2026-07-15'))).toEqual(['due', 'a-venir', 'a-venir']);
    expect(dueCheckIn(CONFIRMED, [], at('2026-07-15'))?.checkIn).toBe(6);
    expect(nextCheckIn(CONFIRMED, [], at('2026-07-15'))?.checkIn).toBe(12);
  });

  it('asks the latest check-in due, the earlier unanswered one being missed', () => {
    expect(states([], at('2027-02-01'))).toEqual(['manquee', 'due', 'a-venir']);
    expect(states([stayed(6)], at('2027-02-01'))).toEqual(['repondue', 'due', 'a-venir']);
    expect(states([stayed(6), stayed(12)], at('2029-01-01'))).toEqual(['repondue', 'repondue', 'due']);
    expect(nextCheckIn(CONFIRMED, [], at('2029-01-01'))).toBeNull();
  });

  it('asks nothing more once the person said they left', () => {
    const left: CheckInAnswer = { ...stayed(6), stillPractising: false, failedLevers: ['logement'] };
    expect(states([left], at('2027-02-01'))).toEqual(['repondue', 'sans-objet', 'sans-objet']);
    expect(dueCheckIn(CONFIRMED, [left], at('2029-01-01'))).toBeNull();
    expect(nextCheckIn(CONFIRMED, [left], at('2026-08-01'))).toBeNull();
  });
});

describe('answers', () => {
  const reply = (checkIn: 6 | 12 | 24, overrides: Partial<CheckInReply> = {}): CheckInReply => ({
    checkIn,
    stillPractising: true,
    failedLevers: [],
    ...overrides,
  });
  const now = at('2026-07-20');

  it('records an answer to a check-in due', () => {
    expect(recordCheckInAnswer(CONFIRMED, [], reply(6), now)).toEqual({
      ok: true,
      changed: true,
      answers: [{ checkIn: 6, answeredAt: now, stillPractising: true, failedLevers: [] }],
    });
  });

  it('refuses an answer before the check-in is due', () => {
    expect(recordCheckInAnswer(CONFIRMED, [], reply(12), now)).toEqual({ ok: false, reason: 'not-due' });
  });

  it('changes nothing when the same answer comes again, the first time being kept', () => {
    const first = recordCheckInAnswer(
      CONFIRMED,
      [],
      reply(6, { stillPractising: false, failedLevers: ['garde', 'logement'] }),
      now,
    );
    if (!first.ok) throw new Error('refused');
    const again = recordCheckInAnswer(
      CONFIRMED,
      first.answers,
      reply(6, { stillPractising: false, failedLevers: ['logement', 'garde', 'logement'] }),
      at('2026-08-02'),
    );
    expect(again).toEqual({ ok: true, changed: false, answers: first.answers });
    expect(first.answers[0]?.failedLevers).toEqual(['logement', 'garde']);
  });

  it('lets the person correct an answer while no later check-in is answered', () => {
    const left = [{ ...stayed(6), stillPractising: false, failedLevers: ['autre' as const] }];
    const corrected = recordCheckInAnswer(CONFIRMED, left, reply(6), at('2026-08-02'));
    expect(corrected).toMatchObject({
      ok: true,
      changed: true,
      answers: [{ checkIn: 6, stillPractising: true }],
    });
    const later = [stayed(6), stayed(12, at('2027-01-20'))];
    expect(
      recordCheckInAnswer(CONFIRMED, later, reply(6, { stillPractising: false }), at('2027-02-01')),
    ).toEqual({
      ok: false,
      reason: 'superseded',
    });
    expect(recordCheckInAnswer(CONFIRMED, later, reply(6), at('2027-02-01'))).toMatchObject({
      ok: true,
      changed: false,
    });
  });

  it('takes no answer to a later check-in once the person has left', () => {
    const left = [{ ...stayed(6), stillPractising: false, failedLevers: ['emploi-conjoint' as const] }];
    expect(recordCheckInAnswer(CONFIRMED, left, reply(12), at('2027-02-01'))).toEqual({
      ok: false,
      reason: 'already-left',
    });
  });

  it('keeps levers only for someone who left', () => {
    const outcome = recordCheckInAnswer(CONFIRMED, [], reply(6, { failedLevers: ['logement'] }), now);
    expect(outcome).toMatchObject({ ok: true, answers: [{ failedLevers: [] }] });
  });

  it('accepts an answer to a missed check-in, in check-in order', () => {
    const outcome = recordCheckInAnswer(CONFIRMED, [], reply(6), at('2027-02-01'));
    if (!outcome.ok) throw new Error('refused');
    const next = recordCheckInAnswer(CONFIRMED, outcome.answers, reply(12), at('2027-02-01'));
    expect(next).toMatchObject({ ok: true, answers: [{ checkIn: 6 }, { checkIn: 12 }] });
  });

  it('is idempotent for any reply', () => {
    const replyArb = fc.record({
      checkIn: fc.constantFrom(...CHECK_IN_MONTHS),
      stillPractising: fc.boolean(),
      failedLevers: fc.array(fc.constantFrom(...RETENTION_LEVERS), { maxLength: 6 }),
    });
    fc.assert(
      fc.property(fc.array(replyArb, { maxLength: 5 }), replyArb, (earlier, last) => {
        let answers: CheckInAnswer[] = [];
        const late = at('2029-06-01');
        for (const entry of earlier) {
          const outcome = recordCheckInAnswer(CONFIRMED, answers, entry, late);
          if (outcome.ok) answers = outcome.answers;
        }
        const once = recordCheckInAnswer(CONFIRMED, answers, last, late);
        if (!once.ok) return;
        expect(recordCheckInAnswer(CONFIRMED, once.answers, last, at('2029-07-01'))).toEqual({
          ok: true,
          changed: false,
          answers: once.answers,
        });
        // Never an answer after a "left" one.
        const left = once.answers.find((answer) => !answer.stillPractising);
        if (left) expect(once.answers.every((answer) => answer.checkIn <= left.checkIn)).toBe(true);
      }),
    );
  });
});

describe('retention levers', () => {
  it('share the installation levers’ words for housing, the spouse’s job and childcare', () => {
    expect(RETENTION_LEVERS).toEqual([
      'logement',
      'emploi-conjoint',
      'garde',
      'conditions-exercice',
      'autre',
    ]);
    expect(RETENTION_LEVER_LABELS.garde).toBe('Garde d’enfants');
    expect(RETENTION_LEVER_LABELS['conditions-exercice']).toBe('Conditions d’exercice');
  });
});
