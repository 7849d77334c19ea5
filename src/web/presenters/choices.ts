// The option lists of selects, checkboxes and comboboxes, made one way: a label table (from the
// domain vocabulary or a presenter) or the geography turned into { value, label } pairs.
import type { Gazetteer } from '../../domain/geo/gazetteer';

export interface Choice {
  value: string;
  label: string;
}

export const optionsOf = (labels: Readonly<Record<string, string>>): Choice[] =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

export const regionChoices = (gazetteer: Pick<Gazetteer, 'regions'>): Choice[] =>
  gazetteer.regions().map((region) => ({ value: region.code, label: region.nom }));

/** Départements by code first, as filters list them (« 39 – Jura »). */
export const departementChoices = (gazetteer: Pick<Gazetteer, 'departements'>): Choice[] =>
  gazetteer.departements().map((d) => ({ value: d.code, label: `${d.code} – ${d.nom}` }));
