// What made a professional leave the place they settled in. Housing, the spouse's job and
// childcare are the installation levers of the same names (statistics/contact-fact.ts), so the
// partner statistics can set what an installation owed to a lever against what made people leave.
import { LEVER_LABELS, type Lever } from '../statistics/contact-fact';

const SHARED_LEVERS = ['logement', 'emploi-conjoint', 'garde'] as const satisfies readonly Lever[];

export const RETENTION_LEVERS = [...SHARED_LEVERS, 'conditions-exercice', 'autre'] as const;
export type RetentionLever = (typeof RETENTION_LEVERS)[number];

export const RETENTION_LEVER_LABELS: Record<RetentionLever, string> = {
  logement: LEVER_LABELS.logement,
  'emploi-conjoint': LEVER_LABELS['emploi-conjoint'],
  garde: LEVER_LABELS.garde,
  'conditions-exercice': 'Conditions d’exercice',
  autre: 'Autre raison',
};

/** Each lever once, in the order of RETENTION_LEVERS: two answers naming the same levers are equal. */
export const normaliseLevers = (levers: readonly RetentionLever[]): RetentionLever[] =>
  RETENTION_LEVERS.filter((lever) => levers.includes(lever));
