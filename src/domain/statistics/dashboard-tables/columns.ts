// The parts the dashboard's tables share: columns (exact counts of things, or people) and the rows
// by profession.
import { PROFESSIONS, PROFESSION_LABELS, type Profession } from '../../professions';
import type { StatColumn, StatRow } from '../stat-table';

/** A column of exact counts of things that are not people (offers, communes). */
export const countColumn = (key: string, label: string, description: string): StatColumn => ({
  key,
  label,
  description,
  people: false,
});

/** A column of distinct people, published perturbed. */
export const peopleColumn = (key: string, label: string, description: string): StatColumn => ({
  key,
  label,
  description,
  people: true,
});

export const PROFESSION_ROW_HEADER = {
  key: 'profession',
  label: 'Profession',
  description: 'Profession déclarée par le professionnel.',
};

/**
 * One row per profession. The tables that use it hide the rows whose published figures are all 0,
 * so that a row never shows that some professional of that profession exists.
 */
export const professionRows = (values: (profession: Profession) => StatRow['values']): StatRow[] =>
  PROFESSIONS.map((profession) => ({
    key: profession,
    label: PROFESSION_LABELS[profession],
    values: values(profession),
  }));
