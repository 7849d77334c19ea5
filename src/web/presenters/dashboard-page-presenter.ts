// The dashboard page around its tables (dashboard-presenter.ts): the filters' choices and values,
// the territory's name, the print and export links, the map, and the columns' documentation page.
import type { Gazetteer } from '../../domain/geo/gazetteer';
import type { Departement } from '../../domain/geo/types';
import { PROFESSIONS, PROFESSION_LABELS } from '../../domain/professions';
import { dashboardTableDefinitions } from '../../domain/statistics/dashboard-tables';
import type { PublishedTable } from '../../domain/statistics/stat-table';
import type { DashboardFilters, DashboardScope } from '../../services/statistics/dashboard-service';
import { DASHBOARD_FILTER_FIELDS, PERIODS } from '../forms/dashboard-filters';
import { shownValues } from '../forms/shown-input';
import { regionChoices } from './choices';
import { keyFigures, mapPoints, perturbationTableRows, presentTable } from './dashboard-presenter';

/** The territory's départements as the filter lists them (« 39 Jura »). */
const territoryDepartements = (departements: readonly Departement[]) =>
  departements.map((departement) => ({
    value: departement.code,
    label: `${departement.code} ${departement.nom}`,
  }));

export type DashboardArea = 'partenaire' | 'moderation';

export const dashboardBase = (area: DashboardArea) => `/${area}/tableau-de-bord`;

/** What every state of the page shows: its heading and the filters' choices. */
export function dashboardHeading(area: DashboardArea, gazetteer: Pick<Gazetteer, 'regions'>) {
  return {
    title: 'Tableau de bord',
    base: dashboardBase(area),
    moderator: area === 'moderation',
    periods: PERIODS.map((value) => ({ value, label: `${value} derniers mois` })),
    professions: PROFESSIONS.map((value) => ({ value, label: PROFESSION_LABELS[value] })),
    regions: regionChoices(gazetteer),
  };
}

/** The filters as typed, to show them again (and the print view's flag). */
export const dashboardValues = (query: unknown) =>
  shownValues(query, [...DASHBOARD_FILTER_FIELDS, 'impression']);

/** "?periode=6&profession=medecin": the filters carried by the print and export links. */
export function filterQuery(query: unknown): string {
  const values = shownValues(query, DASHBOARD_FILTER_FIELDS);
  const text = new URLSearchParams(Object.entries(values).filter(([, value]) => value !== '')).toString();
  return text ? `?${text}` : '';
}

export const scopeName = (scope: DashboardScope, gazetteer: Pick<Gazetteer, 'region' | 'departement'>) =>
  scope.departement
    ? (gazetteer.departement(scope.departement)?.nom ?? scope.departement)
    : scope.region
      ? (gazetteer.region(scope.region)?.nom ?? scope.region)
      : 'France entière';

export interface DashboardView {
  area: DashboardArea;
  query: unknown;
  scope: DashboardScope;
  filters: DashboardFilters;
  departements: readonly Departement[];
  tables: readonly PublishedTable[];
  centreOf: (code: string) => { latitude: number; longitude: number };
  map: { tileUrl: string; tileAttribution: string };
}

/** The tables, key figures and map of a territory, with the filters that made them. */
export function presentDashboard(view: DashboardView, gazetteer: Pick<Gazetteer, 'region' | 'departement'>) {
  const base = dashboardBase(view.area);
  const values = dashboardValues(view.query);
  const filters = filterQuery(view.query);
  return {
    useMap: true,
    values: { ...values, periode: String(view.filters.months) },
    scopeName: scopeName(view.scope, gazetteer),
    departements: territoryDepartements(view.departements),
    print: values.impression === '1',
    printUrl: `${base}${filters}${filters ? '&' : '?'}impression=1`,
    keyFigures: keyFigures(view.tables),
    tables: view.tables.map((table) => presentTable(table, `${base}/export/${table.id}.csv${filters}`)),
    map: {
      tileUrl: view.map.tileUrl,
      tileAttribution: view.map.tileAttribution,
      data: JSON.stringify(
        mapPoints(
          view.tables.find((table) => table.id === 'departements'),
          view.centreOf,
        ),
      ),
    },
  };
}

/** The columns of every export, documented (the perturbation explained first). */
export function presentDashboardColumns(area: DashboardArea, now: Date) {
  return {
    title: 'Colonnes des exports du tableau de bord',
    base: dashboardBase(area),
    perturbation: perturbationTableRows(),
    tables: dashboardTableDefinitions(now).map((table) => ({
      id: table.id,
      title: table.title,
      columns: [table.rowHeader, ...table.columns].map((column) => ({
        ...column,
        people: 'people' in column && column.people,
      })),
      total: table.total !== null,
    })),
  };
}
