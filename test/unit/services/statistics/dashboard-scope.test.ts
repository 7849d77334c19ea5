// Which territory a dashboard shows: the partner's own, the région a moderator chose, or France;
// a département filter outside it and an unknown région are refused.
import type { Departement } from '../../../../src/domain/geo/types';
import { scopeDashboard } from '../../../../src/services/statistics/dashboard-scope';
import type { DashboardScope } from '../../../../src/services/statistics/dashboard-service';

const DEPARTEMENTS: Departement[] = [
  { code: '25', nom: 'Doubs', region: '27', chefLieu: '25056' },
  { code: '39', nom: 'Jura', region: '27', chefLieu: '39300' },
  { code: '75', nom: 'Paris', region: '11', chefLieu: '75056' },
];

const deps = {
  gazetteer: { region: (code: string) => (['11', '27'].includes(code) ? { code } : undefined) },
  dashboard: {
    departementsOf: (scope: DashboardScope) =>
      DEPARTEMENTS.filter(
        (departement) =>
          (!scope.region || departement.region === scope.region) &&
          (!scope.departement || departement.code === scope.departement),
      ),
  },
} as Parameters<typeof scopeDashboard>[0];

const partner = (niveau: 'region' | 'departement', code: string) =>
  ({ role: 'partenaire', partner: { territoire: { niveau, code } } }) as Parameters<typeof scopeDashboard>[1];
const moderator = { role: 'moderateur', partner: null } as Parameters<typeof scopeDashboard>[1];

describe('scopeDashboard', () => {
  it('scopes a partner to its région or département, whatever région is asked', () => {
    expect(scopeDashboard(deps, partner('region', '27'), {})).toMatchObject({
      ok: true,
      scope: { region: '27', departement: null },
      filters: { months: 12, profession: null, departement: null },
    });
    const departement = scopeDashboard(deps, partner('departement', '39'), { periode: '6' });
    expect(departement).toMatchObject({ ok: true, scope: { region: null, departement: '39' } });
    expect(departement.ok && departement.departements.map((d) => d.code)).toEqual(['39']);
  });

  it('shows a moderator France, or the région chosen', () => {
    expect(scopeDashboard(deps, moderator, {})).toMatchObject({ scope: { region: null, departement: null } });
    expect(scopeDashboard(deps, moderator, { region: '11' })).toMatchObject({ scope: { region: '11' } });
  });

  it('refuses an unknown région, a département outside the territory and a partner without territory', () => {
    expect(scopeDashboard(deps, moderator, { region: '99' })).toEqual({
      ok: false,
      reason: 'unknown-region',
    });
    expect(scopeDashboard(deps, partner('region', '27'), { departement: '75' })).toEqual({
      ok: false,
      reason: 'outside-territory',
    });
    const withoutTerritory = { role: 'partenaire', partner: null } as Parameters<typeof scopeDashboard>[1];
    expect(scopeDashboard(deps, withoutTerritory, {})).toEqual({ ok: false, reason: 'no-territory' });
  });

  it('keeps a département of the territory as the filter', () => {
    expect(
      scopeDashboard(deps, partner('region', '27'), { departement: '25', profession: 'infirmier' }),
    ).toMatchObject({
      ok: true,
      filters: { departement: '25', profession: 'infirmier' },
    });
  });
});
