// The view model of the installation project form (views/partials/project-form-fields.hbs): its
// choices, its child rows and criteria, the values shown back and the errors next to each field.
// Shared by the professional's project form and the anonymous try-it page.
import type { Gazetteer } from '../../domain/geo/gazetteer';
import { MONTH_NAMES } from '../../domain/matching/french';
import { CRITERIA, CRITERION_LABELS } from '../../domain/matching/types';
import { CONTRACT_LABELS, JOB_SECTORS, PREMISES_KIND_LABELS } from '../../domain/offers/offer-vocabulary';
import {
  FURNISHED_CHOICES,
  MAX_CHILDREN,
  NAME_MAX_LENGTH,
  RADIUS_KM,
  ROOMS,
  START_YEARS,
  childFields,
  defaultImportance,
  importanceField,
} from '../forms/project-form';
import { PROJECT_LIST_FIELDS, type ProjectFormValues } from '../forms/project-form-values';
import { valuesToShow } from '../forms/offer-form-values';
import type { FieldErrors } from '../validation';
import { IMPORTANCE_LABELS } from './criterion-labels';
import { optionsOf, regionChoices } from './choices';

const HOUSING_LABELS = {
  aucun: 'Je ne cherche pas de logement',
  location: 'Location',
  achat: 'Achat',
  indifferent: 'Location ou achat',
};

const FURNISHED_LABELS: Record<(typeof FURNISHED_CHOICES)[number], string> = {
  indifferent: 'Indifférent',
  oui: 'Meublé',
  non: 'Non meublé',
};

export const monthOptions = MONTH_NAMES.map((label, index) => ({ value: String(index + 1), label }));

/** What a new project form shows before anything is typed. */
export function newProjectValues(): ProjectFormValues {
  const defaults = defaultImportance({ children: 1, partner: true });
  return {
    partner: 'non',
    housing: 'location',
    housingFurnished: 'indifferent',
    premises: 'non',
    ...Object.fromEntries(CRITERIA.map((criterion) => [importanceField(criterion), defaults[criterion]])),
  };
}

/**
 * The form's sections (DSFR accordions, one phone screen each) and the fields in them: the first is
 * open, and so is every section with an error. "Où et quand" holds every other field.
 */
const SECTION_FIELDS = {
  foyer: /^(partner|child\d)/,
  logement: /^(housing|premises)/,
  importance: /^importance/,
} as const;

function openSections(errors: FieldErrors) {
  const fields = Object.keys(errors);
  const hasError = (pattern: RegExp) => fields.some((field) => pattern.test(field));
  return {
    ou: true,
    foyer: hasError(SECTION_FIELDS.foyer),
    logement: hasError(SECTION_FIELDS.logement),
    importance: hasError(SECTION_FIELDS.importance),
  };
}

/** The form's fields, values and errors, for the project-form-fields partial. */
export function projectFormView(
  gazetteer: Pick<Gazetteer, 'regions' | 'departements'>,
  submitted: ProjectFormValues,
  fieldErrors: FieldErrors | undefined,
) {
  const values = valuesToShow(submitted, PROJECT_LIST_FIELDS);
  const errors = fieldErrors ?? {};
  const text = (name: string) => {
    const value = values[name];
    return typeof value === 'string' ? value : '';
  };
  return {
    values,
    errors: fieldErrors,
    useCommuneAutocomplete: true,
    useProjectForm: true,
    sections: openSections(errors),
    limits: { name: NAME_MAX_LENGTH, radius: RADIUS_KM, rooms: ROOMS, years: START_YEARS },
    choices: {
      months: monthOptions,
      departements: gazetteer.departements().map((d) => ({ value: d.code, label: `${d.nom} (${d.code})` })),
      regions: regionChoices(gazetteer),
      sectors: optionsOf(JOB_SECTORS),
      contracts: optionsOf(CONTRACT_LABELS),
      housing: optionsOf(HOUSING_LABELS),
      furnished: optionsOf(FURNISHED_LABELS),
      premisesKinds: optionsOf(PREMISES_KIND_LABELS),
      importances: optionsOf(IMPORTANCE_LABELS),
    },
    children: Array.from({ length: MAX_CHILDREN }, (_, index) => {
      const names = childFields(index + 1);
      return {
        row: index + 1,
        monthLabel: `Enfant ${index + 1} : mois de naissance`,
        yearLabel: `Enfant ${index + 1} : année de naissance`,
        monthName: names.month,
        yearName: names.year,
        month: text(names.month),
        year: text(names.year),
        monthError: errors[names.month],
        yearError: errors[names.year],
      };
    }),
    criteria: CRITERIA.map((criterion) => ({
      name: importanceField(criterion),
      label: CRITERION_LABELS[criterion],
      selected: text(importanceField(criterion)),
      error: errors[importanceField(criterion)],
    })),
  };
}
