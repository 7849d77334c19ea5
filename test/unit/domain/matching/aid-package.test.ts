// The aid criterion counts each commune's package: its own aid offers stacked with the partner
// schemes that apply to the project there (territory, zoning for the profession at the start,
// profession, status). The explanation names every scheme and who grants it; the ranking uses it;
// a zoning change changes what applies at the next search; a scheme alone makes no candidate.
import { matchProject } from '../../../../src/domain/matching/match-project';
import type { MatchingCommune, MatchingOffer, MatchingProject } from '../../../../src/domain/matching/types';
import type { Scheme } from '../../../../src/domain/schemes/scheme';
import { ZoningIndex } from '../../../../src/domain/zoning/zoning-index';
import type { Zone } from '../../../../src/domain/zoning/zones';
import { area, scheme } from '../schemes/fixtures';
import { NOW, commune, geographyOf, importance, offer, project } from './fixtures';
import { codes, criterionOf, matchOf, plain } from './helpers';

const zoning = new ZoningIndex();
const zone = (code: string, value: Zone) => ({
  commune: code,
  profession: 'infirmier' as const,
  zone: value,
  effectiveFrom: new Date('2025-01-01T00:00:00Z'),
});
const setZones = (zones: Record<string, Zone>) =>
  zoning.replaceRegion(
    '27',
    Object.entries(zones).map(([code, value]) => zone(code, value)),
  );
const zoned = (code: string, nom: string, km: number): MatchingCommune =>
  commune(code, nom, km, { zoneOf: (profession, at) => zoning.zoneOf(code, profession, at) });

// Lons is the centre of the search; Dole lies in a very under-served zone for nurses.
const lons = zoned('39300', 'Lons-le-Saunier', 0);
const dole = zoned('39198', 'Dole', 20);
const offers: MatchingOffer[] = [offer(lons.code, 'accueil'), offer(dole.code, 'accueil')];

const capii = scheme({
  title: 'Contrat d’aide à la première installation des infirmiers (CAPII)',
  grantor: { name: 'Assurance Maladie (CPAM)', kind: 'assurance-maladie' },
  amount: {
    kind: 'plafond',
    eur: 37500,
    instalments: [
      { atMonth: 0, eur: 14250 },
      { atMonth: 12, eur: 23250 },
    ],
  },
  commitment: { months: 60, atLeast: false, place: 'zone', zones: ['tres-sous-dotee'] },
  eligibility: { professions: ['infirmier'], statuses: ['installe'], conditions: '' },
  area: area({ zones: ['tres-sous-dotee'] }),
});

const nurse = (wanted: Partial<MatchingProject> = {}) =>
  project({
    profession: 'infirmier',
    area: { around: { commune: lons.code, radiusKm: 50 } },
    importance: importance({ aid: 'important', distance: 'souhaitable' }),
    ...wanted,
  });

const search = (
  wanted: MatchingProject,
  schemes: readonly Scheme[] = [capii],
  communes: readonly MatchingCommune[] = [lons, dole],
  list: readonly MatchingOffer[] = offers,
) => matchProject(wanted, { ...geographyOf(communes, list), schemes: () => schemes }, { now: NOW });

beforeEach(() => setZones({ [dole.code]: 'tres-sous-dotee', [lons.code]: 'sur-dotee' }));

describe('the aid criterion with partner schemes', () => {
  it('puts the scheme in the package of a commune without aid of its own, with its commitment', () => {
    const match = matchOf(search(nurse()), dole.code);
    const aid = criterionOf(match, 'aid');
    expect(aid.met).toBe('oui');
    expect(aid.quality).toBe(1);
    expect(plain(aid.explanation)).toBe(
      'Aide financière : Contrat d’aide à la première installation des infirmiers (CAPII), Assurance Maladie (CPAM) : jusqu’à 37 500 € dont 14 250 € la première année, engagement de 60 mois en zone très sous-dotée — au total : 14 250 € la première année, 37 500 € en tout (montants « jusqu’à » comptés au plus) ✓',
    );
    expect(match.package.lines.map((line) => [line.source, line.grantor.name])).toEqual([
      ['dispositif', 'Assurance Maladie (CPAM)'],
    ]);
    expect(match.package.totals).toMatchObject({ firstYearEur: 14250, wholeEur: 37500 });
    expect(match.package.commitments.map((entry) => entry.commitment.months)).toEqual([60]);

    const elsewhere = matchOf(search(nurse()), lons.code);
    expect(criterionOf(elsewhere, 'aid').met).toBe('non');
    expect(plain(criterionOf(elsewhere, 'aid').explanation)).toBe('Aide financière : aucune aide proposée ✗');
    expect(elsewhere.package.lines).toEqual([]);
  });

  it('ranks with it: the farther commune with the scheme comes first', () => {
    expect(codes(search(nurse()).ranked)).toEqual([dole.code, lons.code]);
    expect(codes(search(nurse(), []).ranked)).toEqual([lons.code, dole.code]);
  });

  it('meets an indispensable aid criterion and its filter', () => {
    const strict = nurse({ importance: importance({ aid: 'indispensable' }) });
    const result = search(strict);
    expect(codes(result.ranked)).toEqual([dole.code]);
    expect(codes(result.almost)).toEqual([lons.code]);
    const filtered = matchProject(
      strict,
      { ...geographyOf([lons, dole], offers), schemes: () => [capii] },
      {
        now: NOW,
        filters: { required: ['aid'] },
      },
    );
    expect(codes(filtered.ranked)).toEqual([dole.code]);
  });

  it('stacks the commune’s own aid offers with the schemes, worth most first', () => {
    const own = offer(dole.code, 'aide-financiere', {
      amountEur: 5000,
      funder: 'Commune de Dole',
      commitmentMonths: 36,
    });
    const match = matchOf(search(nurse(), [capii], [lons, dole], [...offers, own]), dole.code);
    expect(match.package.lines.map((line) => line.source)).toEqual(['dispositif', 'offre']);
    expect(match.package.totals).toMatchObject({ firstYearEur: 19250, wholeEur: 42500 });
    expect(plain(criterionOf(match, 'aid').explanation)).toContain('; Offre');
  });

  it('leaves out schemes for another profession, status or territory', () => {
    expect(matchOf(search(nurse({ profession: 'medecin-generaliste' })), dole.code).package.lines).toEqual(
      [],
    );
    expect(matchOf(search(nurse({ status: 'remplacant' })), dole.code).package.lines).toEqual([]);
    const breton = scheme({
      ...capii,
      id: 'breton',
      area: area({ territory: { level: 'region', code: '53' } }),
    });
    expect(matchOf(search(nurse(), [breton]), dole.code).package.lines).toEqual([]);
  });

  it('follows a zoning change at the next search, without rebuilding anything', () => {
    expect(criterionOf(matchOf(search(nurse()), dole.code), 'aid').met).toBe('oui');
    setZones({ [dole.code]: 'intermediaire', [lons.code]: 'tres-sous-dotee' });
    const after = search(nurse());
    expect(criterionOf(matchOf(after, dole.code), 'aid').met).toBe('non');
    expect(criterionOf(matchOf(after, lons.code), 'aid').met).toBe('oui');
  });

  it('does not make a commune without offers a candidate', () => {
    const empty = zoned('39478', 'Saint-Claude', 10);
    setZones({ [empty.code]: 'tres-sous-dotee' });
    const result = search(nurse(), [capii], [lons, dole, empty]);
    expect(codes([...result.ranked, ...result.almost])).not.toContain(empty.code);
  });
});
