import { localRedirectPath } from '../../../../src/domain/accounts/local-redirect';
import { statusAfter } from '../../../../src/domain/accounts/moderation';
import { passwordProblem } from '../../../../src/domain/accounts/password-policy';

describe('passwordProblem', () => {
  it('accepts a long passphrase, with no composition rule, up to 128 characters', () => {
    expect(passwordProblem('une phrase de passe solide')).toBeUndefined();
    expect(passwordProblem('é'.repeat(6) + 'ïôü çàè')).toBeUndefined();
    expect(passwordProblem('a b c d e f g h i j k l m n o p'.repeat(4).slice(0, 128))).toBeUndefined();
  });

  it('refuses short, overlong, common, repeated or sequential passwords and the e-mail', () => {
    expect(passwordProblem('court')).toContain('au moins 12');
    expect(passwordProblem('x'.repeat(129))).toContain('au plus 128');
    expect(passwordProblem('MotDePasse123')).toContain('trop courant');
    expect(passwordProblem('aaaaaaaaaaaaaaa')).toContain('trop courant');
    expect(passwordProblem('123456789012345')).toContain('trop courant');
    expect(passwordProblem('camille.martin@exemple.fr', { email: 'camille.martin@exemple.fr' })).toContain(
      'adresse e-mail',
    );
  });
});

describe('localRedirectPath', () => {
  it.each(['/professionnel', '/communes/39198?x=1', '/a/b#c'])('keeps %s', (path) => {
    expect(localRedirectPath(path)).toBe(path);
  });

  it.each([
    'https://evil.example',
    '//evil.example',
    '/\\evil.example',
    '\\\\evil',
    'javascript:alert(1)',
    '/a\nb',
    '',
    42,
    undefined,
  ])('refuses %j', (path) => {
    expect(localRedirectPath(path)).toBeUndefined();
  });
});

describe('statusAfter', () => {
  it('follows the moderation life cycle', () => {
    expect(statusAfter('valider', 'en-attente')).toBe('actif');
    expect(statusAfter('refuser', 'en-attente')).toBe('rejete');
    expect(statusAfter('suspendre', 'actif')).toBe('suspendu');
    expect(statusAfter('reactiver', 'suspendu', 'en-attente')).toBe('en-attente');
    expect(statusAfter('reactiver', 'suspendu')).toBe('actif');
  });

  it('refuses decisions that make no sense', () => {
    expect(statusAfter('valider', 'actif')).toBeUndefined();
    expect(statusAfter('refuser', 'actif')).toBeUndefined();
    expect(statusAfter('reactiver', 'actif')).toBeUndefined();
    expect(statusAfter('suspendre', 'rejete')).toBeUndefined();
    expect(statusAfter('valider', 'email-a-verifier')).toBeUndefined();
  });
});
