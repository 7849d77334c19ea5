// The researched schemes of the demo: well formed, sourced, and giving the packages a professional
// would expect in Bourgogne-Franche-Comté.
import { aidValue, instalmentsAddUp } from '../../../../src/domain/schemes/aid-value';
import { communePackage } from '../../../../src/domain/schemes/package';
import { REFERENCE_SCHEMES } from '../../../../src/domain/schemes/reference-schemes';
import type { MatchingProject } from '../../../../src/domain/matching/types';
import type { Profession } from '../../../../src/domain/professions';
import type { Zone } from '../../../../src/domain/zoning/zones';
import { commune, NOW, offer, project } from '../matching/fixtures';

const inZone = (zone: Zone | null, profession: Profession) =>
  commune('39198', 'Dole', 0, { zoneOf: (wanted) => (wanted === profession ? zone : null) });

const packageFor = (wanted: Partial<MatchingProject>, zone: Zone | null) =>
  communePackage({
    project: project(wanted),
    commune: inZone(zone, wanted.profession ?? 'medecin-generaliste'),
    offers: [offer('39198', 'logement')],
    schemes: REFERENCE_SCHEMES,
    now: NOW,
  });

describe('reference schemes', () => {
  it('are published, sourced and well formed', () => {
    expect(new Set(REFERENCE_SCHEMES.map((scheme) => scheme.id)).size).toBe(REFERENCE_SCHEMES.length);
    for (const scheme of REFERENCE_SCHEMES) {
      expect(scheme.status).toBe('publie');
      expect(scheme.officialUrl).toMatch(/^https:\/\//);
      expect(scheme.sources.length).toBeGreaterThan(0);
      for (const source of scheme.sources) expect(source.url).toMatch(/^https?:\/\//);
      expect(scheme.eligibility.statuses.length).toBeGreaterThan(0);
      if (scheme.amount) expect(instalmentsAddUp(scheme.amount)).toBe(true);
    }
  });

  it('leave unknown only the amounts no source gave', () => {
    expect(REFERENCE_SCHEMES.filter((scheme) => scheme.amount === null).map((scheme) => scheme.id)).toEqual([
      'ars-bfc-contrat-allocation-etudes',
      'ars-bfc-allocation-attractivite-internes',
    ]);
  });

  it('give a nurse settling in a very under-served zone the first-installation contract, not both', () => {
    const result = packageFor({ profession: 'infirmier' }, 'tres-sous-dotee');
    expect(result.lines.map((line) => line.id)).toEqual(['am-capii-infirmier']);
    expect(result.alternatives.map((line) => line.id)).toEqual(['am-caii-infirmier']);
    expect(result.totals).toMatchObject({ firstYearEur: 14250, wholeEur: 37500, includesCeilings: true });
    expect(result.commitments[0]?.commitment).toEqual({
      months: 60,
      atLeast: false,
      place: 'zone',
      zones: ['tres-sous-dotee'],
    });
    expect(packageFor({ profession: 'infirmier' }, 'intermediaire').lines).toEqual([]);
  });

  it('give a nursing student in Bourgogne-Franche-Comté the study-allowance contract and its 18 months', () => {
    const result = packageFor({ profession: 'infirmier', status: 'etudiant' }, null);
    expect(result.lines.map((line) => line.id)).toEqual(['ars-bfc-contrat-allocation-etudes']);
    expect(result.totals.unknownAmounts).toBe(1);
    expect(result.commitments[0]?.commitment).toMatchObject({ months: 18, place: 'etablissement-region' });
  });

  it('give a medical intern in a ZIP the CESP and the interns’ allowance', () => {
    const result = packageFor({ status: 'interne' }, 'zip');
    expect(result.lines.map((line) => line.id)).toEqual(['cesp', 'ars-bfc-allocation-attractivite-internes']);
    expect(result.totals).toMatchObject({ firstYearEur: 14400, includesOpenEnded: true, unknownAmounts: 1 });
  });

  it('give a GP the Assurance Maladie aid of the zone: 10,000 € in a ZIP, 5,000 € in a ZAC', () => {
    expect(packageFor({}, 'zip').totals.wholeEur).toBe(10000);
    expect(packageFor({}, 'zac').totals.wholeEur).toBe(5000);
    expect(packageFor({}, null).lines).toEqual([]);
  });

  it('count the physiotherapists’ contracts by their instalments', () => {
    const caccmk = REFERENCE_SCHEMES.find((scheme) => scheme.id === 'am-caccmk-kine');
    expect(aidValue(caccmk?.amount ?? null)).toEqual({
      firstYearEur: 30000,
      wholeEur: 49000,
      bound: 'plafond',
    });
  });
});
