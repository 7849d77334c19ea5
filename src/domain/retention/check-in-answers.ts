// Recording a professional's answer to a check-in. Idempotent per check-in: the same answer twice
// (a one-click e-mail link followed twice) changes nothing; a different one corrects the first
// while no later check-in has been answered. Once the person has left, nothing more is asked.
import { type CheckInAnswer, type CheckInMonth, checkInDueAt, leftAt } from './check-in-schedule';
import { type RetentionLever, normaliseLevers } from './retention-levers';

export interface CheckInReply {
  checkIn: CheckInMonth;
  stillPractising: boolean;
  failedLevers: readonly RetentionLever[];
}

export type AnswerOutcome =
  | { ok: true; changed: boolean; answers: CheckInAnswer[] }
  | { ok: false; reason: 'not-due' | 'already-left' | 'superseded' };

const sameAnswer = (a: CheckInAnswer, b: CheckInReply): boolean =>
  a.stillPractising === b.stillPractising &&
  a.failedLevers.length === b.failedLevers.length &&
  a.failedLevers.every((lever, index) => b.failedLevers[index] === lever);

/** The answers once `reply` is recorded at `now`, in check-in order. */
export function recordCheckInAnswer(
  confirmedAt: Date,
  answers: readonly CheckInAnswer[],
  reply: CheckInReply,
  now: Date,
): AnswerOutcome {
  // Levers only say why someone left; each once, in a fixed order, so that repeats compare equal.
  const normalised: CheckInReply = {
    ...reply,
    failedLevers: reply.stillPractising ? [] : normaliseLevers(reply.failedLevers),
  };
  if (checkInDueAt(confirmedAt, reply.checkIn).getTime() > now.getTime())
    return { ok: false, reason: 'not-due' };
  const previous = answers.find((answer) => answer.checkIn === reply.checkIn);
  if (previous && sameAnswer(previous, normalised))
    return { ok: true, changed: false, answers: [...answers] };
  const left = leftAt(answers);
  if (left !== null && reply.checkIn > left) return { ok: false, reason: 'already-left' };
  if (answers.some((answer) => answer.checkIn > reply.checkIn)) return { ok: false, reason: 'superseded' };
  const recorded: CheckInAnswer = { ...normalised, answeredAt: now };
  const others = answers.filter((answer) => answer.checkIn !== reply.checkIn);
  return { ok: true, changed: true, answers: [...others, recorded].sort((a, b) => a.checkIn - b.checkIn) };
}
