// The commune's own presentation, edited by its staff (compare-and-set on the revision: a
// concurrent save is shown, never overwritten silently).
import { type Request, type Response, Router } from 'express';
import type { CommuneProfile } from '../../services/offers/commune-profiles';
import {
  PROFILE_LIMITS,
  communeProfileForm,
  toProfileFormValues,
  toProfileInput,
} from '../forms/commune-profile-form';
import { submittedValues } from '../forms/offer-form-values';
import { HttpError } from '../http-errors';
import { allow } from '../access/access';
import { presentCommuneHeading } from '../presenters/commune-heading';
import { staffOf } from '../session/commune-staff';
import { type FieldErrors, parseInput } from '../validation';
import type { RouteContext } from './route-context';

interface ProfilePage {
  values: Record<string, string | string[]>;
  errors?: FieldErrors;
  conflict?: CommuneProfile;
}

export function communeProfileRoutes({ services }: RouteContext): Router {
  const { communeProfiles: profiles, communes } = services;
  const router = Router();
  // The presentation is the commune's public word: validated staff only, even to open the form.
  const guard = allow({ role: 'commune', validated: true });

  const renderProfile = (req: Request, res: Response, status: number, page: ProfilePage) => {
    const { _csrf: _token, ...values } = page.values;
    res.status(status).render('commune/profile-form', {
      title: 'Présentation de la commune',
      commune: presentCommuneHeading(staffOf(req).communeCode, communes),
      values,
      errors: page.errors,
      conflict: page.conflict,
      limits: PROFILE_LIMITS,
    });
  };

  router.get('/commune/profil', guard, async (req, res) => {
    const profile = await profiles.get(staffOf(req).communeCode);
    renderProfile(req, res, 200, { values: toProfileFormValues(profile) });
  });

  router.post('/commune/profil', guard, async (req, res) => {
    const submitted = submittedValues(req.body);
    const parsed = parseInput(communeProfileForm, submitted);
    if (!parsed.ok) {
      if (parsed.errors.revision) throw new HttpError(400, parsed.errors.revision);
      return renderProfile(req, res, 400, { values: submitted, errors: parsed.errors });
    }
    const result = await profiles.save(staffOf(req), parsed.value.revision, toProfileInput(parsed.value));
    if (!result.ok) {
      return renderProfile(req, res, 409, {
        values: { ...submitted, revision: String(result.current.revision) },
        conflict: result.current,
      });
    }
    req.session.flash = {
      type: 'success',
      message: 'Présentation enregistrée : elle apparaît sur la page publique de votre commune.',
    };
    res.redirect(303, '/commune/profil');
  });

  return router;
}
