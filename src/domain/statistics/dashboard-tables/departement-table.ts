// The per-département table (also drawn as circles on the dashboard's map): offers and communes
// exact, people published perturbed.
import { peopleOf } from '../people';
import type { StatTable } from '../stat-table';
import { countColumn, peopleColumn } from './columns';
import type { DashboardData } from './dashboard-input';

export function departementsTable(data: DashboardData): StatTable {
  const { input, departementOf, online, activeCommunes, projects, contacts, installations } = data;
  return {
    id: 'departements',
    title: 'Par département',
    rowHeader: {
      key: 'departement',
      label: 'Département',
      description: 'Département du territoire (code et nom).',
    },
    columns: [
      countColumn(
        'offres_en_ligne',
        'Offres en ligne',
        'Offres publiées et non expirées des communes du département.',
      ),
      countColumn(
        'communes_actives',
        'Communes actives',
        'Communes du département ayant au moins une offre en ligne.',
      ),
      peopleColumn('projets', 'Projets', 'Professionnels dont au moins un projet vise le département.'),
      peopleColumn(
        'contacts',
        'Contacts',
        'Professionnels ayant écrit à une commune du département pendant la période.',
      ),
      peopleColumn(
        'installations',
        'Installations',
        'Professionnels ayant confirmé leur installation dans le département pendant la période.',
      ),
    ],
    rows: input.departements.map(({ code, nom }) => ({
      key: code,
      label: `${code} ${nom}`,
      values: [
        online.filter((offer) => departementOf(offer.commune) === code).length,
        [...activeCommunes].filter((commune) => departementOf(commune) === code).length,
        peopleOf(projects.filter((project) => project.departements.includes(code))),
        peopleOf(contacts.filter((fact) => departementOf(fact.communeCode) === code)),
        peopleOf(
          installations.filter(
            (fact) => fact.installation && departementOf(fact.installation.communeCode) === code,
          ),
        ),
      ],
    })),
    total: [
      online.length,
      activeCommunes.size,
      peopleOf(projects),
      peopleOf(contacts),
      peopleOf(installations),
    ],
    rowTotal: false,
    hideZeroRows: false,
  };
}
