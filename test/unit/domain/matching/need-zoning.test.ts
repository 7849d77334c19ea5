// The territory-need criterion reads the ARS zoning for the project's profession, in force at the
// project's start; without a zone in force it falls back to the commune's stated need.
import { ZoningIndex } from '../../../../src/domain/zoning/zoning-index';
import type { Zone } from '../../../../src/domain/zoning/zones';
import type { MatchingProject } from '../../../../src/domain/matching/types';
import { commune, importance, offer, project } from './fixtures';
import { criterionOf, matchOf, plain, run } from './helpers';

const zoning = new ZoningIndex();
const zoned = (zone: Zone, effectiveFrom = '2025-04-01') => {
  zoning.replaceRegion('27', [
    {
      commune: '39198',
      profession: 'medecin-generaliste',
      zone,
      effectiveFrom: new Date(`${effectiveFrom}T00:00:00Z`),
    },
  ]);
  return commune('39198', 'Dole', 0, {
    healthNeed: 'Deux médecins partent à la retraite',
    zoneOf: (profession, at) => zoning.zoneOf('39198', profession, at),
  });
};

const need = (wanted: Partial<MatchingProject>, dole = zoned('zip')) =>
  criterionOf(
    matchOf(
      run(
        project({ importance: importance({ need: 'important' }), ...wanted }),
        [dole],
        [offer(dole.code, 'accueil')],
      ),
      dole.code,
    ),
    'need',
  );

describe('territory need from the zoning', () => {
  it.each<[Zone, number, string]>([
    ['zip', 1, 'zone d’intervention prioritaire (ZIP) pour les médecins généralistes ✓'],
    ['zac', 0.75, 'zone d’action complémentaire (ZAC) pour les médecins généralistes ◐'],
    ['tres-sous-dotee', 1, 'zone très sous-dotée pour les médecins généralistes ✓'],
    ['sous-dotee', 0.75, 'zone sous-dotée pour les médecins généralistes ◐'],
    ['intermediaire', 0.5, 'zone intermédiaire pour les médecins généralistes ◐'],
    ['tres-dotee', 0.25, 'zone très dotée pour les médecins généralistes ◐'],
    ['sur-dotee', 0, 'zone sur-dotée pour les médecins généralistes ✗'],
  ])('scores a %s zone %d and says so', (zone, quality, phrase) => {
    const found = need({}, zoned(zone));
    expect(found.quality).toBe(quality);
    expect(plain(found.explanation)).toBe(`Besoin du territoire : ${phrase}`);
  });

  it('counts the zoning over the commune’s own statement', () => {
    expect(need({}, zoned('sur-dotee')).met).toBe('non');
  });

  it('uses the stated need for a profession the zoning does not cover', () => {
    expect(plain(need({ profession: 'infirmier' }).explanation)).toBe(
      'Besoin du territoire : « Deux médecins partent à la retraite » ✓',
    );
  });

  it('uses the zone in force at the project’s start, the stated need before it', () => {
    const later = zoned('sur-dotee', '2027-03-01');
    expect(need({ start: { year: 2027, month: 2 } }, later).explanation).toBe(
      'Besoin du territoire : « Deux médecins partent à la retraite » ✓',
    );
    expect(need({ start: { year: 2027, month: 3 } }, later).met).toBe('non');
  });

  it('says what an "almost" commune lacks when the need is indispensable', () => {
    const dole = zoned('sur-dotee');
    const result = run(
      project({ importance: importance({ need: 'indispensable' }) }),
      [dole],
      [offer(dole.code, 'accueil')],
    );
    expect(result.almost[0]?.missing).toEqual([
      'Besoin du territoire : un territoire qui manque de professionnels de santé (zonage de l’ARS ou besoin déclaré par la commune)',
    ]);
  });
});

describe('ZoningIndex', () => {
  it('replaces a région’s zoning as a whole', () => {
    const index = new ZoningIndex();
    const at = new Date('2026-01-01T00:00:00Z');
    const from = new Date('2025-01-01T00:00:00Z');
    index.replaceRegion('27', [
      { commune: '39198', profession: 'infirmier', zone: 'sous-dotee', effectiveFrom: from },
    ]);
    index.replaceRegion('53', [
      { commune: '22278', profession: 'infirmier', zone: 'zip', effectiveFrom: from },
    ]);
    index.replaceRegion('27', [
      { commune: '39300', profession: 'infirmier', zone: 'sur-dotee', effectiveFrom: from },
    ]);
    expect(index.zoneOf('39198', 'infirmier', at)).toBeNull();
    expect(index.zoneOf('39300', 'infirmier', at)).toBe('sur-dotee');
    expect(index.zoneOf('22278', 'infirmier', at)).toBe('zip');
    expect(index.regions().sort()).toEqual(['27', '53']);
  });
});
