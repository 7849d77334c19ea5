import fc from 'fast-check';
import {
  signUnsubscribeToken,
  verifyUnsubscribeToken,
} from '../../../../src/domain/notifications/unsubscribe-token';

const KEY = 'clé-de-test-assez-longue-pour-signer-0123456789';
const USER = '64b7f0c2a1b2c3d4e5f60718';

describe('unsubscribe tokens', () => {
  it('give back the account they were signed for', () => {
    const token = signUnsubscribeToken(USER, KEY);
    expect(token.startsWith(`${USER}.`)).toBe(true);
    expect(verifyUnsubscribeToken(token, KEY)).toBe(USER);
  });

  it('refuse another key, another account, a truncated or garbage token', () => {
    const token = signUnsubscribeToken(USER, KEY);
    expect(verifyUnsubscribeToken(token, `${KEY}x`)).toBeNull();
    expect(verifyUnsubscribeToken(token.replace(USER, '64b7f0c2a1b2c3d4e5f60719'), KEY)).toBeNull();
    expect(verifyUnsubscribeToken(token.slice(0, -1), KEY)).toBeNull();
    expect(verifyUnsubscribeToken('jeton-inconnu', KEY)).toBeNull();
    expect(verifyUnsubscribeToken('', KEY)).toBeNull();
  });

  it('never accept a token whose signature was altered', () => {
    const token = signUnsubscribeToken(USER, KEY);
    fc.assert(
      fc.property(fc.string({ minLength: 43, maxLength: 43 }), (signature) => {
        const forged = `${USER}.${signature}`;
        return forged === token || verifyUnsubscribeToken(forged, KEY) === null;
      }),
    );
  });
});
