// The words and statuses the web layer gives the services' reasons: every reason has its own,
// and a refused place is shown next to the field that holds it.
import { CREATION_REFUSALS } from '../../../../src/web/presenters/project-refusals';
import { favoriteFlash } from '../../../../src/web/presenters/project-presenter';
import { areaErrors } from '../../../../src/web/presenters/scheme-refusals';
import { schemeActionFlash } from '../../../../src/web/presenters/scheme-presenter';
import { IMPORT_REFUSALS, RESTORE_REFUSALS } from '../../../../src/web/presenters/zoning-refusals';
import { DASHBOARD_REFUSALS } from '../../../../src/web/presenters/dashboard-refusals';
import type { SchemeView } from '../../../../src/services/schemes/scheme-view';

describe('project creation refusals', () => {
  it('send a professional without a profile to the profile form, one with too many projects home', () => {
    expect(CREATION_REFUSALS['no-profile']).toMatchObject({
      redirect: '/professionnel/profil',
      flash: { type: 'info' },
    });
    expect(CREATION_REFUSALS['too-many']).toMatchObject({
      redirect: '/professionnel',
      flash: { type: 'error' },
    });
    expect(CREATION_REFUSALS['too-many'].flash.message).toContain('10 projets');
  });

  it('word a favourite added, removed, or lost to a change made in between', () => {
    expect(favoriteFlash({ ok: true }, 'Dole', true)).toEqual({
      type: 'success',
      message: 'Dole ajoutée à vos favoris.',
    });
    expect(favoriteFlash({ ok: true }, 'Dole', false).message).toBe('Dole retirée de vos favoris.');
    expect(favoriteFlash({ ok: false }, 'Dole', true).type).toBe('warning');
  });
});

describe('scheme refusals', () => {
  const form = { communes: ['39198'], departements: ['25'] };

  it('put a refused place next to the field that holds it', () => {
    expect(areaErrors({ ok: false, reason: 'outside-territory', code: '39198' }, form)).toEqual({
      communes: expect.stringContaining('« 39198 » est en dehors de votre territoire') as string,
    });
    expect(areaErrors({ ok: false, reason: 'unknown-place', code: '25' }, form)).toEqual({
      departements: 'Code inconnu : « 25 ». Vérifiez-le.',
    });
    expect(Object.keys(areaErrors({ ok: false, reason: 'unknown-place', code: '94' }, form))).toEqual([
      'territory',
    ]);
    expect(areaErrors({ ok: false, reason: 'not-validated' }, form).territory).toContain('validé');
  });

  it('word every outcome of an action differently', () => {
    const current = { title: 'Aide au logement' } as SchemeView;
    const messages = [
      schemeActionFlash('publier', { ok: true, scheme: current }),
      schemeActionFlash('publier', { ok: false, reason: 'not-found' }),
      schemeActionFlash('publier', { ok: false, reason: 'conflict', current }),
      schemeActionFlash('publier', { ok: false, reason: 'not-validated' }),
      schemeActionFlash('publier', { ok: false, reason: 'not-allowed' }),
      schemeActionFlash('publier', { ok: false, reason: 'outside-territory', code: '39' }),
    ].map((flash) => flash.message);
    expect(new Set(messages).size).toBe(messages.length);
    expect(messages[2]).toContain('« Aide au logement » a été modifié entre-temps');
  });
});

describe('zoning refusals', () => {
  it('answer a restoration conflict 409, any other refusal 400', () => {
    expect(RESTORE_REFUSALS.conflict.status).toBe(409);
    expect(RESTORE_REFUSALS['not-found'].status).toBe(400);
    expect(RESTORE_REFUSALS['already-active']).toEqual({
      status: 400,
      message: 'Cette version est déjà en vigueur.',
    });
  });

  it('word each refused upload', () => {
    expect(IMPORT_REFUSALS['too-large'].message).toContain('5 Mo');
    expect(new Set(Object.values(IMPORT_REFUSALS).map((refusal) => refusal.message)).size).toBe(
      Object.keys(IMPORT_REFUSALS).length,
    );
  });
});

describe('dashboard refusals', () => {
  it('show filter refusals next to their field, and refuse an account without territory', () => {
    expect(DASHBOARD_REFUSALS['unknown-region']).toMatchObject({ status: 400, field: 'region' });
    expect(DASHBOARD_REFUSALS['outside-territory']).toMatchObject({ status: 400, field: 'departement' });
    expect(DASHBOARD_REFUSALS['no-territory']).toMatchObject({ status: 403, field: null });
  });
});
