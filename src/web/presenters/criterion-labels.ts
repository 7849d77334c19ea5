// How a criterion's result and importance read on the results page and the comparison table.
import type { Importance, Met } from '../../domain/matching/types';

export const MET_LABELS: Record<Met, { label: string; badge: string }> = {
  oui: { label: 'Rempli', badge: 'fr-badge--success' },
  partiel: { label: 'En partie', badge: 'fr-badge--warning' },
  non: { label: 'Non rempli', badge: 'fr-badge--error' },
};

export const IMPORTANCE_LABELS: Record<Importance, string> = {
  indispensable: 'Indispensable',
  important: 'Important',
  souhaitable: 'Souhaitable',
  'sans-objet': 'Sans objet',
};

/** The importance inside a sentence (« critère important »). */
export const importanceWord = (importance: Importance) => IMPORTANCE_LABELS[importance].toLowerCase();
