// What the partner statistics know of a conversation between a professional and a commune: no
// name, no message, only what aggregates need. The contact service produces these facts; the
// partner dashboard counts them (hiding any figure drawn from fewer than 5 people).
import type { ProjectStatus } from '../matching/types';
import type { Profession } from '../professions';

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

export interface ContactFact {
  /** Opaque and stable per professional, only used to count distinct people. */
  person: string;
  /** INSEE code of the commune written to. */
  communeCode: string;
  profession: Profession;
  status: ProjectStatus;
  /** When the professional first wrote. */
  startedAt: Date;
  /** Set once the professional confirmed an installation declared by the commune. */
  installation: { confirmedAt: Date; communeCode: string; levers: readonly Lever[] } | null;
}
