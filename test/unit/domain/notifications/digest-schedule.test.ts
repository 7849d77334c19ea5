import { calendarDay, nextDailyRun } from '../../../../src/domain/notifications/daily-schedule';

describe('nextDailyRun (Europe/Paris)', () => {
  it('is later the same day when the hour has not come yet (winter: UTC+1)', () => {
    expect(nextDailyRun(new Date('2026-01-15T05:00:00Z'), 7).toISOString()).toBe('2026-01-15T06:00:00.000Z');
  });

  it('is the next day once the hour has passed, or exactly at it (summer: UTC+2)', () => {
    expect(nextDailyRun(new Date('2026-07-15T06:30:00Z'), 7).toISOString()).toBe('2026-07-16T05:00:00.000Z');
    expect(nextDailyRun(new Date('2026-07-15T05:00:00Z'), 7).toISOString()).toBe('2026-07-16T05:00:00.000Z');
  });

  it('follows the clock changes of March and October', () => {
    // The night of 28–29 March 2026: 7:00 is UTC+1 on the 28th, UTC+2 on the 29th.
    expect(nextDailyRun(new Date('2026-03-28T12:00:00Z'), 7).toISOString()).toBe('2026-03-29T05:00:00.000Z');
    // The night of 24–25 October 2026: back to UTC+1.
    expect(nextDailyRun(new Date('2026-10-24T12:00:00Z'), 7).toISOString()).toBe('2026-10-25T06:00:00.000Z');
  });

  it('handles midnight and late evening hours across the UTC date line', () => {
    // 23:30 in Paris: midnight comes in half an hour.
    expect(nextDailyRun(new Date('2026-01-15T22:30:00Z'), 0).toISOString()).toBe('2026-01-15T23:00:00.000Z');
    expect(nextDailyRun(new Date('2026-01-15T23:30:00Z'), 0).toISOString()).toBe('2026-01-16T23:00:00.000Z');
    expect(nextDailyRun(new Date('2026-01-15T22:00:00Z'), 23).toISOString()).toBe('2026-01-16T22:00:00.000Z');
    expect(nextDailyRun(new Date('2026-01-15T21:00:00Z'), 23).toISOString()).toBe('2026-01-15T22:00:00.000Z');
  });
});

describe('calendarDay', () => {
  it('is the Paris day, not the UTC one', () => {
    expect(calendarDay(new Date('2026-01-15T23:30:00Z'))).toBe('2026-01-16');
    expect(calendarDay(new Date('2026-07-15T21:59:00Z'))).toBe('2026-07-15');
    expect(calendarDay(new Date('2026-07-15T22:00:00Z'))).toBe('2026-07-16');
  });
});
