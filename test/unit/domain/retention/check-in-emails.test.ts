// Which check-in is e-mailed when (the one due, once), and the one-click link's token: signed,
// bound to its installation and check-in, refused once expired or altered.
import { readCheckInToken, signCheckInToken } from '../../../../src/domain/retention/check-in-link-token';
import { type CheckInAnswer, checkInToEmail } from '../../../../src/domain/retention/check-in-schedule';
import { signUnsubscribeToken } from '../../../../src/domain/notifications/unsubscribe-token';

const at = (iso: string) => new Date(`${iso}T09:30:00Z`);
const CONFIRMED = at('2026-01-15');
const answer = (checkIn: 6 | 12 | 24, stillPractising: boolean): CheckInAnswer => ({
  checkIn,
  answeredAt: at('2026-08-01'),
  stillPractising,
  failedLevers: [],
});

describe('check-in to e-mail', () => {
  it('is none before six months, then the check-in due, until its e-mail is sent', () => {
    expect(checkInToEmail(CONFIRMED, [], [], at('2026-07-14'))).toBeNull();
    expect(checkInToEmail(CONFIRMED, [], [], at('2026-07-15'))).toBe(6);
    expect(checkInToEmail(CONFIRMED, [], [6], at('2026-09-01'))).toBeNull();
  });

  it('moves to the 12-month check-in once it is due, even if the 6-month one was missed', () => {
    expect(checkInToEmail(CONFIRMED, [], [6], at('2027-01-15'))).toBe(12);
    expect(checkInToEmail(CONFIRMED, [], [], at('2027-02-01'))).toBe(12);
    expect(checkInToEmail(CONFIRMED, [answer(6, true)], [6, 12], at('2027-06-01'))).toBeNull();
    expect(checkInToEmail(CONFIRMED, [answer(6, true)], [6, 12], at('2028-01-15'))).toBe(24);
  });

  it('is none for a check-in answered in the service, or after the person said they left', () => {
    expect(checkInToEmail(CONFIRMED, [answer(6, true)], [], at('2026-08-01'))).toBeNull();
    expect(checkInToEmail(CONFIRMED, [answer(6, false)], [6], at('2027-03-01'))).toBeNull();
    expect(checkInToEmail(CONFIRMED, [answer(6, false)], [6], at('2029-03-01'))).toBeNull();
  });
});

describe('one-click link token', () => {
  const KEY = 'clé-de-test';
  const ID = '0123456789abcdef01234567';
  const link = { conversationId: ID, checkIn: 12 as const, expiresAt: at('2027-03-01') };

  it('reads back its installation and check-in until it expires', () => {
    const token = signCheckInToken(link, KEY);
    expect(readCheckInToken(token, KEY, at('2027-02-28'))).toEqual({
      ok: true,
      conversationId: ID,
      checkIn: 12,
    });
    expect(readCheckInToken(token, KEY, at('2027-03-01'))).toEqual({ ok: false, reason: 'expired' });
  });

  it('refuses a token altered, signed with another key, or made for another purpose', () => {
    const token = signCheckInToken(link, KEY);
    const now = at('2027-01-01');
    const [, , expiry, signature] = token.split('.');
    for (const forged of [
      `${ID}.6.${expiry}.${signature}`,
      `${ID}.12.${String(Number(expiry) + 86_400)}.${signature}`,
      signCheckInToken(link, 'autre-clé'),
      signUnsubscribeToken(ID, KEY),
      `${ID}.12.${expiry}`,
      '',
      'jeton-inconnu',
    ])
      expect(readCheckInToken(forged, KEY, now)).toEqual({ ok: false, reason: 'invalid' });
  });
});
