// The partner dashboard, scoped to the partner's territory (/partenaire/tableau-de-bord), and the
// moderators' one over all of France (/moderation/tableau-de-bord): tables, charts, a map of
// départements, CSV exports of every table with the same filters, and the columns' documentation.
import { type Request, type Response, Router } from 'express';
import { tableToCsv } from '../../domain/statistics/csv-export';
import { dashboardTableDefinitions } from '../../domain/statistics/dashboard-tables';
import type { AccountUser } from '../../services/accounts/account-user';
import { scopeDashboard } from '../../services/statistics/dashboard-scope';
import { publisherOf } from '../../services/schemes/scheme-publishers';
import { allow } from '../access/access';
import {
  DASHBOARD_FILTER_FIELDS,
  moderatorDashboardQuery,
  partnerDashboardQuery,
} from '../forms/dashboard-filters';
import { rejectedQuery } from '../forms/shown-input';
import { HttpError } from '../http-errors';
import { DASHBOARD_REFUSALS } from '../presenters/dashboard-refusals';
import { refusalError } from '../presenters/refusal';
import {
  type DashboardArea,
  dashboardBase,
  dashboardHeading,
  dashboardValues,
  presentDashboard,
  presentDashboardColumns,
} from '../presenters/dashboard-page-presenter';
import { presentOwnScheme } from '../presenters/scheme-presenter';
import { type FieldErrors, parseInput } from '../validation';
import type { RouteContext } from './route-context';

export function dashboardRoutes({ services, config }: RouteContext): Router {
  const { dashboard, gazetteer, schemes } = services;
  const router = Router();
  const tableIds = dashboardTableDefinitions(new Date()).map((table) => table.id);

  /** The territory and filters asked for, or the errors by field (a refused account: 403). */
  function read(area: DashboardArea, req: Request) {
    const schema = area === 'moderation' ? moderatorDashboardQuery : partnerDashboardQuery;
    const parsed = parseInput(schema, req.query);
    if (!parsed.ok) return { ok: false as const, errors: parsed.errors };
    const scoped = scopeDashboard({ gazetteer, dashboard }, req.user as AccountUser, parsed.value);
    if (scoped.ok) return scoped;
    const refusal = DASHBOARD_REFUSALS[scoped.reason];
    if (refusal.field === null) throw refusalError(refusal);
    const errors: FieldErrors = { [refusal.field]: refusal.message };
    return { ok: false as const, errors };
  }

  async function page(area: DashboardArea, req: Request, res: Response) {
    const heading = dashboardHeading(area, gazetteer);
    const checked = read(area, req);
    if (!checked.ok)
      return res.status(400).render('partner/dashboard', {
        ...heading,
        values: dashboardValues(req.query),
        ...rejectedQuery(checked.errors, DASHBOARD_FILTER_FIELDS),
      });
    const tables = await dashboard.tables(checked.scope, checked.filters, new Date());
    // The partner organisation's aid schemes, listed under its statistics.
    const publisher = area === 'partenaire' && req.user ? publisherOf(req.user) : null;
    res.render('partner/dashboard', {
      ...heading,
      schemes:
        publisher &&
        schemes
          .ofOwner(publisher)
          .map((scheme) => presentOwnScheme(scheme, '/partenaire/dispositifs', gazetteer)),
      ...presentDashboard(
        { area, query: req.query, ...checked, tables, centreOf: dashboard.centreOf, map: config.map },
        gazetteer,
      ),
    });
  }

  async function exportTable(area: DashboardArea, id: string, req: Request, res: Response) {
    const checked = read(area, req);
    if (!checked.ok) throw new HttpError(400, Object.values(checked.errors).join(' '));
    const tables = await dashboard.tables(checked.scope, checked.filters, new Date());
    const table = tables.find((found) => found.id === id);
    if (!table) throw new HttpError(404, 'Tableau inconnu');
    res.type('text/csv; charset=utf-8');
    res.attachment(`${id}.csv`);
    res.send(tableToCsv(table));
  }

  for (const area of ['partenaire', 'moderation'] as const) {
    // A pending partner sees no partner data.
    const guard = allow({ role: area === 'partenaire' ? 'partenaire' : 'moderateur', validated: true });
    const base = dashboardBase(area);
    router.get(base, guard, (req, res) => page(area, req, res));
    router.get(`${base}/colonnes`, guard, (_req, res) => {
      res.render('partner/dashboard-columns', presentDashboardColumns(area, new Date()));
    });
    for (const id of tableIds)
      router.get(`${base}/export/${id}.csv`, guard, (req, res) => exportTable(area, id, req, res));
  }
  return router;
}
