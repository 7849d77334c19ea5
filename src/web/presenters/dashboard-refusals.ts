// What the dashboard says when its territory or filters are refused (scopeDashboard's reasons): the
// status, the field the message goes next to (none: the whole page), the words.
import type { DashboardScopeRefusal } from '../../services/statistics/dashboard-scope';

export const DASHBOARD_REFUSALS: Record<
  DashboardScopeRefusal,
  { status: number; field: 'region' | 'departement' | null; message: string }
> = {
  'unknown-region': { status: 400, field: 'region', message: 'Région inconnue.' },
  'outside-territory': {
    status: 400,
    field: 'departement',
    message: 'Ce département n’est pas dans le territoire.',
  },
  'no-territory': { status: 403, field: null, message: 'Votre compte n’a pas de territoire.' },
};
