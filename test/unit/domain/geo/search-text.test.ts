import { toSearchKey } from '../../../../src/domain/geo/search-text';

describe('toSearchKey', () => {
  it.each([
    ['Saint-Brieuc', 'saint brieuc'],
    ['saint brieuc', 'saint brieuc'],
    ['ST-BRIEUC', 'saint brieuc'],
    ['Ste-Foy-lès-Lyon', 'sainte foy les lyon'],
    ["L'Haÿ-les-Roses", 'l hay les roses'],
    ['Œuilly', 'oeuilly'],
    ['  Dole  ', 'dole'],
    ['Dôle', 'dole'],
  ])('normalises %j to %j', (input, expected) => {
    expect(toSearchKey(input)).toBe(expected);
  });

  it('keeps "st" inside a word untouched', () => {
    expect(toSearchKey('Stenay')).toBe('stenay');
  });

  it('gives an empty key for punctuation only', () => {
    expect(toSearchKey(" - ' ")).toBe('');
  });
});
