// The zoning file check: every line is read, every problem reported with its line number.
// test/fixtures/zonage-39.csv is a sample made for the tests, not the official zoning of the Jura.
import fs from 'node:fs';
import path from 'node:path';
import {
  MAX_ZONING_BYTES,
  parseEffectiveDate,
  parseZoning,
} from '../../../../src/domain/zoning/parse-zoning';
import { professionOfLabel, zoneOfLabel } from '../../../../src/domain/zoning/zones';

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, '../../../fixtures', name));
const COMMUNES: Record<string, { nom: string; region: string }> = {
  '39198': { nom: 'Dole', region: '27' },
  '39300': { nom: 'Lons-le-Saunier', region: '27' },
  '39478': { nom: 'Saint-Claude', region: '27' },
  '39097': { nom: 'Champagnole', region: '27' },
  '39434': { nom: 'Poligny', region: '27' },
  '01001': { nom: 'L’Abergement-Clémenciat', region: '84' },
  '22278': { nom: 'Saint-Brieuc', region: '53' },
};
const lookups = (allowedRegion: string | null = '27') => ({
  commune: (code: string) => COMMUNES[code],
  allowedRegion,
  regionName: 'Bourgogne-Franche-Comté',
});
const parseText = (text: string, allowedRegion: string | null = '27') =>
  parseZoning(new TextEncoder().encode(text), lookups(allowedRegion));
const errorsOf = (result: ReturnType<typeof parseZoning>) => (result.ok ? [] : result.errors);

describe('zoning labels', () => {
  it('reads zones in any case, with or without accents and hyphens', () => {
    expect(zoneOfLabel('ZIP')).toBe('zip');
    expect(zoneOfLabel('très sous-dotée')).toBe('tres-sous-dotee');
    expect(zoneOfLabel('TRES SOUS DOTEE')).toBe('tres-sous-dotee');
    expect(zoneOfLabel('Sur-dotée')).toBe('sur-dotee');
    expect(zoneOfLabel('zone d’action complémentaire')).toBe('zac');
    expect(zoneOfLabel('peu dotée')).toBeUndefined();
  });

  it('reads professions as codes or French labels', () => {
    expect(professionOfLabel('medecin-generaliste')).toBe('medecin-generaliste');
    expect(professionOfLabel('Médecin généraliste')).toBe('medecin-generaliste');
    expect(professionOfLabel('MASSEUR-KINÉSITHÉRAPEUTE')).toBe('masseur-kinesitherapeute');
    expect(professionOfLabel('Infirmier(ère)')).toBe('infirmier');
    expect(professionOfLabel('infirmière')).toBe('infirmier');
    expect(professionOfLabel('vétérinaire')).toBeUndefined();
  });

  it('reads both date formats and refuses impossible days', () => {
    expect(parseEffectiveDate('2025-04-01')?.toISOString()).toBe('2025-04-01T00:00:00.000Z');
    expect(parseEffectiveDate('01/04/2025')?.toISOString()).toBe('2025-04-01T00:00:00.000Z');
    expect(parseEffectiveDate('31/02/2025')).toBeUndefined();
    expect(parseEffectiveDate('2025-4-1')).toBeUndefined();
  });
});

describe('parseZoning', () => {
  it('reads the Jura sample (semicolons, labels and both date formats)', () => {
    const all = Object.fromEntries(
      fixture('zonage-39.csv')
        .toString('utf8')
        .split('\n')
        .slice(1)
        .filter(Boolean)
        .map((line) => [line.split(';')[0], { nom: 'commune', region: '27' }]),
    );
    const result = parseZoning(fixture('zonage-39.csv'), { ...lookups(), commune: (code) => all[code] });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.entries).toHaveLength(110);
    expect(result.entries[0]).toEqual({
      commune: '39198',
      profession: 'medecin-generaliste',
      zone: 'zip',
      effectiveFrom: new Date('2025-04-01T00:00:00Z'),
    });
    expect(new Set(result.entries.map((entry) => entry.profession))).toEqual(
      new Set(['medecin-generaliste', 'infirmier', 'masseur-kinesitherapeute']),
    );
  });

  it('reports every faulty line with its number and a French message', () => {
    const errors = errorsOf(parseZoning(fixture('zonage-erreurs-codes.csv'), lookups()));
    expect(errors.map((error) => error.line)).toEqual([3, 4, 5, 6, 7, 8, 9]);
    const [unknownCode, profession, zone, date, region, duplicate, columns] = errors.map(
      (error) => error.message,
    );
    expect(unknownCode).toMatch(/^Code commune inconnu : « 99999 »/);
    expect(profession).toMatch(/^Profession inconnue : « dentiste-vétérinaire »/);
    expect(zone).toMatch(/^Zone inconnue : « peu dotée »/);
    expect(date).toMatch(/^Date d’effet invalide : « 31\/02\/2025 »/);
    expect(region).toBe('La commune 22278 (Saint-Brieuc) n’est pas dans la région Bourgogne-Franche-Comté.');
    expect(duplicate).toMatch(/lignes 2 et 8/);
    expect(columns).toMatch(/^3 colonnes au lieu de 4/);
  });

  it('lets a moderator zone any région', () => {
    const result = parseText(
      'code_commune;profession;zone;date_effet\n22278;infirmier;sous-dotée;2025-01-01\n',
      null,
    );
    expect(result.ok).toBe(true);
  });

  it('refuses a file that is not UTF-8 with one message', () => {
    expect(errorsOf(parseZoning(fixture('zonage-erreurs-latin1.csv'), lookups()))).toEqual([
      { line: null, message: 'Le fichier n’est pas encodé en UTF-8 (enregistrez-le en « CSV UTF-8 »).' },
    ]);
  });

  it('accepts a BOM, commas, quoted fields, Windows line ends and header variants', () => {
    const text =
      '\uFEFFCode INSEE,Profession,Zone,"Date d\'effet"\r\n"1001","Médecin généraliste","ZIP",01/03/2025\r\n\r\n';
    const result = parseText(text, null);
    expect(result.ok && result.entries).toEqual([
      {
        commune: '01001',
        profession: 'medecin-generaliste',
        zone: 'zip',
        effectiveFrom: new Date('2025-03-01T00:00:00Z'),
      },
    ]);
  });

  it('refuses an empty file, a file without data lines and an unknown header', () => {
    expect(errorsOf(parseText(''))).toEqual([{ line: null, message: 'Le fichier est vide.' }]);
    expect(errorsOf(parseText('code_commune;profession;zone;date_effet\n'))[0]?.message).toMatch(
      /aucune ligne/,
    );
    expect(errorsOf(parseText('commune;metier;zone;date\n'))).toEqual([
      { line: 1, message: expect.stringMatching(/^Colonne inconnue « metier »/) as unknown as string },
    ]);
    expect(errorsOf(parseText('code_commune;zone\n'))[0]?.message).toMatch(
      /il manque « profession », « date_effet »/,
    );
  });

  it('refuses files past the size cap before reading them', () => {
    const result = parseZoning(new Uint8Array(MAX_ZONING_BYTES + 1), lookups());
    expect(errorsOf(result)[0]?.message).toMatch(/dépasse 5 Mo/);
  });
});
