// Dates of a project: its start, and a child's age in whole months at that start.
import type { Child, YearMonth } from './types';

/** The 1st of the month, midnight UTC. `month` is 1–12. */
export const startDateOf = (start: YearMonth): Date => new Date(Date.UTC(start.year, start.month - 1, 1));

/**
 * Age in whole months on the 1st of `start`: born in March 2025, the child is 22 months old on
 * 1 January 2027. Birth days are not known, so the birth month counts as month 0. Negative when
 * the child is born after the start.
 */
export const ageInMonths = (child: Child, start: YearMonth): number =>
  (start.year - child.birthYear) * 12 + (start.month - child.birthMonth);
