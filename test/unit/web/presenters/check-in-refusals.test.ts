// A check-in answer that was not recorded is told as a warning, in its own words, on « Mes
// installations » (flash) and on the one-click link's page alike; an unusable link has its page.
import { presentCheckInLinkAnswer } from '../../../../src/web/presenters/check-in-presenter';
import {
  CHECK_IN_ANSWER_REFUSALS,
  CHECK_IN_LINK_REFUSALS,
} from '../../../../src/web/presenters/check-in-refusals';

describe('check-in refusals', () => {
  it('word each answer refusal differently, as a warning', () => {
    const refusals = Object.values(CHECK_IN_ANSWER_REFUSALS);
    expect(refusals.map(({ flash }) => flash.type)).toEqual(['warning', 'warning', 'warning']);
    expect(new Set(refusals.map(({ flash }) => flash.message)).size).toBe(refusals.length);
  });

  it('show the same words on the link page once the button was pressed', () => {
    expect(presentCheckInLinkAnswer({ ok: false, reason: 'superseded' })).toEqual({
      status: 200,
      view: 'check-in/link-done',
      model: {
        title: 'Réponse non enregistrée',
        type: 'warning',
        message: 'Un point d’étape plus récent a déjà reçu votre réponse.',
      },
    });
    expect(presentCheckInLinkAnswer({ ok: false, reason: 'expired' })).toEqual({
      status: 410,
      view: 'check-in/link-invalid',
      model: { title: 'Lien expiré', message: CHECK_IN_LINK_REFUSALS.expired.message },
    });
  });
});
