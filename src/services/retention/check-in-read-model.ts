// Every installation's check-in answers in memory: the partner dashboard counts all of them at
// each request, and the professional's page shows theirs; the database stays the store of record.
import type { CheckInAnswer, CheckInMonth } from '../../domain/retention/check-in-schedule';
import type { RetentionLever } from '../../domain/retention/retention-levers';
import { CheckInModel } from '../../models/check-in';
import { ReadModel } from '../read-models/read-model';

export interface CheckInView {
  /** The conversation whose installation was confirmed. */
  conversationId: string;
  professionalId: string;
  answers: readonly CheckInAnswer[];
}

interface StoredCheckIn {
  _id: string;
  professionalId: unknown;
  answers?: { checkIn: number; answeredAt: Date; stillPractising: boolean; failedLevers: string[] }[];
}

export const toCheckInView = (stored: StoredCheckIn): CheckInView => ({
  conversationId: stored._id,
  professionalId: String(stored.professionalId),
  answers: (stored.answers ?? []).map((answer) => ({
    checkIn: answer.checkIn as CheckInMonth,
    answeredAt: answer.answeredAt,
    stillPractising: answer.stillPractising,
    failedLevers: answer.failedLevers as RetentionLever[],
  })),
});

export class CheckInReadModel extends ReadModel<CheckInView, 'professional'> {
  constructor() {
    super({
      name: 'check_ins',
      model: CheckInModel as never,
      select: { professionalId: 1, answers: 1 },
      toView: toCheckInView,
      idOf: (checkIn) => checkIn.conversationId,
      keys: { professional: (checkIn) => checkIn.professionalId },
    });
  }

  /** The answers about one installation (none yet: an empty list). */
  answersOf(conversationId: string): readonly CheckInAnswer[] {
    return this.get(conversationId)?.answers ?? [];
  }

  ofProfessional(professionalId: string): readonly CheckInView[] {
    return this.list('professional', professionalId);
  }
}
