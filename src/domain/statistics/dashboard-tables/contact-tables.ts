// From project to installation: the people at each step (projects, matches, contacts, confirmed
// installations) by profession, and the levers of the installations.
import { type Profession } from '../../professions';
import { LEVERS, LEVER_LABELS } from '../contact-fact';
import { peopleOf } from '../people';
import type { StatTable } from '../stat-table';
import { PROFESSION_ROW_HEADER, peopleColumn, professionRows } from './columns';
import type { DashboardData } from './dashboard-input';

export function contactsTable({ projects, contacts, installations }: DashboardData): StatTable {
  const steps = (profession: Profession | null) => {
    const own = <T extends { profession: Profession }>(list: readonly T[]) =>
      profession === null ? list : list.filter((item) => item.profession === profession);
    return [
      peopleOf(own(projects)),
      peopleOf(own(projects).filter((project) => project.matched)),
      peopleOf(own(contacts)),
      peopleOf(own(installations)),
    ];
  };
  return {
    id: 'mises-en-relation',
    title: 'Mises en relation, contacts et installations',
    rowHeader: PROFESSION_ROW_HEADER,
    columns: [
      peopleColumn(
        'projets',
        'Projets visant le territoire',
        'Professionnels dont au moins un projet vise le territoire.',
      ),
      peopleColumn(
        'communes_proposees',
        'Communes du territoire proposées',
        'Professionnels à qui le classement propose au moins une commune du territoire (parmi ses 50 premières).',
      ),
      peopleColumn(
        'contacts',
        'Ont écrit à une commune',
        'Professionnels ayant écrit à une commune du territoire pendant la période.',
      ),
      peopleColumn(
        'installations',
        'Installations confirmées',
        'Professionnels ayant confirmé leur installation dans une commune du territoire pendant la période.',
      ),
    ],
    rows: professionRows(steps),
    total: steps(null),
    rowTotal: false,
    hideZeroRows: true,
  };
}

export function leversTable({ installations }: DashboardData): StatTable {
  return {
    id: 'leviers',
    title: 'Leviers des installations confirmées',
    rowHeader: {
      key: 'levier',
      label: 'Levier',
      description: 'Offre de la commune qui a compté dans l’installation, selon la commune.',
    },
    columns: [
      peopleColumn(
        'installations',
        'Installations',
        'Professionnels installés pendant la période dont l’installation doit à ce levier (une installation peut citer plusieurs leviers).',
      ),
    ],
    rows: LEVERS.map((lever) => ({
      key: lever,
      label: LEVER_LABELS[lever],
      values: [peopleOf(installations.filter((fact) => fact.installation?.levers.includes(lever)))],
    })),
    total: [peopleOf(installations)],
    rowTotal: false,
    hideZeroRows: false,
  };
}
