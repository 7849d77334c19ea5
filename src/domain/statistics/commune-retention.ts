// "Did they stay?" for a commune: the professionals whose installation there was confirmed, and how
// many of those who answered each check-in still practise there. Every figure is a count of people
// published through publishCount (people.ts), as on the partners' pages; and nothing is shown until
// enough people answered that the figures say something about the commune rather than about someone.
import { CHECK_IN_MONTHS, type CheckInMonth } from '../retention/check-in-schedule';
import type { ContactFact } from './contact-fact';
import { peopleOf, publishCount } from './people';

/**
 * The published number of people who answered at least one check-in from which the commune sees its
 * figures. Published, not true: the threshold reveals nothing the figures would not (a published
 * 10 means at least 8 people, see perturbation-table.ts).
 */
export const COMMUNE_RETENTION_MIN_ANSWERED = 10;

export interface CheckInFigures {
  checkIn: CheckInMonth;
  answered: number;
  stillPractising: number;
  left: number;
}

export type CommuneRetention =
  { shown: false } | { shown: true; installations: number; answered: number; checkIns: CheckInFigures[] };

const answersOf = (fact: ContactFact) => fact.checkIns ?? [];

/** The commune's retention from every contact fact (only the installations confirmed in it count). */
export function communeRetention(facts: readonly ContactFact[], communeCode: string): CommuneRetention {
  const settledHere = facts.filter((fact) => fact.installation?.communeCode === communeCode);
  const answered = publishCount(peopleOf(settledHere.filter((fact) => answersOf(fact).length > 0)));
  if (answered < COMMUNE_RETENTION_MIN_ANSWERED) return { shown: false };
  const at = (checkIn: CheckInMonth, keep: (stillPractising: boolean) => boolean) =>
    publishCount(
      peopleOf(
        settledHere.filter((fact) =>
          answersOf(fact).some((answer) => answer.checkIn === checkIn && keep(answer.stillPractising)),
        ),
      ),
    );
  return {
    shown: true,
    installations: publishCount(peopleOf(settledHere)),
    answered,
    checkIns: CHECK_IN_MONTHS.map((checkIn) => ({
      checkIn,
      answered: at(checkIn, () => true),
      stillPractising: at(checkIn, (still) => still),
      left: at(checkIn, (still) => !still),
    })),
  };
}
