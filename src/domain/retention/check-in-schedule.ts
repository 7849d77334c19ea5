// When a professional whose installation was confirmed is asked whether they still practise
// there: 6, 12 and 24 months after the confirmation. Pure: the answers and `now` come in.
import type { RetentionLever } from './retention-levers';

export const CHECK_IN_MONTHS = [6, 12, 24] as const;
export type CheckInMonth = (typeof CHECK_IN_MONTHS)[number];

export interface CheckInAnswer {
  checkIn: CheckInMonth;
  answeredAt: Date;
  stillPractising: boolean;
  /** When no longer practising there: the levers that failed (may be empty: not said). */
  failedLevers: readonly RetentionLever[];
}

/**
 * - `a-venir`: not due yet;
 * - `due`: the check-in to answer now (the latest one due);
 * - `manquee`: due but unanswered while a later one is due too (it can still be answered);
 * - `repondue`: answered;
 * - `sans-objet`: after an answer saying the person left: nothing more is asked.
 */
export type CheckInState = 'a-venir' | 'due' | 'manquee' | 'repondue' | 'sans-objet';

export interface CheckInStatus {
  checkIn: CheckInMonth;
  dueAt: Date;
  state: CheckInState;
  answer: CheckInAnswer | null;
}

/**
 * `date` plus `months` calendar months, in UTC, at the same time of day; a day the target month
 * lacks becomes its last day (31 August + 6 months → 28 or 29 February).
 */
export function addMonthsClamped(date: Date, months: number): Date {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const result = new Date(date.getTime());
  result.setUTCFullYear(year, month, Math.min(date.getUTCDate(), lastDay));
  return result;
}

export const checkInDueAt = (confirmedAt: Date, checkIn: CheckInMonth): Date =>
  addMonthsClamped(confirmedAt, checkIn);

/** The first check-in answered "no longer practising there", if any. */
export const leftAt = (answers: readonly CheckInAnswer[]): CheckInMonth | null =>
  CHECK_IN_MONTHS.find((checkIn) => answers.some((a) => a.checkIn === checkIn && !a.stillPractising)) ?? null;

/** Every check-in of the installation, in order, as it stands at `now`. */
export function checkInSchedule(
  confirmedAt: Date,
  answers: readonly CheckInAnswer[],
  now: Date,
): CheckInStatus[] {
  const left = leftAt(answers);
  const isDue = (checkIn: CheckInMonth) => checkInDueAt(confirmedAt, checkIn).getTime() <= now.getTime();
  return CHECK_IN_MONTHS.map((checkIn, index) => {
    const dueAt = checkInDueAt(confirmedAt, checkIn);
    const answer = answers.find((a) => a.checkIn === checkIn) ?? null;
    const next = CHECK_IN_MONTHS[index + 1];
    const state: CheckInState = answer
      ? 'repondue'
      : left !== null && checkIn > left
        ? 'sans-objet'
        : !isDue(checkIn)
          ? 'a-venir'
          : next !== undefined && isDue(next)
            ? 'manquee'
            : 'due';
    return { checkIn, dueAt, state, answer };
  });
}

/** The check-in to ask now (in the service and by e-mail), or null. */
export const dueCheckIn = (
  confirmedAt: Date,
  answers: readonly CheckInAnswer[],
  now: Date,
): CheckInStatus | null => checkInSchedule(confirmedAt, answers, now).find((s) => s.state === 'due') ?? null;

/** The next check-in still to come after `now`, or null (all past, or the person left). */
export const nextCheckIn = (
  confirmedAt: Date,
  answers: readonly CheckInAnswer[],
  now: Date,
): CheckInStatus | null =>
  checkInSchedule(confirmedAt, answers, now).find((s) => s.state === 'a-venir') ?? null;

/**
 * The check-in to e-mail about now: the one due, unless its e-mail was already sent (`emailed`).
 * A missed check-in is not e-mailed once a later one is due; an answered one never.
 */
export function checkInToEmail(
  confirmedAt: Date,
  answers: readonly CheckInAnswer[],
  emailed: readonly CheckInMonth[],
  now: Date,
): CheckInMonth | null {
  const due = dueCheckIn(confirmedAt, answers, now);
  return due && !emailed.includes(due.checkIn) ? due.checkIn : null;
}
