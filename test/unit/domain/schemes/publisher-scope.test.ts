// Who may publish a scheme where: a validated partner within its territory, a moderator or a
// national partner anywhere, a pending partner nowhere.
import {
  checkPublication,
  partnerTerritory,
  type PlaceLookups,
  type Publisher,
} from '../../../../src/domain/schemes/publisher-scope';
import { area } from './fixtures';

// Bourgogne-Franche-Comté (27): Côte-d'Or (21), Jura (39); Bretagne (53): Ille-et-Vilaine (35).
const REGION_OF: Record<string, string> = { '21': '27', '39': '27', '35': '53' };
const DEPARTEMENT_OF: Record<string, string> = { '39198': '39', '21231': '21', '35238': '35' };
const lookups: PlaceLookups = {
  departementOfCommune: (code) => DEPARTEMENT_OF[code],
  regionOfDepartement: (code) => REGION_OF[code],
  isRegion: (code) => code === '27' || code === '53',
};

const arsBfc: Publisher = { role: 'partenaire', validated: true, territory: { level: 'region', code: '27' } };
const jura: Publisher = {
  role: 'partenaire',
  validated: true,
  territory: { level: 'departement', code: '39' },
};
const nationalPartner: Publisher = { role: 'partenaire', validated: true, territory: { level: 'national' } };
const moderator: Publisher = { role: 'moderateur' };

const region = (code: string) => ({ level: 'region' as const, code });
const departement = (code: string) => ({ level: 'departement' as const, code });

describe('publication scope', () => {
  it('lets a région partner publish over its région, its départements and its communes', () => {
    expect(checkPublication(arsBfc, area({ territory: region('27') }), lookups)).toEqual({ ok: true });
    expect(checkPublication(arsBfc, area({ territory: departement('39') }), lookups)).toEqual({ ok: true });
    expect(
      checkPublication(
        arsBfc,
        area({ territory: region('27'), departements: ['21'], communes: ['39198'] }),
        lookups,
      ),
    ).toEqual({ ok: true });
  });

  it('refuses anything outside the partner’s territory, naming the place', () => {
    expect(checkPublication(arsBfc, area({ territory: region('53') }), lookups)).toEqual({
      ok: false,
      reason: 'outside-territory',
      code: '53',
    });
    expect(checkPublication(arsBfc, area({ territory: { level: 'national' } }), lookups)).toEqual({
      ok: false,
      reason: 'outside-territory',
      code: 'FR',
    });
    expect(checkPublication(arsBfc, area({ territory: region('27'), communes: ['35238'] }), lookups)).toEqual(
      {
        ok: false,
        reason: 'outside-territory',
        code: '35238',
      },
    );
  });

  it('keeps chosen départements and communes inside the scheme’s own territory', () => {
    expect(
      checkPublication(arsBfc, area({ territory: departement('39'), departements: ['21'] }), lookups),
    ).toEqual({
      ok: false,
      reason: 'outside-territory',
      code: '21',
    });
    expect(
      checkPublication(arsBfc, area({ territory: departement('39'), communes: ['21231'] }), lookups),
    ).toEqual({
      ok: false,
      reason: 'outside-territory',
      code: '21231',
    });
  });

  it('keeps a département partner within its département', () => {
    expect(
      checkPublication(jura, area({ territory: departement('39'), communes: ['39198'] }), lookups),
    ).toEqual({
      ok: true,
    });
    expect(checkPublication(jura, area({ territory: region('27') }), lookups)).toMatchObject({
      ok: false,
      reason: 'outside-territory',
    });
    expect(checkPublication(jura, area({ territory: departement('21') }), lookups)).toMatchObject({
      ok: false,
      reason: 'outside-territory',
    });
  });

  it('lets a moderator or a national partner publish national schemes', () => {
    for (const publisher of [moderator, nationalPartner]) {
      expect(
        checkPublication(publisher, area({ territory: { level: 'national' }, zones: ['zip'] }), lookups),
      ).toEqual({
        ok: true,
      });
      expect(checkPublication(publisher, area({ territory: departement('35') }), lookups)).toEqual({
        ok: true,
      });
    }
  });

  it('lets a pending partner publish nothing, even within its territory', () => {
    expect(
      checkPublication({ ...arsBfc, validated: false }, area({ territory: region('27') }), lookups),
    ).toEqual({
      ok: false,
      reason: 'not-validated',
    });
  });

  it('refuses unknown codes', () => {
    expect(checkPublication(moderator, area({ territory: region('99') }), lookups)).toEqual({
      ok: false,
      reason: 'unknown-place',
      code: '99',
    });
    expect(checkPublication(moderator, area({ departements: ['00'] }), lookups)).toMatchObject({
      reason: 'unknown-place',
      code: '00',
    });
    expect(
      checkPublication(arsBfc, area({ territory: region('27'), communes: ['99999'] }), lookups),
    ).toMatchObject({
      reason: 'unknown-place',
      code: '99999',
    });
  });

  it('reads a partner account’s territory', () => {
    expect(partnerTerritory({ niveau: 'departement', code: '39' })).toEqual(departement('39'));
  });
});
