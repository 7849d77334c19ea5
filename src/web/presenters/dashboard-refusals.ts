// Why the dashboard refused its territory or filters (scopeDashboard's reasons), as it says it: the
// status, the field the message goes next to (null: the whole page), the words.
import type { DashboardScopeRefusal } from '../../services/statistics/dashboard-scope';
import type { FieldRefusal } from './refusal';

export const DASHBOARD_REFUSALS: Record<
  DashboardScopeRefusal,
  FieldRefusal<'region' | 'departement' | null>
> = {
  'unknown-region': { status: 400, field: 'region', message: 'Région inconnue.' },
  'outside-territory': {
    status: 400,
    field: 'departement',
    message: 'Ce département n’est pas dans le territoire.',
  },
  'no-territory': { status: 403, field: null, message: 'Votre compte n’a pas de territoire.' },
};
