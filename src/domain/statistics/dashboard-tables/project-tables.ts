// The projects table: professionals whose project targets the territory, by profession and status.
import { PROJECT_STATUSES, type ProjectStatus } from '../../matching/types';
import { peopleOf } from '../people';
import type { StatTable } from '../stat-table';
import { PROFESSION_ROW_HEADER, peopleColumn, professionRows } from './columns';
import type { DashboardData, DashboardProject } from './dashboard-input';

const PROJECT_STATUS_LABELS: Record<ProjectStatus, string> = {
  installe: 'Installé(e)',
  remplacant: 'Remplaçant(e)',
  interne: 'Interne',
  etudiant: 'Étudiant(e)',
};

/** The people of the projects, by status then all of them. */
const byStatus = (projects: readonly DashboardProject[]) => [
  ...PROJECT_STATUSES.map((status) => peopleOf(projects.filter((project) => project.status === status))),
  peopleOf(projects),
];

export function projectsTable({ projects }: DashboardData): StatTable {
  return {
    id: 'projets',
    title: 'Professionnels dont un projet vise le territoire',
    rowHeader: PROFESSION_ROW_HEADER,
    columns: [
      ...PROJECT_STATUSES.map((status) =>
        peopleColumn(
          status,
          PROJECT_STATUS_LABELS[status],
          `Professionnels de statut « ${PROJECT_STATUS_LABELS[status]} » dont au moins un projet vise le territoire.`,
        ),
      ),
      peopleColumn('total', 'Total', 'Professionnels dont au moins un projet vise le territoire.'),
    ],
    rows: professionRows((profession) =>
      byStatus(projects.filter((project) => project.profession === profession)),
    ),
    total: byStatus(projects),
    rowTotal: true,
    hideZeroRows: true,
  };
}
