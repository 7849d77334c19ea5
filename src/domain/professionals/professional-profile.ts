// What a health professional says of themselves, in the interface's words.
import type { ProjectStatus } from '../matching/types';

export const PRACTICE_MODES = ['liberal', 'salarie', 'mixte'] as const;
export type PracticeMode = (typeof PRACTICE_MODES)[number];
export const PRACTICE_MODE_LABELS: Record<PracticeMode, string> = {
  liberal: 'Libéral',
  salarie: 'Salarié',
  mixte: 'Mixte',
};

export const PROFESSIONAL_STATUS_LABELS: Record<ProjectStatus, string> = {
  installe: 'Installé(e)',
  remplacant: 'Remplaçant(e)',
  interne: 'Interne',
  etudiant: 'Étudiant(e)',
};

/** RPPS: the 11-digit national identifier of health professionals. */
export const RPPS_PATTERN = /^\d{11}$/;
