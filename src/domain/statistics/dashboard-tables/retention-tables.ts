// "Did they stay?": the professionals settled in the territory (any time) who answered each
// check-in, still practising there or gone, and the levers that failed for those who left. People
// only, published perturbed like every partner figure (people.ts).
import { CHECK_IN_MONTHS } from '../../retention/check-in-schedule';
import { RETENTION_LEVERS, RETENTION_LEVER_LABELS } from '../../retention/retention-levers';
import type { ContactFact } from '../contact-fact';
import { peopleOf } from '../people';
import type { StatTable } from '../stat-table';
import { peopleColumn } from './columns';
import type { DashboardData } from './dashboard-input';

const answersOf = (fact: ContactFact) => fact.checkIns ?? [];

export function retentionTable({ settled }: DashboardData): StatTable {
  const at = (checkIn: number, keep: (stillPractising: boolean) => boolean) =>
    peopleOf(
      settled.filter((fact) =>
        answersOf(fact).some((answer) => answer.checkIn === checkIn && keep(answer.stillPractising)),
      ),
    );
  return {
    id: 'maintien',
    title: 'Maintien des professionnels installés',
    rowHeader: {
      key: 'point_etape',
      label: 'Point d’étape',
      description: 'Mois écoulés depuis la confirmation de l’installation.',
    },
    columns: [
      peopleColumn(
        'reponses',
        'Ont répondu',
        'Professionnels installés dans le territoire (à toute date) ayant répondu à ce point d’étape.',
      ),
      peopleColumn('exercent', 'Exercent toujours', 'Parmi eux, ceux qui exercent toujours dans la commune.'),
      peopleColumn('partis', 'Sont partis', 'Parmi eux, ceux qui n’exercent plus dans la commune.'),
    ],
    rows: CHECK_IN_MONTHS.map((checkIn) => ({
      key: String(checkIn),
      label: `${String(checkIn)} mois`,
      values: [at(checkIn, () => true), at(checkIn, (still) => still), at(checkIn, (still) => !still)],
    })),
    total: null,
    rowTotal: false,
    hideZeroRows: false,
  };
}

export function departureLeversTable({ settled }: DashboardData): StatTable {
  const left = settled.filter((fact) => answersOf(fact).some((answer) => !answer.stillPractising));
  return {
    id: 'departs',
    title: 'Raisons des départs',
    rowHeader: {
      key: 'levier',
      label: 'Ce qui n’a pas fonctionné',
      description: 'Raison donnée par le professionnel qui n’exerce plus dans la commune.',
    },
    columns: [
      peopleColumn(
        'departs',
        'Départs',
        'Professionnels installés dans le territoire qui en sont partis en citant cette raison (plusieurs raisons possibles).',
      ),
    ],
    rows: RETENTION_LEVERS.map((lever) => ({
      key: lever,
      label: RETENTION_LEVER_LABELS[lever],
      values: [
        peopleOf(
          left.filter((fact) =>
            answersOf(fact).some((answer) => !answer.stillPractising && answer.failedLevers.includes(lever)),
          ),
        ),
      ],
    })),
    total: [peopleOf(left)],
    rowTotal: false,
    hideZeroRows: false,
  };
}
