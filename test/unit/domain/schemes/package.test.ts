// The package of a commune for a project: which schemes apply (territory, zoning, profession,
// status, dates), what every line is worth and what it asks in return.
import { communePackage, type CommunePackage } from '../../../../src/domain/schemes/package';
import type { Scheme } from '../../../../src/domain/schemes/scheme';
import { schemeFit, schemesForProject } from '../../../../src/domain/schemes/scheme-applicability';
import type { MatchingCommune, MatchingOffer, MatchingProject } from '../../../../src/domain/matching/types';
import { ZoningIndex } from '../../../../src/domain/zoning/zoning-index';
import type { Zone } from '../../../../src/domain/zoning/zones';
import { commune, NOW, offer, project } from '../matching/fixtures';
import { area, date, scheme } from './fixtures';

const DOLE = commune('39198', 'Dole', 0);
const DIJON = commune('21231', 'Dijon', 40);
const RENNES = commune('35238', 'Rennes', 500, { region: '53' });

const packageOf = (
  schemes: readonly Scheme[],
  where: MatchingCommune = DOLE,
  offers: readonly MatchingOffer[] = [],
  wanted: Partial<MatchingProject> = {},
): CommunePackage => communePackage({ project: project(wanted), commune: where, offers, schemes, now: NOW });

const ids = (result: CommunePackage) => result.lines.map((line) => line.id);

describe('where a scheme applies', () => {
  const regional = scheme({ area: area({ territory: { level: 'region', code: '27' } }) });
  const jura = scheme({ area: area({ territory: { level: 'departement', code: '39' } }) });
  const chosenDepartements = scheme({
    area: area({ territory: { level: 'region', code: '27' }, departements: ['21'] }),
  });
  const chosenCommunes = scheme({
    area: area({ territory: { level: 'region', code: '27' }, communes: ['39198'] }),
  });
  const both = scheme({
    area: area({ territory: { level: 'region', code: '27' }, departements: ['21'], communes: ['39198'] }),
  });
  const all = [regional, jura, chosenDepartements, chosenCommunes, both];

  it('covers the publisher’s whole territory unless narrowed to chosen départements or communes', () => {
    expect(ids(packageOf(all, DOLE)).sort()).toEqual(
      [regional.id, jura.id, chosenCommunes.id, both.id].sort(),
    );
    expect(ids(packageOf(all, DIJON)).sort()).toEqual([regional.id, chosenDepartements.id, both.id].sort());
    expect(ids(packageOf(all, RENNES))).toEqual([]);
  });

  it('says why a scheme does not apply', () => {
    expect(schemeFit(jura, project(), DIJON, NOW)).toEqual({ applies: false, reason: 'territory' });
    expect(schemeFit(regional, project(), DIJON, NOW)).toEqual({ applies: true });
  });
});

describe('schemes tied to the ARS zoning', () => {
  const zoning = new ZoningIndex();
  const zoned = (
    zone: Zone,
    effectiveFrom = '2025-04-01',
    profession: 'infirmier' | 'medecin-generaliste' = 'infirmier',
  ) => {
    zoning.replaceRegion('27', [{ commune: '39198', profession, zone, effectiveFrom: date(effectiveFrom) }]);
    return commune('39198', 'Dole', 0, { zoneOf: (wanted, at) => zoning.zoneOf('39198', wanted, at) });
  };
  const underServed = scheme({ area: area({ zones: ['tres-sous-dotee', 'sous-dotee'] }) });
  const nurse = { profession: 'infirmier' } as const;

  it('applies where the zoning for the profession says one of its zones', () => {
    expect(ids(packageOf([underServed], zoned('tres-sous-dotee'), [], nurse))).toEqual([underServed.id]);
    expect(ids(packageOf([underServed], zoned('sous-dotee'), [], nurse))).toEqual([underServed.id]);
    expect(ids(packageOf([underServed], zoned('intermediaire'), [], nurse))).toEqual([]);
  });

  it('reads the zoning of the project’s own profession', () => {
    expect(
      ids(packageOf([underServed], zoned('tres-sous-dotee', '2025-04-01', 'medecin-generaliste'), [], nurse)),
    ).toEqual([]);
  });

  it('does not apply without a zone in force at the project’s start, nor without a zoning', () => {
    expect(ids(packageOf([underServed], zoned('tres-sous-dotee', '2027-02-01'), [], nurse))).toEqual([]);
    expect(ids(packageOf([underServed], zoned('tres-sous-dotee', '2027-01-01'), [], nurse))).toEqual([
      underServed.id,
    ]);
    expect(ids(packageOf([underServed], DOLE, [], nurse))).toEqual([]);
    expect(schemeFit(underServed, project(nurse), DOLE, NOW)).toEqual({ applies: false, reason: 'zone' });
  });

  it('follows a new zoning imported by the ARS with nothing else to do', () => {
    const dole = zoned('intermediaire');
    expect(ids(packageOf([underServed], dole, [], nurse))).toEqual([]);
    zoning.replaceRegion('27', [
      {
        commune: '39198',
        profession: 'infirmier',
        zone: 'tres-sous-dotee',
        effectiveFrom: date('2026-06-01'),
      },
    ]);
    expect(ids(packageOf([underServed], dole, [], nurse))).toEqual([underServed.id]);
  });
});

describe('who a scheme is for', () => {
  const nurses = scheme({
    eligibility: { professions: ['infirmier'], statuses: ['installe'], conditions: '' },
  });
  const students = scheme({
    eligibility: { professions: [], statuses: ['etudiant', 'interne'], conditions: '' },
  });

  it('keeps to the professions it names (none: all)', () => {
    expect(
      ids(packageOf([nurses, students], DOLE, [], { profession: 'infirmier', status: 'installe' })),
    ).toEqual([nurses.id]);
    expect(schemeFit(nurses, project(), DOLE, NOW)).toEqual({ applies: false, reason: 'profession' });
  });

  it('keeps to the statuses it names', () => {
    expect(ids(packageOf([nurses, students], DOLE, [], { status: 'interne' }))).toEqual([students.id]);
    expect(schemeFit(students, project({ status: 'remplacant' }), DOLE, NOW)).toEqual({
      applies: false,
      reason: 'status',
    });
  });
});

describe('schemes for a search', () => {
  it('keeps once the schemes open to the project, leaving places to each commune', () => {
    const open = scheme({ area: area({ territory: { level: 'region', code: '53' }, zones: ['zip'] }) });
    const draft = scheme({ status: 'brouillon' });
    const forNurses = scheme({
      eligibility: { professions: ['infirmier'], statuses: ['installe'], conditions: '' },
    });
    const later = scheme({ validFrom: date('2027-06-01') });
    expect(schemesForProject([open, draft, forNurses, later], project(), NOW)).toEqual([open]);
  });
});

describe('dates and life cycle', () => {
  // The project starts on 1 January 2027; now is 15 October 2026.
  it('applies when in force at the project’s start', () => {
    expect(ids(packageOf([scheme({ validFrom: date('2027-01-01') })]))).toHaveLength(1);
    expect(ids(packageOf([scheme({ validFrom: date('2027-01-02') })]))).toEqual([]);
    expect(ids(packageOf([scheme({ validUntil: date('2027-01-02') })]))).toHaveLength(1);
    expect(ids(packageOf([scheme({ validUntil: date('2027-01-01') })]))).toEqual([]);
  });

  it('counts published schemes only, and ended ones no more', () => {
    expect(ids(packageOf([scheme({ status: 'brouillon' }), scheme({ status: 'archive' })]))).toEqual([]);
    expect(schemeFit(scheme({ validUntil: date('2026-10-01') }), project(), DOLE, NOW)).toEqual({
      applies: false,
      reason: 'not-published',
    });
    expect(schemeFit(scheme({ validUntil: date('2026-12-01') }), project(), DOLE, NOW)).toEqual({
      applies: false,
      reason: 'not-in-force',
    });
  });
});

describe('what the package is worth', () => {
  it('counts a fixed amount whole in the first year', () => {
    const result = packageOf([scheme({ amount: { kind: 'fixe', eur: 10000 } })]);
    expect(result.totals).toEqual({
      firstYearEur: 10000,
      wholeEur: 10000,
      includesCeilings: false,
      includesOpenEnded: false,
      unknownAmounts: 0,
    });
  });

  it('counts an "up to" amount at its maximum, by its instalments, and flags it', () => {
    const inThreeTimes = scheme({
      amount: {
        kind: 'plafond',
        eur: 20000,
        instalments: [
          { atMonth: 0, eur: 8000 },
          { atMonth: 11, eur: 2000 },
          { atMonth: 12, eur: 10000 },
        ],
      },
    });
    const result = packageOf([inThreeTimes]);
    expect(result.totals).toMatchObject({ firstYearEur: 10000, wholeEur: 20000, includesCeilings: true });
    expect(result.lines[0]?.value.bound).toBe('plafond');
  });

  it('counts a monthly amount over its duration, twelve months at most in the first year', () => {
    const eighteenMonths = scheme({ amount: { kind: 'mensuel', eurPerMonth: 500, months: 18 } });
    const sixMonths = scheme({ amount: { kind: 'mensuel', eurPerMonth: 300, months: 6 } });
    expect(packageOf([eighteenMonths]).totals).toMatchObject({ firstYearEur: 6000, wholeEur: 9000 });
    expect(packageOf([sixMonths]).totals).toMatchObject({ firstYearEur: 1800, wholeEur: 1800 });
  });

  it('counts an allowance paid until the end of studies for its first year, as a minimum', () => {
    const cesp = scheme({ amount: { kind: 'mensuel', eurPerMonth: 1200, months: null } });
    expect(packageOf([cesp]).totals).toMatchObject({
      firstYearEur: 14400,
      wholeEur: 14400,
      includesOpenEnded: true,
    });
  });

  it('shows a scheme without a published amount, counting nothing for it', () => {
    const result = packageOf([scheme({ amount: null }), scheme({ amount: { kind: 'fixe', eur: 5000 } })]);
    expect(result.lines).toHaveLength(2);
    expect(result.totals).toMatchObject({ firstYearEur: 5000, wholeEur: 5000, unknownAmounts: 1 });
  });

  it('stacks the commune’s own eligible aid offers with the schemes, each naming who grants it', () => {
    const ownAid = offer('39198', 'aide-financiere', {
      amountEur: 5000,
      funder: 'Commune de Dole',
      commitmentMonths: 36,
    });
    const housing = offer('39198', 'logement');
    const forInterns = offer('39198', 'aide-financiere', {}, { audiences: ['interne-etudiant'] });
    const expired = offer('39198', 'aide-financiere', {}, { expiresAt: date('2026-10-01') });
    const elsewhere = offer('21231', 'aide-financiere');
    const ars = scheme({ amount: { kind: 'fixe', eur: 8000 } });
    const result = packageOf([ars], DOLE, [ownAid, housing, forInterns, expired, elsewhere]);
    expect(
      result.lines.map((line) => [line.source, line.id, line.grantor.name, line.value.wholeEur]),
    ).toEqual([
      ['dispositif', ars.id, 'ARS Bourgogne-Franche-Comté', 8000],
      ['offre', ownAid.id, 'Commune de Dole', 5000],
    ]);
    expect(result.totals).toMatchObject({ firstYearEur: 13000, wholeEur: 13000 });
  });

  it('names the commune when its offer does not say who funds it', () => {
    const unnamed = offer('39198', 'aide-financiere', { funder: ' ' });
    expect(packageOf([], DOLE, [unnamed]).lines[0]?.grantor).toEqual({
      name: 'Commune de Dole',
      kind: 'commune',
    });
  });

  it('keeps the best scheme of an exclusive group and lists the others as alternatives', () => {
    const first = scheme({ exclusiveGroup: 'infirmiers', amount: { kind: 'plafond', eur: 37500 } });
    const again = scheme({ exclusiveGroup: 'infirmiers', amount: { kind: 'plafond', eur: 27500 } });
    const other = scheme({ amount: { kind: 'fixe', eur: 1000 } });
    const result = packageOf([again, other, first]);
    expect(ids(result)).toEqual([first.id, other.id]);
    expect(result.alternatives.map((line) => line.id)).toEqual([again.id]);
    expect(result.totals.wholeEur).toBe(38500);
  });
});

describe('commitments', () => {
  it('lists every commitment with who asks it, longest first', () => {
    const ownAid = offer('39198', 'aide-financiere', { commitmentMonths: 36 });
    const noCommitment = offer('39198', 'aide-financiere', { commitmentMonths: 0 });
    const service = scheme({
      commitment: { months: 18, atLeast: false, place: 'etablissement-region', zones: [] },
    });
    const zone = scheme({
      commitment: { months: 60, atLeast: false, place: 'zone', zones: ['tres-sous-dotee'] },
    });
    const result = packageOf([service, zone], DOLE, [ownAid, noCommitment]);
    expect(
      result.commitments.map((entry) => [entry.lineId, entry.commitment.months, entry.commitment.place]),
    ).toEqual([
      [zone.id, 60, 'zone'],
      [ownAid.id, 36, 'commune'],
      [service.id, 18, 'etablissement-region'],
    ]);
    expect(result.commitments[1]?.grantor.kind).toBe('commune');
  });
});
