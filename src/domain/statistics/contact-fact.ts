// What the partner statistics know of a conversation between a professional and a commune: no
// name, no message, only what aggregates need. The contact service produces these facts; the
// partner dashboard counts the people behind them (published perturbed, see people.ts).
import type { ProjectStatus } from '../matching/types';
import type { Profession } from '../professions';
import type { PersonRecord } from './people';
import type { CheckInAnswer } from '../retention/check-in-schedule';

/** The levers an installation may owe to the commune's offers. */
export const LEVERS = ['logement', 'garde', 'emploi-conjoint', 'local', 'aide'] as const;
export type Lever = (typeof LEVERS)[number];

export const LEVER_LABELS: Record<Lever, string> = {
  logement: 'Logement',
  garde: 'Garde d’enfants',
  'emploi-conjoint': 'Emploi du conjoint',
  local: 'Local professionnel',
  aide: 'Aide financière',
};

/** `person` and `recordKey`: the professional, opaque and stable, as the statistics count people. */
export interface ContactFact extends PersonRecord {
  /** INSEE code of the commune written to. */
  communeCode: string;
  profession: Profession;
  status: ProjectStatus;
  /** When the professional first wrote. */
  startedAt: Date;
  /** Set once the professional confirmed an installation declared by the commune. */
  installation: { confirmedAt: Date; communeCode: string; levers: readonly Lever[] } | null;
  /** After a confirmed installation: the professional's check-in answers ("did they stay?"). */
  checkIns?: readonly Pick<CheckInAnswer, 'checkIn' | 'stillPractising' | 'failedLevers'>[];
}
