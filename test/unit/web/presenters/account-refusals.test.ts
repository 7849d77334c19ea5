// Every refusal of the account use cases (login, "Mon compte", create-admin) has its status and its
// French sentence, shown next to the field it concerns.
import {
  ACCOUNT_REFUSALS,
  LINK_REFUSALS,
  LOGIN_REFUSALS,
  tooManyCurrentPasswords,
} from '../../../../src/web/presenters/account-refusals';
import {
  confirmationMessage,
  isRefusedLink,
} from '../../../../src/web/presenters/email-confirmation-presenter';

const FRENCH_SENTENCE = /^[A-ZÀ-Ý].+\.$/;

it.each(Object.entries(ACCOUNT_REFUSALS))('words %s next to its field', (_reason, refusal) => {
  expect(refusal.status).toBe(400);
  expect(['currentPassword', 'email']).toContain(refusal.field);
  expect(refusal.message).toMatch(FRENCH_SENTENCE);
});

it.each(Object.entries(LOGIN_REFUSALS))('words the login refusal %s', (_reason, refusal) => {
  expect([401, 403]).toContain(refusal.status);
  expect(refusal.message).toMatch(FRENCH_SENTENCE);
});

it('answers a wrong password 401 at login, a wrong current password 400 in "Mon compte"', () => {
  expect(LOGIN_REFUSALS['invalid-credentials'].status).toBe(401);
  expect(ACCOUNT_REFUSALS['wrong-password']).toEqual({
    status: 400,
    field: 'currentPassword',
    message: 'Mot de passe actuel incorrect.',
  });
});

it('says how long to wait after too many wrong current passwords (429)', () => {
  expect(tooManyCurrentPasswords('3 minutes')).toEqual({
    status: 429,
    field: 'currentPassword',
    message: 'Trop d’essais de votre mot de passe actuel. Patientez 3 minutes avant de réessayer.',
  });
});

it.each(Object.entries(LINK_REFUSALS))(
  'words the unusable verification link %s (400)',
  (_status, refusal) => {
    expect(refusal.status).toBe(400);
    expect(refusal.message).toMatch(FRENCH_SENTENCE);
  },
);

it('tells a confirmed link from an unusable one', () => {
  expect(isRefusedLink({ status: 'address-taken' })).toBe(true);
  expect(isRefusedLink({ status: 'confirmed', awaitingModeration: true })).toBe(false);
  expect(confirmationMessage({ status: 'address-changed' })).toBe(
    'Votre nouvelle adresse e-mail est enregistrée.',
  );
});
