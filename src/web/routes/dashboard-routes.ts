// The partner dashboard, scoped to the partner's territory (/partenaire/tableau-de-bord), and the
// moderators' one over all of France (/moderation/tableau-de-bord): tables, charts, a map of
// départements, CSV exports of every table with the same filters, and the columns' documentation.
import { type Request, type Response, Router } from 'express';
import type { Config } from '../../config';
import type { Gazetteer } from '../../domain/geo/gazetteer';
import { PROFESSIONS, PROFESSION_LABELS } from '../../domain/professions';
import { tableToCsv } from '../../domain/statistics/csv-export';
import { dashboardTableDefinitions } from '../../domain/statistics/dashboard-tables';
import type { AccountUser } from '../../services/accounts/account-user';
import type {
  DashboardFilters,
  DashboardScope,
  DashboardService,
} from '../../services/statistics/dashboard-service';
import {
  DASHBOARD_FILTER_FIELDS,
  type DashboardQuery,
  PERIODS,
  moderatorDashboardQuery,
  partnerDashboardQuery,
} from '../forms/dashboard-filters';
import { rejectedQuery, shownValues } from '../forms/shown-input';
import { HttpError } from '../http-errors';
import { allow } from '../access/access';
import {
  departementChoices,
  keyFigures,
  mapPoints,
  perturbationTableRows,
  presentTable,
} from '../presenters/dashboard-presenter';
import { presentOwnScheme } from '../presenters/scheme-presenter';
import { publisherOf } from '../../services/schemes/scheme-publishers';
import type { SchemeService } from '../../services/schemes/scheme-service';
import { parseInput } from '../validation';
import type { RouteContext } from './route-context';

type Area = 'partenaire' | 'moderation';

export interface DashboardRoutesDeps {
  dashboard: DashboardService;
  /** The partner organisation's aid schemes, listed under its statistics. */
  schemes: Pick<SchemeService, 'ofOwner'>;
  gazetteer: Gazetteer;
  map: Pick<Config['map'], 'tileUrl' | 'tileAttribution'>;
}

export function dashboardRoutes({ services, config }: RouteContext): Router {
  const deps: DashboardRoutesDeps = { ...services, map: config.map };
  const router = Router();
  const { dashboard, gazetteer } = deps;
  const tableIds = dashboardTableDefinitions(new Date()).map((table) => table.id);

  /** The partner's territory; moderators choose a région (or none: France). */
  function scopeOf(area: Area, req: Request, query: DashboardQuery): DashboardScope {
    if (area === 'moderation') return { region: query.region || null, departement: null };
    const territory = (req.user as AccountUser).partner?.territoire;
    if (!territory) throw new HttpError(403, 'Votre compte n’a pas de territoire.');
    if (territory.niveau === 'national') return { region: null, departement: null };
    return territory.niveau === 'region'
      ? { region: territory.code, departement: null }
      : { region: null, departement: territory.code };
  }

  const scopeName = (scope: DashboardScope) =>
    scope.departement
      ? (gazetteer.departement(scope.departement)?.nom ?? scope.departement)
      : scope.region
        ? (gazetteer.region(scope.region)?.nom ?? scope.region)
        : 'France entière';

  /** Filters checked against the territory: a département outside it or an unknown région is an error. */
  function read(area: Area, req: Request) {
    const parsed = parseInput(
      area === 'moderation' ? moderatorDashboardQuery : partnerDashboardQuery,
      req.query,
    );
    if (!parsed.ok) return { ok: false as const, errors: parsed.errors };
    const query: DashboardQuery = parsed.value;
    if (query.region && !gazetteer.region(query.region))
      return { ok: false as const, errors: { region: 'Région inconnue.' } };
    const scope = scopeOf(area, req, query);
    const departements = dashboard.departementsOf(scope);
    if (query.departement && !departements.some((departement) => departement.code === query.departement))
      return { ok: false as const, errors: { departement: 'Ce département n’est pas dans le territoire.' } };
    const filters: DashboardFilters = {
      months: Number(query.periode || '12'),
      profession: query.profession || null,
      departement: query.departement || null,
    };
    return { ok: true as const, query, scope, filters, departements };
  }

  const filterString = (req: Request) => {
    const values = shownValues(req.query, DASHBOARD_FILTER_FIELDS);
    const params = new URLSearchParams(Object.entries(values).filter(([, value]) => value !== ''));
    const text = params.toString();
    return text ? `?${text}` : '';
  };

  const choices = {
    periods: PERIODS.map((value) => ({ value, label: `${value} derniers mois` })),
    professions: PROFESSIONS.map((value) => ({ value, label: PROFESSION_LABELS[value] })),
    regions: gazetteer.regions().map((region) => ({ value: region.code, label: region.nom })),
  };

  async function page(area: Area, req: Request, res: Response) {
    const base = `/${area}/tableau-de-bord`;
    const common = { title: 'Tableau de bord', base, moderator: area === 'moderation', ...choices };
    const values = shownValues(req.query, [...DASHBOARD_FILTER_FIELDS, 'impression']);
    const checked = read(area, req);
    if (!checked.ok)
      return res.status(400).render('partner/dashboard', {
        ...common,
        values,
        ...rejectedQuery(checked.errors, DASHBOARD_FILTER_FIELDS),
      });
    const { scope, filters, departements } = checked;
    const tables = await dashboard.tables(scope, filters, new Date());
    const filtersQuery = filterString(req);
    const publisher = area === 'partenaire' && req.user ? publisherOf(req.user) : null;
    res.render('partner/dashboard', {
      ...common,
      schemes:
        publisher &&
        deps.schemes
          .ofOwner(publisher)
          .map((scheme) => presentOwnScheme(scheme, '/partenaire/dispositifs', gazetteer)),
      useMap: true,
      values: { ...values, periode: String(filters.months) },
      scopeName: scopeName(scope),
      departements: departementChoices(departements),
      print: values.impression === '1',
      printUrl: `${base}${filtersQuery}${filtersQuery ? '&' : '?'}impression=1`,
      keyFigures: keyFigures(tables),
      tables: tables.map((table) => presentTable(table, `${base}/export/${table.id}.csv${filtersQuery}`)),
      map: {
        tileUrl: deps.map.tileUrl,
        tileAttribution: deps.map.tileAttribution,
        data: JSON.stringify(
          mapPoints(
            tables.find((table) => table.id === 'departements'),
            dashboard.centreOf,
          ),
        ),
      },
    });
  }

  async function exportTable(area: Area, id: string, req: Request, res: Response) {
    const checked = read(area, req);
    if (!checked.ok) throw new HttpError(400, Object.values(checked.errors).join(' '));
    const table = (await dashboard.tables(checked.scope, checked.filters, new Date())).find(
      (found) => found.id === id,
    );
    if (!table) throw new HttpError(404, 'Tableau inconnu');
    res.type('text/csv; charset=utf-8');
    res.attachment(`${id}.csv`);
    res.send(tableToCsv(table));
  }

  const columnsPage = (area: Area) => (_req: Request, res: Response) => {
    res.render('partner/dashboard-columns', {
      title: 'Colonnes des exports du tableau de bord',
      base: `/${area}/tableau-de-bord`,
      perturbation: perturbationTableRows(),
      tables: dashboardTableDefinitions(new Date()).map((table) => ({
        id: table.id,
        title: table.title,
        columns: [table.rowHeader, ...table.columns].map((column) => ({
          ...column,
          people: 'people' in column && column.people,
        })),
        total: table.total !== null,
      })),
    });
  };

  for (const area of ['partenaire', 'moderation'] as const) {
    // A pending partner sees no partner data.
    const guard = allow({ role: area === 'partenaire' ? 'partenaire' : 'moderateur', validated: true });
    router.get(`/${area}/tableau-de-bord`, guard, (req, res) => page(area, req, res));
    router.get(`/${area}/tableau-de-bord/colonnes`, guard, columnsPage(area));
    for (const id of tableIds)
      router.get(`/${area}/tableau-de-bord/export/${id}.csv`, guard, (req, res) =>
        exportTable(area, id, req, res),
      );
  }
  return router;
}
