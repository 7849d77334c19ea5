// The partner dashboard's tables, computed from offers, projects and contact facts of a territory.
// Pure: the caller resolves the territory (its départements, each commune's) and which projects the
// matching engine links to it. Cells counting people hold People, published by publishTable
// (../publish-table.ts); one file per family of tables.
import { leversTable, contactsTable } from './contact-tables';
import { type DashboardInput, narrowInput } from './dashboard-input';
import { departementsTable } from './departement-table';
import { activeCommunesTable, offersByMonthTable, offersByTypeTable } from './offer-tables';
import { projectsTable } from './project-tables';
import { departureLeversTable, retentionTable } from './retention-tables';
import type { StatTable } from '../stat-table';

export type { DashboardInput, DashboardOffer, DashboardProject } from './dashboard-input';

/** The tables in the order of the page. */
export function dashboardTables(input: DashboardInput): StatTable[] {
  const data = narrowInput(input);
  return [
    offersByTypeTable(data),
    offersByMonthTable(data),
    activeCommunesTable(data),
    projectsTable(data),
    contactsTable(data),
    leversTable(data),
    retentionTable(data),
    departureLeversTable(data),
    departementsTable(data),
  ];
}

/** The tables' definitions (titles, columns and their documentation), without any data. */
export const dashboardTableDefinitions = (now: Date): StatTable[] =>
  dashboardTables({
    now,
    months: 12,
    profession: null,
    departements: [],
    commune: () => undefined,
    offers: [],
    projects: [],
    contacts: [],
  });
