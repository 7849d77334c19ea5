// Which territory a dashboard shows and with which filters: a partner sees its organisation's
// territory (a région or a département), a moderator the région it chose or all of France. A
// département filter must lie inside the territory. Outcomes, not sentences: the web layer words them.
import type { Gazetteer } from '../../domain/geo/gazetteer';
import type { Departement } from '../../domain/geo/types';
import type { Profession } from '../../domain/professions';
import type { AccountUser } from '../accounts/account-user';
import type { DashboardFilters, DashboardScope, DashboardService } from './dashboard-service';

/** What the dashboard's query asks for ('' or absent: no filter). */
export interface DashboardRequest {
  region?: string;
  departement?: string;
  profession?: Profession | '';
  /** Months of the period, as a string ('' : the default 12). */
  periode?: string;
}

export type DashboardScopeRefusal = 'unknown-region' | 'no-territory' | 'outside-territory';

export type ScopedDashboard =
  | { ok: true; scope: DashboardScope; filters: DashboardFilters; departements: Departement[] }
  | { ok: false; reason: DashboardScopeRefusal };

export interface DashboardScopeDeps {
  gazetteer: Pick<Gazetteer, 'region'>;
  dashboard: Pick<DashboardService, 'departementsOf'>;
}

/** The partner's territory; moderators choose a région (or none: France). */
function scopeOf(
  viewer: Pick<AccountUser, 'role' | 'partner'>,
  region: string | null,
): DashboardScope | null {
  if (viewer.role === 'moderateur') return { region, departement: null };
  const territory = viewer.partner?.territoire;
  if (!territory) return null;
  if (territory.niveau === 'national') return { region: null, departement: null };
  return territory.niveau === 'region'
    ? { region: territory.code, departement: null }
    : { region: null, departement: territory.code };
}

/** The territory and filters of a request, checked: an unknown région or a département outside is refused. */
export function scopeDashboard(
  deps: DashboardScopeDeps,
  viewer: Pick<AccountUser, 'role' | 'partner'>,
  request: DashboardRequest,
): ScopedDashboard {
  if (request.region && !deps.gazetteer.region(request.region))
    return { ok: false, reason: 'unknown-region' };
  const scope = scopeOf(viewer, request.region || null);
  if (!scope) return { ok: false, reason: 'no-territory' };
  const departements = deps.dashboard.departementsOf(scope);
  if (request.departement && !departements.some((departement) => departement.code === request.departement))
    return { ok: false, reason: 'outside-territory' };
  const filters: DashboardFilters = {
    months: Number(request.periode || '12'),
    profession: request.profession || null,
    departement: request.departement || null,
  };
  return { ok: true, scope, filters, departements };
}
